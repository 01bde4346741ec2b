/**
 * The institution portal's API, for logged-in staff only: the users-permissions
 * JWT (POST /api/auth/local) must belong to a user with the Institution staff
 * role (its permissions: seed/staff.ts), and the policy limits every answer to
 * the user's own organisation.
 */
const staffOnly = { policies: ['api::portal.is-institution-staff'] };
const route = (method: string, path: string, handler: string) => ({ method, path: `/portal${path}`, handler: `portal.${handler}`, config: staffOnly });

export default {
  routes: [
    route('GET', '/me', 'me'),
    route('GET', '/signups', 'signups'),
    route('GET', '/signups/export', 'exportSignups'),
    route('PATCH', '/signups/:id', 'updateSignup'),
    route('GET', '/embed', 'embed'),
  ],
};
