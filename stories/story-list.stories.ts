import '../widgets/src/components/story-list/story-list.js';
import { examples } from '../widgets/src/components/story-list/story-list.examples.js';
import type { Meta } from '@storybook/web-components-vite';
import { exampleStory, widgetParameters } from './example-story.js';

const meta: Meta = {
  title: 'Widgets/Story list',
  component: 'samskab-story-list',
  parameters: widgetParameters(examples),
};

export default meta;

export const AllStories = exampleStory(examples, 'All stories');
export const OneOrganisation = exampleStory(examples, 'One organisation');
export const Empty = exampleStory(examples, 'Empty');
export const ApiUnavailable = exampleStory(examples, 'API unavailable');
