/**
 * Turns the widgets' examples files into stories: each story renders the
 * element with the example's attributes and fallback, and answers its API
 * requests from the example's recorded responses (a fetch stub).
 */
import { render, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { WidgetExample, WidgetExamples } from '../widgets/src/base/examples.js';
import { fromResponses, stubFetch } from '../widgets/test/fetch-stub.js';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Each story gets its own made-up API origin, so that stories shown together on
 * a docs page each get their own recorded answers.
 */
function apiFor(tag: string, example: WidgetExample): string {
  return `https://${slug(`${tag.replace('samskab-', '')}-${example.name}`)}.api.invalid`;
}

/** Parameters shared by a widget's stories. */
export function widgetParameters(widget: WidgetExamples): Meta['parameters'] {
  return {
    docs: {
      description: {
        component: `Embed with \`<${widget.tag}>\` after the samskab.js script tag. Stories answer API requests from the recorded responses in the widget's examples file.`,
      },
    },
  };
}

export function exampleStory(widget: WidgetExamples, name: string): StoryObj {
  const example = widget.examples.find((e) => e.name === name);
  if (!example) throw new Error(`${widget.tag} has no example named ${name}`);
  const api = apiFor(widget.tag, example);
  return {
    name: example.name,
    parameters: { docs: { description: { story: example.description } } },
    loaders: [
      async () => {
        stubFetch(fromResponses(example.responses, api));
        return {};
      },
    ],
    render: (): HTMLElement => {
      const el = document.createElement(widget.tag);
      for (const [attribute, value] of Object.entries({ ...example.attributes, api })) {
        if (value === true) el.setAttribute(attribute, '');
        else if (value !== false) el.setAttribute(attribute, value);
      }
      if (example.fallback) render(example.fallback as TemplateResult, el);
      return el;
    },
  };
}


