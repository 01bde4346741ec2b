import { defineElement } from '../../base/define.js';
import { SamskabPortal } from './portal.component.js';

export { SamskabPortal };

defineElement('samskab-portal', SamskabPortal);

declare global {
  interface HTMLElementTagNameMap {
    'samskab-portal': SamskabPortal;
  }
}
