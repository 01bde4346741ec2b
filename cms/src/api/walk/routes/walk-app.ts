/** The walk page's web app manifest and icons: public, read-only (see docs/walk.md). */
const get = (path: string, handler: string) => ({ method: 'GET', path, handler: `walk-app.${handler}`, config: { auth: false } });

export default {
  routes: [get('/walk-app/:slug/manifest.webmanifest', 'manifest'), get('/walk-app/icons/:file', 'icon')],
};
