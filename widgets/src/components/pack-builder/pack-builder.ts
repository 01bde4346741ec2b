import { defineElement } from '../../base/define.js';
import { SamskabPackBuilder } from './pack-builder.component.js';

export { SamskabPackBuilder };

defineElement('samskab-pack-builder', SamskabPackBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'samskab-pack-builder': SamskabPackBuilder;
  }
}
