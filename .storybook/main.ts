import { readFileSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/** Widgets import `.css` files as text (as rollup and web-test-runner do). */
function cssAsText(): Plugin {
  const prefix = '\0samskab-css-text:';
  return {
    name: 'samskab-css-as-text',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('.css') || !importer?.includes('/widgets/src/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      // The `.js` suffix keeps Vite's own CSS pipeline away from the virtual module.
      return resolved ? `${prefix}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      return `export default ${JSON.stringify(readFileSync(id.slice(prefix.length, -'.js'.length), 'utf8'))};`;
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    viteConfig.plugins = [...(viteConfig.plugins ?? []), cssAsText()];
    return viteConfig;
  },
};

export default config;
