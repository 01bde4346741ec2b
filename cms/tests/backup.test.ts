import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backup, restore, settings } from '../scripts/backup.mjs';
import { startCms } from '../scripts/spawn-cms.mjs';
import { createScratchDatabase } from '../scripts/scratch-postgres.mjs';

/**
 * The restore drill: seed a CMS, back it up, wipe database and uploads, restore,
 * and find every row of every table and every uploaded file again, byte for byte.
 */
const require = createRequire(import.meta.url);
const homes: string[] = [];
afterAll(() => homes.forEach((home) => rmSync(home, { recursive: true, force: true })));

function uploadSums(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .map((file) => [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

async function tableCounts(env: Record<string, string>): Promise<Record<string, number>> {
  if (env.DATABASE_CLIENT === 'postgres') {
    const { Client } = require('pg');
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query("select tablename from pg_tables where schemaname = 'public' order by tablename");
    const counts: Record<string, number> = {};
    for (const { tablename } of rows) counts[tablename] = Number((await client.query(`select count(*) from "${tablename}"`)).rows[0].count);
    await client.end();
    return counts;
  }
  const Database = require('better-sqlite3');
  const db = new Database(env.DATABASE_FILENAME, { readonly: true });
  const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
  const counts = Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]));
  db.close();
  return counts;
}

async function drill(env: Record<string, string>) {
  const cms = await startCms(env);
  const hero = (await (await fetch(`${cms.base}/api/widget/v1/stories/boersteventer-tandsundhed-gellerup`)).json()).hero;
  await cms.stop();

  const counts = await tableCounts(env);
  const uploads = uploadSums(settings(env).uploadsDir);
  expect(counts.stories).toBeGreaterThan(8);
  expect(Object.keys(uploads).length).toBeGreaterThan(12);

  const out = path.join(env.HOME_DIR, 'backup');
  await backup(out, env);

  // Wipe: the database and every uploaded file.
  if (env.DATABASE_CLIENT === 'postgres') {
    const { Client } = require('pg');
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query('drop schema public cascade; create schema public;');
    await client.end();
  } else {
    rmSync(env.DATABASE_FILENAME);
  }
  rmSync(settings(env).uploadsDir, { recursive: true });

  await restore(out, env);
  expect(await tableCounts(env)).toEqual(counts);
  expect(uploadSums(settings(env).uploadsDir)).toEqual(uploads);

  // And the restored CMS serves the same content and files.
  const again = await startCms({ ...env, SEED: 'false' });
  try {
    const story = await (await fetch(`${again.base}/api/widget/v1/stories/boersteventer-tandsundhed-gellerup`)).json();
    expect(story.hero.url).toBe(hero.url);
    expect((await fetch(`${again.base}${hero.url}`)).status).toBe(200);
  } finally {
    await again.stop();
  }
}

function home() {
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-drill-'));
  homes.push(dir);
  return dir;
}

describe('backup and restore', () => {
  it('restores every record and file of a SQLite CMS', async () => {
    const dir = home();
    await drill({ HOME_DIR: dir, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db'), PUBLIC_DIR: path.join(dir, 'public') });
  }, 180_000);

  it.runIf(!!process.env.TEST_POSTGRES_URL)('restores every record and file of a PostgreSQL CMS', async () => {
    const dir = home();
    const db = await createScratchDatabase(process.env.TEST_POSTGRES_URL!);
    try {
      await drill({ HOME_DIR: dir, DATABASE_CLIENT: 'postgres', DATABASE_URL: db.url, PUBLIC_DIR: path.join(dir, 'public') });
    } finally {
      await db.drop();
    }
  }, 180_000);
});
