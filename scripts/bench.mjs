#!/usr/bin/env node
/**
 * `npm run bench [name ...]`: runs the benchmarks in scripts/bench/ (all, or the
 * named ones). Each reports its result against a baseline measured in the same
 * run, on the same machine, never as an absolute pass/fail time.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const names = readdirSync(dir)
  .filter((file) => file.endsWith('.mjs') && file !== 'lib.mjs')
  .map((file) => file.replace(/\.mjs$/, ''))
  .filter((name) => !only.length || only.includes(name));

const results = {};
for (const name of names) {
  const { default: run } = await import(pathToFileURL(path.join(dir, `${name}.mjs`)).href);
  results[name] = await run();
}
console.log(JSON.stringify(results, null, 2));
