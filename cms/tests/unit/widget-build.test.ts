import { describe, expect, it } from 'vitest';
import { staleFiles } from '../../../rollup.config.mjs';

describe('a new widget build', () => {
  it('keeps the hashed files of earlier builds, so that an older pinned snippet keeps working', () => {
    const files = [
      'samskab.js',
      'samskab.js.br',
      'samskab.css',
      'manifest.json',
      'manifest.json.gz',
      'custom-elements.json',
      'samskab-f_QWxk01Iw.js',
      'samskab-f_QWxk01Iw.js.br',
      'samskab-9EQAIrm4DM.css.gz',
      'chunks/core-rReCiMPn.js',
      'chunks/story-card-BHIYQASV.js.gz',
      'chunks/old.js',
    ];
    expect(staleFiles(files)).toEqual(['samskab.js', 'samskab.js.br', 'samskab.css', 'manifest.json', 'manifest.json.gz', 'custom-elements.json', 'chunks/old.js']);
  });
});
