import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsDir } from './dev-env.mjs';

/**
 * A throwaway PostgreSQL database for a test or benchmark run, created through
 * `adminUrl` (any database the role may connect to) and dropped afterwards.
 */
const require = createRequire(path.join(cmsDir, 'package.json'));

export async function createScratchDatabase(adminUrl) {
  const { Client } = require('pg');
  const name = `samskab_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
