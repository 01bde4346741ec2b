/** The flow of a published guide as a Mermaid diagram (public, like the rest of the widget API). */
export default {
  routes: [
    {
      method: 'GET',
      path: '/widget/v1/guides/:slug/diagram',
      handler: 'diagram.show',
      config: { auth: false },
    },
  ],
};
