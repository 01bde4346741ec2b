import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsDir } from './dev-env.mjs';

/**
 * Compiles the CMS's TypeScript into a folder of the caller's own, so that tests
 * and benchmarks never touch the dist/ that a running `npm start` serves from.
 */
const require = createRequire(path.join(cmsDir, 'package.json'));

export async function compileCms(outDir) {
  const tsUtils = require('@strapi/typescript-utils');
  await tsUtils.compile(cmsDir, { configOptions: { options: { outDir, incremental: false }, ignoreDiagnostics: false } });
  return { appDir: cmsDir, distDir: outDir };
}
