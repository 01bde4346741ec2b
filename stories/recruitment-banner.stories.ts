import '../widgets/src/components/recruitment-banner/recruitment-banner.js';
import { examples } from '../widgets/src/components/recruitment-banner/recruitment-banner.examples.js';
import type { Meta } from '@storybook/web-components-vite';
import { exampleStory, widgetParameters } from './example-story.js';

const meta: Meta = {
  title: 'Widgets/Recruitment banner',
  component: 'samskab-recruitment-banner',
  parameters: widgetParameters(examples),
};

export default meta;

export const Wide = exampleStory(examples, 'Wide');
export const Compact = exampleStory(examples, 'Compact');
export const English = exampleStory(examples, 'English');
export const ExternalLink = exampleStory(examples, 'External link');
export const ApiUnavailable = exampleStory(examples, 'API unavailable');
