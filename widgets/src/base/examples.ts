import type { TemplateResult } from 'lit';
import type { Image } from './api-types.js';

/** A recorded API answer for one path under `/api/widget/v1` (the query is ignored when matching). */
export interface ExampleResponse {
  status?: number;
  body: unknown;
  /** Never answer (to show the timeout fallback). */
  hang?: boolean;
}

/**
 * One example of a widget, as data. It feeds the Storybook stories, the browser
 * tests and the axe loop.
 */
export interface WidgetExample {
  /** Short, unique within the widget; used as the story name. */
  name: string;
  description: string;
  /** Attributes to set on the element (`true` sets a boolean attribute). */
  attributes: Record<string, string | boolean>;
  /** API answers by path, e.g. `/campaigns/frivillig-for-fremtiden`. */
  responses: Record<string, ExampleResponse>;
  /** Light-DOM fallback content placed inside the element. */
  fallback?: TemplateResult;
}

export interface WidgetExamples {
  tag: string;
  title: string;
  examples: WidgetExample[];
}

/** A placeholder photo as a data URL (a soft gradient with a label), so fixtures need no network. */
export function placeholderImage(label: string, alt: string, hue = 200, credit = 'Aarhus Kommune'): Image {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800" viewBox="0 0 1200 800">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},45%,75%)"/>` +
    `<stop offset="1" stop-color="hsl(${(hue + 40) % 360},50%,45%)"/></linearGradient></defs>` +
    `<rect width="1200" height="800" fill="url(#g)"/><text x="60" y="740" font-family="sans-serif" font-size="64" fill="#fff">${label}</text></svg>`;
  const url = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  return { url, alt, credit, width: 1200, height: 800, focal: { x: 0.5, y: 0.4 }, srcset: '' };
}
