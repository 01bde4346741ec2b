import '../widgets/src/components/signup-form/signup-form.js';
import { examples } from '../widgets/src/components/signup-form/signup-form.examples.js';
import type { Meta } from '@storybook/web-components-vite';
import { exampleStory, widgetParameters } from './example-story.js';

const meta: Meta = {
  title: 'Widgets/Sign-up form',
  component: 'samskab-signup-form',
  parameters: widgetParameters(examples),
};

export default meta;

export const Campaign = exampleStory(examples, 'Campaign');
export const Task = exampleStory(examples, 'Task');
export const English = exampleStory(examples, 'English');
export const ApiUnavailable = exampleStory(examples, 'API unavailable');
