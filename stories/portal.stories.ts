import '../widgets/src/components/portal/portal.js';
import { examples } from '../widgets/src/components/portal/portal.examples.js';
import type { Meta } from '@storybook/web-components-vite';
import { exampleStory, widgetParameters } from './example-story.js';

/** The portal before login; its logged-in views need a login (see portal.test.ts and docs/portal.md). */
const meta: Meta = {
  title: 'Widgets/Institution portal',
  component: 'samskab-portal',
  parameters: widgetParameters(examples),
};

export default meta;

export const Login = exampleStory(examples, 'Login');
export const LoginInEnglish = exampleStory(examples, 'Login in English');
