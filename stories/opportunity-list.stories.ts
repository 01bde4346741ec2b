import '../widgets/src/components/opportunity-list/opportunity-list.js';
import { examples } from '../widgets/src/components/opportunity-list/opportunity-list.examples.js';
import type { Meta } from '@storybook/web-components-vite';
import { exampleStory, widgetParameters } from './example-story.js';

const meta: Meta = {
  title: 'Widgets/Opportunity list',
  component: 'samskab-opportunity-list',
  parameters: widgetParameters(examples),
};

export default meta;

export const TaskBank = exampleStory(examples, 'Task bank');
export const Episodic = exampleStory(examples, 'Episodic');
export const DaycarePage = exampleStory(examples, 'Daycare page');
export const ApiUnavailable = exampleStory(examples, 'API unavailable');
