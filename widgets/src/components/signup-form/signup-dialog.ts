import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import { baseStyles } from '../../base/base-element.js';
import { defineElement } from '../../base/define.js';
import { resolveLocale } from '../../base/i18n.js';
import './signup-form.js';

export interface SignupDialogOptions {
  campaign: string;
  organisation: string | null;
  /** The API origin the form should use (the banner's). */
  api: string;
  /** The dialog's accessible name (the campaign's headline). */
  label: string;
  /** The CMS's sign-up page, the form's fallback link. */
  fallbackHref?: string;
  fallbackText: string;
  /** Gets focus back when the dialog closes. */
  opener: HTMLElement;
}

/**
 * The recruitment banner's sign-up dialog: a modal `<dialog>` with a close button
 * and `<samskab-signup-form>`. It lives in this lazily loaded chunk, with the
 * form, so the banner itself stays small. Escape and the close button close it,
 * and focus goes back to the call to action that opened it. Its `dialog` and
 * `dialog-close` parts are exported to the banner.
 */
export class SamskabSignupDialog extends LitElement {
  static override styles = [
    ...baseStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        width: min(40rem, calc(100vw - 2rem));
        max-height: calc(100dvh - 2rem);
        padding: calc(var(--_sk-space) * 1.25);
        border: 0;
        border-radius: var(--_sk-radius);
        background: var(--_sk-color-bg);
        color: var(--_sk-color-text);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.55);
      }
      .close {
        float: right;
        margin: 0 0 var(--_sk-space) var(--_sk-space);
      }
    `,
  ];

  static override properties: PropertyDeclarations = { options: { attribute: false } };

  declare options: SignupDialogOptions | null;

  constructor() {
    super();
    this.options = null;
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  /** Closes the dialog, removes it and puts focus back where it came from. */
  close(): void {
    if (!this.isConnected) return;
    this.renderRoot.querySelector('dialog')?.close();
    this.remove();
    this.options?.opener.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    // Handled here, so closing never waits on the browser's own cancel and close events.
    event.preventDefault();
    this.close();
  }

  protected override render() {
    const o = this.options;
    if (!o) return nothing;
    const close = resolveLocale(o.opener) === 'en' ? 'Close' : 'Luk';
    return html`<dialog part="dialog" aria-label=${o.label} @keydown=${this.onKey} @close=${this.close}>
      <button class="sk-button sk-button--secondary close" part="dialog-close" type="button" @click=${this.close}>${close}</button>
      <samskab-signup-form campaign=${o.campaign} organisation=${o.organisation ?? nothing} api=${o.api}>
        <p><a href=${o.fallbackHref ?? nothing}>${o.fallbackText}</a></p>
      </samskab-signup-form>
    </dialog>`;
  }
}

/** Opens the sign-up form in a modal dialog inside `root` (the banner's shadow root). */
export function openSignupDialog(root: Node, options: SignupDialogOptions): SamskabSignupDialog {
  defineElement('samskab-signup-dialog', SamskabSignupDialog);
  const dialog = document.createElement('samskab-signup-dialog') as SamskabSignupDialog;
  dialog.setAttribute('exportparts', 'dialog, dialog-close');
  dialog.options = options;
  root.appendChild(dialog);
  return dialog;
}
