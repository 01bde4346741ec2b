import { defineElement } from '../../base/define.js';
import '../story-card/story-card.js';
import { SamskabStoryList } from './story-list.component.js';

export { SamskabStoryList };

defineElement('samskab-story-list', SamskabStoryList);

declare global {
  interface HTMLElementTagNameMap {
    'samskab-story-list': SamskabStoryList;
  }
}
