import { defineElement } from '../../base/define.js';
import { SamskabRecruitmentBanner } from './recruitment-banner.component.js';

export { SamskabRecruitmentBanner };

defineElement('samskab-recruitment-banner', SamskabRecruitmentBanner);

declare global {
  interface HTMLElementTagNameMap {
    'samskab-recruitment-banner': SamskabRecruitmentBanner;
  }
}
