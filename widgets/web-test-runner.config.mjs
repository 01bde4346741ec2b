import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const root = fileURLToPath(new URL('..', import.meta.url));
const widgets = fileURLToPath(new URL('.', import.meta.url));

/** Serves the `.css` files TypeScript imports (src/) as a module exporting their text; built stylesheets stay CSS. */
const importedCss = (context) => context.path.endsWith('.css') && context.path.includes('/widgets/src/');
const cssAsText = {
  name: 'samskab-css-as-text',
  resolveMimeType(context) {
    if (importedCss(context)) return 'js';
  },
  transform(context) {
    if (importedCss(context)) return { body: `export default ${JSON.stringify(context.body)};` };
  },
};

export default {
  rootDir: root,
  files: [`${widgets}src/**/*.test.ts`, `${widgets}test/**/*.test.ts`],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 4,
  testsFinishTimeout: 120000,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    cssAsText,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: `${widgets}tsconfig.json` }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
};
