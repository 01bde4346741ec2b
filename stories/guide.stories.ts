import '../widgets/src/components/guide/guide.js';
import { examples } from '../widgets/src/components/guide/guide.examples.js';
import type { Meta } from '@storybook/web-components-vite';
import { exampleStory, widgetParameters } from './example-story.js';

const meta: Meta = {
  title: 'Widgets/Guide',
  component: 'samskab-guide',
  parameters: widgetParameters(examples),
};

export default meta;

export const WhereDoITurn = exampleStory(examples, 'Where do I turn');
export const English = exampleStory(examples, 'English');
export const MultipleChoice = exampleStory(examples, 'Multiple choice');
export const PostcodeOrDistrict = exampleStory(examples, 'Postcode or district');
export const SeveralOutcomes = exampleStory(examples, 'Several outcomes');
export const OutcomeWithOffers = exampleStory(examples, 'Outcome with offers');
export const SensitiveGuide = exampleStory(examples, 'Sensitive guide');
export const SensitiveOutcome = exampleStory(examples, 'Sensitive outcome');
export const ApiUnavailable = exampleStory(examples, 'API unavailable');
