import { defineElement } from '../../base/define.js';
import { SamskabSignupForm, SamskabSignupEvent } from './signup-form.component.js';

export { SamskabSignupForm, SamskabSignupEvent };

defineElement('samskab-signup-form', SamskabSignupForm);

declare global {
  interface HTMLElementTagNameMap {
    'samskab-signup-form': SamskabSignupForm;
  }
  interface HTMLElementEventMap {
    'samskab-signup': SamskabSignupEvent;
  }
}
