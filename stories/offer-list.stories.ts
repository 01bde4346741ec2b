import '../widgets/src/components/offer-list/offer-list.js';
import { examples } from '../widgets/src/components/offer-list/offer-list.examples.js';
import type { Meta } from '@storybook/web-components-vite';
import { exampleStory, widgetParameters } from './example-story.js';

const meta: Meta = {
  title: 'Widgets/Offer list',
  component: 'samskab-offer-list',
  parameters: widgetParameters(examples),
};

export default meta;

export const AllOffers = exampleStory(examples, 'All offers');
export const Grief = exampleStory(examples, 'Grief');
export const Empty = exampleStory(examples, 'Empty');
export const English = exampleStory(examples, 'English');
export const ApiUnavailable = exampleStory(examples, 'API unavailable');
