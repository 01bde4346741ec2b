import { defineElement } from '../../base/define.js';
import { SamskabGuide } from './guide.component.js';

export { SamskabGuide };

defineElement('samskab-guide', SamskabGuide);

declare global {
  interface HTMLElementTagNameMap {
    'samskab-guide': SamskabGuide;
  }
}
