import type { WidgetExamples } from '../src/base/examples.js';
import { examples as banner } from '../src/components/recruitment-banner/recruitment-banner.examples.js';
import { examples as entryPoint } from '../src/components/entry-point/entry-point.examples.js';
import { examples as storyCard } from '../src/components/story-card/story-card.examples.js';
import { examples as storyList } from '../src/components/story-list/story-list.examples.js';
import { examples as offerList } from '../src/components/offer-list/offer-list.examples.js';
import { examples as opportunityList } from '../src/components/opportunity-list/opportunity-list.examples.js';

/** Every example of every widget: the axe loop and Storybook both read this. */
export const allExamples: WidgetExamples[] = [banner, entryPoint, storyCard, storyList, offerList, opportunityList];
