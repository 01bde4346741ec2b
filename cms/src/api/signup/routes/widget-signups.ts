/** The sign-up form's public endpoints, next to the widget API (controllers/widget-signups.ts). */
export default {
  routes: [
    { method: 'GET', path: '/widget/v1/signups/schema', handler: 'widget-signups.schema', config: { auth: false } },
    { method: 'POST', path: '/widget/v1/signups', handler: 'widget-signups.create', config: { auth: false } },
  ],
};
