import type { Core } from '@strapi/strapi';
import { ApiError, badParameter } from '../../widget/lib/errors';
import { sendCached, sendError } from '../../widget/lib/http';
import type { WidgetCache } from '../../widget/services/cache';
import { text, toLocale, type Locale } from '../form/validate';
import type { SignupIntake, TargetQuery } from '../services/intake';
import type { SignupRateLimit } from '../services/rate-limit';

/**
 * The sign-up form's two public endpoints, beside the widget API:
 *   GET  /api/widget/v1/signups/schema  the form's fields, rules, texts and consent text (cacheable)
 *   POST /api/widget/v1/signups         a sign-up: 201 with a reference, 400 naming each field to fix, 429 with Retry-After
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const intake = () => strapi.service('api::signup.intake') as unknown as SignupIntake;
  const limiter = () => strapi.service('api::signup.rate-limit') as unknown as SignupRateLimit;
  const cache = () => strapi.service('api::widget.cache') as unknown as WidgetCache;

  const slugParam = (query: Record<string, unknown>, name: keyof TargetQuery): string | null => {
    const value = query[name];
    if (value === undefined || value === '') return null;
    if (typeof value !== 'string' || value.length > 120 || !SLUG.test(value)) {
      throw badParameter(name, 'a slug: lower-case letters, digits and hyphens', `"${name}" must be a slug of lower-case letters, digits and hyphens.`);
    }
    return value;
  };

  return {
    async schema(ctx: any) {
      try {
        const query = ctx.query as Record<string, unknown>;
        const rawLocale = query.locale;
        const locale = rawLocale === undefined || rawLocale === '' ? 'da' : toLocale(rawLocale);
        if (!locale) throw badParameter('locale', 'da or en', '"locale" must be da or en.');
        const target = { campaign: slugParam(query, 'campaign'), opportunity: slugParam(query, 'opportunity'), organisation: slugParam(query, 'organisation') };
        if (!target.campaign && !target.opportunity) throw badParameter('campaign', 'a campaign or an opportunity slug', text(locale, 'target.required'));
        if (target.campaign && target.opportunity) throw badParameter('opportunity', 'a campaign or an opportunity slug, not both', text(locale, 'target.both'));
        const key = `signup-schema?${JSON.stringify([target, locale])}`;
        sendCached(ctx, await cache().response(key, () => intake().schema(target, locale as Locale)));
      } catch (error) {
        if (error instanceof ApiError) return sendError(ctx, error);
        throw error;
      }
    },

    async create(ctx: any) {
      ctx.set('Cache-Control', 'no-store');
      try {
        const verdict = await limiter().check(ctx.request.ip ?? '');
        ctx.set('RateLimit-Limit', String(verdict.limit));
        ctx.set('RateLimit-Remaining', String(verdict.remaining));
        if (!verdict.allowed) {
          ctx.set('Retry-After', String(verdict.retryAfter));
          const locale: Locale = /^\s*en\b/i.test(ctx.get('Accept-Language')) ? 'en' : 'da';
          const minutes = Math.ceil(verdict.retryAfter / 60);
          const message =
            locale === 'en'
              ? `Too many sign-ups from your network right now. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
              : `Der er kommet for mange tilmeldinger fra dit netværk lige nu. Prøv igen om ${minutes} minut${minutes === 1 ? '' : 'ter'}.`;
          return sendError(ctx, new ApiError(429, 'rate_limited', message));
        }
        const result = await intake().submit({
          body: ctx.request.body,
          isJson: Boolean(ctx.is('application/json')),
          contentLength: ctx.request.length,
          origin: ctx.get('Origin'),
          ownOrigin: ctx.origin,
          acceptLanguage: ctx.get('Accept-Language'),
        });
        ctx.status = 201;
        ctx.body = { reference: result.reference };
      } catch (error) {
        if (error instanceof ApiError) return sendError(ctx, error);
        throw error;
      }
    },
  };
};
