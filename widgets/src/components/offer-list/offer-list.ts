import { defineElement } from '../../base/define.js';
import { SamskabOfferList } from './offer-list.component.js';

export { SamskabOfferList };

defineElement('samskab-offer-list', SamskabOfferList);

declare global {
  interface HTMLElementTagNameMap {
    'samskab-offer-list': SamskabOfferList;
  }
}
