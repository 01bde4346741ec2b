/**
 * users-permissions' auth routes (/api/auth/local and the password and
 * confirmation routes) read the request body without checking that there is
 * one, so a POST without a body made them answer 500. An absent body is an
 * empty one here, which they answer with a 400 that names what is missing.
 */
export default () => {
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path.startsWith('/api/auth/') && ctx.request.body == null) ctx.request.body = {};
    return next();
  };
};
