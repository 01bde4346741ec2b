import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Portal } from '../services/portal';

/**
 * Lets a request through only for a logged-in user with the Institution staff
 * role who is tied to an organisation; that organisation goes to
 * `ctx.state.organisation`, and every portal query is limited to it.
 */
export default async (policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const user = policyContext.state?.user;
  if (!user?.id) return false;
  const staff = await (strapi.service('api::portal.portal') as unknown as Portal).staffOf(user.id);
  if (!staff) {
    throw new errors.PolicyError('This account is not institution staff tied to an organisation. Ask the municipality’s volunteering team for access.');
  }
  policyContext.state.organisation = staff.organisation;
  return true;
};
