import '../widgets/src/components/pack-builder/pack-builder.js';
import { render, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SamskabPackBuilder } from '../widgets/src/components/pack-builder/pack-builder.component.js';
import { examples, stubPackApi } from '../widgets/src/components/pack-builder/pack-builder.examples.js';

/**
 * The pack builder calls the portal's pack API with the portal's login, so its
 * stories answer that API from the examples' `packApi` and set the `session`
 * property themselves (the other widgets' stories use example-story.ts).
 */
const meta: Meta = {
  title: 'Widgets/Pack builder',
  component: 'samskab-pack-builder',
  parameters: {
    docs: {
      description: {
        component:
          'For the institution portal: `<samskab-pack-builder>` with the portal user\'s JWT in its `session` property. Stories answer the pack API from the recorded responses in the examples file.',
      },
    },
  },
};

export default meta;

let restore: (() => void) | null = null;

function story(name: string): StoryObj {
  const example = examples.examples.find((e) => e.name === name);
  if (!example) throw new Error(`samskab-pack-builder has no example named ${name}`);
  return {
    name: example.name,
    parameters: { docs: { description: { story: example.description } } },
    loaders: [
      async () => {
        restore?.();
        restore = stubPackApi(example.packApi);
        return {};
      },
    ],
    render: (): HTMLElement => {
      const el = document.createElement('samskab-pack-builder') as SamskabPackBuilder;
      for (const [attribute, value] of Object.entries(example.attributes)) {
        if (value === true) el.setAttribute(attribute, '');
        else if (value !== false) el.setAttribute(attribute, value);
      }
      if (example.fallback) render(example.fallback as TemplateResult, el);
      el.session = example.session;
      return el;
    },
  };
}

export const ChooseACampaign = story('Choose a campaign');
export const English = story('English');
export const NotLoggedIn = story('Not logged in');
export const PackApiUnavailable = story('Pack API unavailable');
