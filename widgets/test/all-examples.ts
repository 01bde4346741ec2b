import type { WidgetExamples } from '../src/base/examples.js';
import { examples as banner } from '../src/components/recruitment-banner/recruitment-banner.examples.js';
import { examples as entryPoint } from '../src/components/entry-point/entry-point.examples.js';
import { examples as guide } from '../src/components/guide/guide.examples.js';
// The guide defines itself here too, so the axe loop (which imports this file) can render it.
import '../src/components/guide/guide.js';
import { examples as storyCard } from '../src/components/story-card/story-card.examples.js';
import { examples as storyList } from '../src/components/story-list/story-list.examples.js';
import { examples as offerList } from '../src/components/offer-list/offer-list.examples.js';
import { examples as opportunityList } from '../src/components/opportunity-list/opportunity-list.examples.js';
import { examples as walk } from '../src/components/walk/walk.examples.js';
// The walk defines itself here, so the axe loop (which imports this file) can render it.
import '../src/components/walk/walk.js';
import { examples as packBuilder } from '../src/components/pack-builder/pack-builder.examples.js';
// Defined here for the axe loop, which shows it logged out (its fallback); pack-builder.test.ts runs axe on every step.
import '../src/components/pack-builder/pack-builder.js';
import { examples as signupForm } from '../src/components/signup-form/signup-form.examples.js';
import { examples as portal } from '../src/components/portal/portal.examples.js';
// Defined here for the axe loop; portal.test.ts logs in and runs axe on every tab, signup-form.test.ts on errors and thanks.
import '../src/components/signup-form/signup-form.js';
import '../src/components/portal/portal.js';

/** Every example of every widget: the axe loop and Storybook both read this. */
export const allExamples: WidgetExamples[] = [banner, entryPoint, guide, storyCard, storyList, offerList, opportunityList, walk, packBuilder, signupForm, portal];
