import { defineElement } from '../../base/define.js';
import '../story-card/story-card.js';
import { SamskabWalk, SamskabWalkStopEvent } from './walk.component.js';

export { SamskabWalk, SamskabWalkStopEvent };

defineElement('samskab-walk', SamskabWalk);

declare global {
  interface HTMLElementTagNameMap {
    'samskab-walk': SamskabWalk;
  }
  interface HTMLElementEventMap {
    'samskab-walk-stop': SamskabWalkStopEvent;
  }
}
