import { spawn } from 'node:child_process';
import { cmsDir, ensureDevEnv } from './dev-env.mjs';

// `npm start`: development secrets and folders on first run, then Strapi in develop mode.
ensureDevEnv();
const strapi = spawn('npx', ['strapi', 'develop', ...process.argv.slice(2)], { cwd: cmsDir, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => strapi.kill(signal));
strapi.on('exit', (code) => process.exit(code ?? 0));
