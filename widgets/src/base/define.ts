import { samskabGlobal } from './api-client.js';

/** The SDK version, replaced at build time; `dev` in tests and Storybook. */
export const VERSION: string =
  typeof __SAMSKAB_VERSION__ === 'string' ? __SAMSKAB_VERSION__ : 'dev';

declare const __SAMSKAB_VERSION__: string | undefined;

/**
 * Defines `tag` once. A second definition (the bundle loaded twice, or two
 * versions on one page) logs a warning instead of throwing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  try {
    // Inside try: a page without custom elements throws here, and keeps its fallback content.
    const existing = customElements.get(tag);
    const state = samskabGlobal();
    if (existing) {
      if (existing !== ctor) {
        const other = state.defined[tag] ?? 'unknown';
        console.warn(
          `[samskab] <${tag}> is already defined (version ${other}); ignoring version ${VERSION}. Load samskab.js once per page.`,
        );
      }
      return;
    }
    customElements.define(tag, ctor);
    state.defined[tag] = VERSION;
  } catch (error) {
    console.warn(`[samskab] could not define <${tag}>:`, error);
  }
}
