import { defineElement } from '../../base/define.js';
import { SamskabEntryPoint } from './entry-point.component.js';

export { SamskabEntryPoint };

defineElement('samskab-entry-point', SamskabEntryPoint);

declare global {
  interface HTMLElementTagNameMap {
    'samskab-entry-point': SamskabEntryPoint;
  }
}
