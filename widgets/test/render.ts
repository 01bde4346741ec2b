import { render } from 'lit';
import { waitUntil } from '@open-wc/testing';
import type { WidgetExample } from '../src/base/examples.js';
import type { SamskabElement } from '../src/base/base-element.js';
import { fromResponses, stubFetch } from './fetch-stub.js';

let container: HTMLElement | null = null;

/** A fresh container in the document for one test. */
export function testContainer(): HTMLElement {
  container?.remove();
  container = document.createElement('div');
  document.body.append(container);
  return container;
}

/** Creates `tag` for `example`: attributes, fallback content and stubbed API answers. Not yet attached. */
export function createExample<E extends SamskabElement>(tag: string, example: WidgetExample): E {
  stubFetch(fromResponses(example.responses));
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(example.attributes)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  if (example.fallback) render(example.fallback, el);
  return el;
}

/** Waits until the widget shows its data or has given up. */
export async function settled(el: SamskabElement, timeout = 4000): Promise<void> {
  await waitUntil(() => el.status !== 'loading', `<${el.localName}> did not settle`, { timeout });
  await el.updateComplete;
}

/** Renders an example into a fresh container and waits until it has settled. */
export async function renderExample<E extends SamskabElement>(tag: string, example: WidgetExample, parent?: HTMLElement): Promise<E> {
  const el = createExample<E>(tag, example);
  (parent ?? testContainer()).append(el);
  await settled(el);
  return el;
}

/** Renders an example into a fresh <main> of `width` CSS px and waits until it has settled. */
export async function renderAtWidth<E extends SamskabElement>(tag: string, example: WidgetExample, width: number): Promise<{ el: E; main: HTMLElement }> {
  const main = document.createElement('main');
  main.style.width = `${width}px`;
  document.body.replaceChildren(main);
  return { el: await renderExample<E>(tag, example, main), main };
}

/** The element and the boxes of its shadow tree that reach past the right edge of `box`, named by tag and part. */
export function overflowing(el: Element, box: Element): string[] {
  const right = box.getBoundingClientRect().right + 1;
  return [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])]
    .filter((node) => node.getClientRects().length > 0 && node.getBoundingClientRect().right > right)
    .map((node) => node.localName + (node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''));
}

/** The element's shadow root, typed. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
