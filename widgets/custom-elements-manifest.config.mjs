// Custom-elements manifest from the JSDoc headers of the component classes
// (the public API). Feeds Storybook's docs tables and docs/widgets/.
export default {
  globs: ['src/components/**/*.component.ts', 'src/base/base-element.ts', 'src/base/list-element.ts'],
  exclude: ['**/*.test.ts', '**/*.examples.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
