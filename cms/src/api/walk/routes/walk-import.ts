/**
 * GPX import of a walk's stops. Not public: it needs an API token (full access,
 * or a custom token with the walk-import permission) made in the admin under
 * Settings > API Tokens. See docs/walk.md.
 */
export default {
  routes: [{ method: 'POST', path: '/walk-import', handler: 'walk-import.import', config: { policies: [] } }],
};
