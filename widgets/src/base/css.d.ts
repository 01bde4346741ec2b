/** `.css` files are imported as their text (see the css plugins in rollup, web-test-runner and Storybook). */
declare module '*.css' {
  const text: string;
  export default text;
}
