/** The widget API: public, read-only, published content only (see docs/widget-api.md). */
const get = (path: string, handler: string) => ({ method: 'GET', path: `/widget/v1${path}`, handler: `widget.${handler}`, config: { auth: false } });

export default {
  routes: [
    get('/campaigns', 'campaigns'),
    get('/campaigns/:slug', 'campaign'),
    get('/stories', 'stories'),
    get('/stories/:slug', 'story'),
    get('/offers', 'offers'),
    get('/opportunities', 'opportunities'),
    get('/walks/:slug', 'walk'),
    get('/walks/:slug/gpx', 'walkGpx'),
    get('/guides/:slug', 'guide'),
    get('/entry-point', 'entryPoint'),
  ],
};
