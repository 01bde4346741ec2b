import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Headless Chromium for the CMS's browser tests, and the widget bundle the CMS
 * serves to it. puppeteer-core and axe-core come with the widgets workspace
 * (the widget tests' launcher), so they are resolved from there.
 */
const root = path.resolve(__dirname, '..', '..', '..');
export const requireFromWidgets = createRequire(path.join(root, 'widgets', 'package.json'));
export const WIDGETS_DIST = process.env.WIDGETS_DIST ?? path.join(root, 'widgets', 'dist');

/** `npm test` builds widgets/dist before the CMS tests; a test file run alone builds it here. */
export function ensureWidgetsBuilt(): void {
  if (!existsSync(path.join(WIDGETS_DIST, 'manifest.json'))) {
    execFileSync('npm', ['run', 'build', '-w', 'widgets', '--silent'], { cwd: root, stdio: 'pipe' });
  }
}

/** Debian's Chromium (or CHROME_PATH), with the flags this closed network needs. */
export function launchChromium(): Promise<any> {
  return requireFromWidgets('puppeteer-core').launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
