import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cmsDir, ensureDevEnv } from './dev-env.mjs';

// `npm start`: development secrets and folders on first run, then Strapi in develop mode.
ensureDevEnv();
// Strapi's own CLI run by node directly (not through npx, which does not pass signals on),
// so that stopping this script stops Strapi too.
const require = createRequire(path.join(cmsDir, 'package.json'));
const cli = path.join(path.dirname(require.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
const strapi = spawn(process.execPath, [cli, 'develop', ...process.argv.slice(2)], { cwd: cmsDir, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => strapi.kill(signal));
strapi.on('exit', (code) => process.exit(code ?? 0));
