import '../widgets/src/components/entry-point/entry-point.js';
import { examples } from '../widgets/src/components/entry-point/entry-point.examples.js';
import type { Meta } from '@storybook/web-components-vite';
import { exampleStory, widgetParameters } from './example-story.js';

const meta: Meta = {
  title: 'Widgets/Entry point',
  component: 'samskab-entry-point',
  parameters: widgetParameters(examples),
};

export default meta;

export const FrontPage = exampleStory(examples, 'Front page');
export const English = exampleStory(examples, 'English');
export const ApiUnavailable = exampleStory(examples, 'API unavailable');
