import { defineElement } from '../../base/define.js';
import { SamskabOpportunityList } from './opportunity-list.component.js';

export { SamskabOpportunityList };

defineElement('samskab-opportunity-list', SamskabOpportunityList);

declare global {
  interface HTMLElementTagNameMap {
    'samskab-opportunity-list': SamskabOpportunityList;
  }
}
