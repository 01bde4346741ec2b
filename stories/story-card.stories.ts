import '../widgets/src/components/story-card/story-card.js';
import { examples } from '../widgets/src/components/story-card/story-card.examples.js';
import type { Meta } from '@storybook/web-components-vite';
import { exampleStory, widgetParameters } from './example-story.js';

const meta: Meta = {
  title: 'Widgets/Story card',
  component: 'samskab-story-card',
  parameters: widgetParameters(examples),
};

export default meta;

export const Story = exampleStory(examples, 'Story');
export const Open = exampleStory(examples, 'Open');
export const English = exampleStory(examples, 'English');
export const NotFound = exampleStory(examples, 'Not found');
