/** The library under test, plus a helper for one box. */
import { charsThatFit } from '../src/templates/blocks.js';
export * from '../src/index.js';

export const charsThatFitForTest = (text) => charsThatFit(text, { weight: 'bold', size: 60, width: 952, maxLines: 2, lineHeight: 1.08 });
