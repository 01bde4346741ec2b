import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';

// The manifest is built from the widgets' JSDoc headers (`npm run build -w widgets`).
// It feeds the argTypes and the docs tables; Storybook still works without it.
const manifests = import.meta.glob('../widgets/dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);

// The examples are Danish pages unless they say otherwise (widgets read the page's lang).
document.documentElement.lang = 'da';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      // Same rules as the axe loop in widgets/test/axe.test.ts.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      test: 'error',
    },
  },
};

export default preview;
