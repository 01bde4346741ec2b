#!/usr/bin/env node
/**
 * `npm run backup [-- --out <dir>]` and `npm run restore -- <backup dir>`.
 *
 * A backup is a folder: the database (SQLite's online backup, or pg_dump's custom
 * format), the uploads folder, and manifest.json with file counts and checksums.
 * It reads the same environment as the CMS (cms/.env, then the environment).
 * Stop the CMS before a restore (docs/operations.md, "Restore drill").
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsDir } from './dev-env.mjs';

const require = createRequire(path.join(cmsDir, 'package.json'));

export function settings(env = process.env) {
  const client = env.DATABASE_CLIENT || 'sqlite';
  return {
    client,
    sqliteFile: path.resolve(cmsDir, env.DATABASE_FILENAME || '.tmp/data.db'),
    postgresUrl: env.DATABASE_URL,
    uploadsDir: path.join(path.resolve(cmsDir, env.PUBLIC_DIR || 'public'), 'uploads'),
  };
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

export async function backup(out, env = process.env) {
  const s = settings(env);
  mkdirSync(out, { recursive: true });
  let database;
  if (s.client === 'postgres') {
    database = 'database.pgdump';
    execFileSync('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${path.join(out, database)}`, s.postgresUrl]);
  } else {
    database = 'database.sqlite';
    const Database = require('better-sqlite3');
    const db = new Database(s.sqliteFile, { readonly: true, fileMustExist: true });
    await db.backup(path.join(out, database)); // consistent even while the CMS writes
    db.close();
  }
  const uploads = filesUnder(s.uploadsDir);
  if (existsSync(s.uploadsDir)) cpSync(s.uploadsDir, path.join(out, 'uploads'), { recursive: true });
  const manifest = {
    createdAt: new Date().toISOString(),
    client: s.client,
    database,
    databaseSha256: sha256(path.join(out, database)),
    uploads: Object.fromEntries(uploads.map((file) => [file, sha256(path.join(s.uploadsDir, file))])),
  };
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

export async function restore(from, env = process.env) {
  const s = settings(env);
  const manifest = JSON.parse(readFileSync(path.join(from, 'manifest.json'), 'utf8'));
  if (manifest.client !== s.client) throw new Error(`This backup is of a ${manifest.client} database; the configured database is ${s.client}.`);
  if (sha256(path.join(from, manifest.database)) !== manifest.databaseSha256) throw new Error('The database file does not match its checksum: the backup is damaged.');
  for (const [file, sum] of Object.entries(manifest.uploads)) {
    if (sha256(path.join(from, 'uploads', file)) !== sum) throw new Error(`The upload ${file} does not match its checksum: the backup is damaged.`);
  }

  if (s.client === 'postgres') {
    execFileSync('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', `--dbname=${s.postgresUrl}`, path.join(from, manifest.database)]);
  } else {
    mkdirSync(path.dirname(s.sqliteFile), { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${s.sqliteFile}${suffix}`, { force: true });
    cpSync(path.join(from, manifest.database), s.sqliteFile);
  }
  rmSync(s.uploadsDir, { recursive: true, force: true });
  mkdirSync(s.uploadsDir, { recursive: true });
  if (existsSync(path.join(from, 'uploads'))) cpSync(path.join(from, 'uploads'), s.uploadsDir, { recursive: true });
  return manifest;
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (existsSync(path.join(cmsDir, '.env'))) process.loadEnvFile(path.join(cmsDir, '.env'));
  if (command === 'backup') {
    const outIndex = args.indexOf('--out');
    const out = path.resolve(outIndex >= 0 ? args[outIndex + 1] : path.join(cmsDir, 'backups', new Date().toISOString().replace(/[:.]/g, '-')));
    const manifest = await backup(out);
    console.log(`Backed up the ${manifest.client} database and ${Object.keys(manifest.uploads).length} uploaded files to ${out}`);
  } else if (command === 'restore' && args[0]) {
    const manifest = await restore(path.resolve(args[0]));
    console.log(`Restored the database and ${Object.keys(manifest.uploads).length} uploaded files from ${args[0]} (made ${manifest.createdAt}).`);
  } else {
    console.error('Usage: npm run backup [-- --out <dir>]   |   npm run restore -- <backup dir>');
    process.exit(2);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(`Backup/restore failed: ${error.message}`);
    process.exit(1);
  });
}
