/** Typed events: one class each, all bubbling and composed, all `samskab-` prefixed. */

export interface SamskabErrorDetail {
  /** The tag of the widget that failed. */
  widget: string;
  /** Machine-readable reason: the API's code, or `timeout`, `network`, `render`. */
  code: string;
  status: number;
  message: string;
}

/** A widget could not load or render; its fallback content stays visible. */
export class SamskabErrorEvent extends CustomEvent<SamskabErrorDetail> {
  static readonly type = 'samskab-error';
  constructor(detail: SamskabErrorDetail) {
    super(SamskabErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** A widget has rendered its data (the fallback is gone). */
export class SamskabLoadEvent extends CustomEvent<{ widget: string }> {
  static readonly type = 'samskab-load';
  constructor(widget: string) {
    super(SamskabLoadEvent.type, { detail: { widget }, bubbles: true, composed: true });
  }
}

export interface SamskabSignupRequestDetail {
  campaign: string;
  organisation: string | null;
}

/**
 * The visitor asked to sign up for a campaign. Cancelable: call `preventDefault()`
 * to open your own form; otherwise the banner opens <samskab-signup-form> in a dialog.
 */
export class SamskabSignupRequestEvent extends CustomEvent<SamskabSignupRequestDetail> {
  static readonly type = 'samskab-signup-request';
  constructor(detail: SamskabSignupRequestDetail) {
    super(SamskabSignupRequestEvent.type, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

// The lists' event lives with the lists (src/base/list-element.ts), out of the core chunk.
export type { SamskabFilterChangeEvent } from './list-element.js';
import type { SamskabFilterChangeEvent } from './list-element.js';

interface SamskabEventMap {
  'samskab-error': SamskabErrorEvent;
  'samskab-load': SamskabLoadEvent;
  'samskab-signup-request': SamskabSignupRequestEvent;
  'samskab-filter-change': SamskabFilterChangeEvent;
}

declare global {
  interface HTMLElementEventMap extends SamskabEventMap {}
  interface DocumentEventMap extends SamskabEventMap {}
  interface WindowEventMap extends SamskabEventMap {}
}
