import { defineElement } from '../../base/define.js';
import { SamskabStoryCard } from './story-card.component.js';

export { SamskabStoryCard };

defineElement('samskab-story-card', SamskabStoryCard);

declare global {
  interface HTMLElementTagNameMap {
    'samskab-story-card': SamskabStoryCard;
  }
}
