import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { leanLitSource } from '../rollup.config.mjs';

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

/** Lit as the bundle ships it, with the features we never use taken out (rollup.config.mjs, LEAN_LIT). */
const leanLit = {
  name: 'samskab-lean-lit',
  transform(context) {
    if (!context.path.includes('/node_modules/')) return undefined;
    const body = leanLitSource(context.path, context.body, (message) => {
      throw new Error(message);
    });
    return body === null ? undefined : { body };
  },
};

export default {
  rootDir: root,
  files: [`${widgets}src/**/*.test.ts`, `${widgets}test/**/*.test.ts`],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 4,
  // Per test file, which takes seconds (the whole run about 35 s): only a page that hangs meets it.
  testsFinishTimeout: 120000,
  browserStartTimeout: 60000,
  testFramework: { config: { timeout: 10000 } },
  // test/cloneable-failures.ts first: without it, a failure whose values structuredClone
  // refuses (a class, an element) is never reported and the file "did not finish".
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head></head><body>
      <script type="module" src="/widgets/test/cloneable-failures.ts"></script>
      <script type="module" src="${framework}"></script>
    </body></html>`,
  plugins: [
    cssAsText,
    leanLit,
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
