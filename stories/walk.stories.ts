import '../widgets/src/components/walk/walk.js';
import { examples } from '../widgets/src/components/walk/walk.examples.js';
import type { Meta } from '@storybook/web-components-vite';
import { exampleStory, widgetParameters } from './example-story.js';

const meta: Meta = {
  title: 'Widgets/Walk',
  component: 'samskab-walk',
  parameters: widgetParameters(examples),
};

export default meta;

export const Walk = exampleStory(examples, 'Walk');
export const MapTiles = exampleStory(examples, 'Map tiles');
export const English = exampleStory(examples, 'English');
export const NotFound = exampleStory(examples, 'Not found');
