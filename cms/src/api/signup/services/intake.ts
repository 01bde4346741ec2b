import type { Core } from '@strapi/strapi';
import { hasEnded, today } from '../../../lib/today';
import { ApiError } from '../../widget/lib/errors';
import type { SignupConfig } from '../lib/config';
import { SignupError } from '../lib/errors';
import { newReference } from '../lib/reference';
import { consentVersion, formSchema, parseOrigin, text, validateSignup, type FieldError, type Locale } from '../form/validate';
import type { SignupMailer } from './mailer';

/**
 * Taking a sign-up in: the form's schema for the widget, and the POST that
 * validates everything (fields, then what the sign-up is for) before it writes
 * one record, so a refused sign-up never leaves anything behind.
 */
export interface TargetQuery {
  campaign: string | null;
  opportunity: string | null;
  organisation: string | null;
}

interface Ref {
  documentId: string;
  slug: string;
}

export interface Target {
  campaign: (Ref & { title: string }) | null;
  opportunity: (Ref & { title: string }) | null;
  organisation: (Ref & { name: string }) | null;
  /** Who gets the data, as the consent text names them. */
  recipient: string;
}

export interface SubmitRequest {
  body: unknown;
  isJson: boolean;
  contentLength: number | undefined;
  origin: string;
  ownOrigin: string;
  acceptLanguage: string;
}

const CAMPAIGN = 'api::campaign.campaign';
const OPPORTUNITY = 'api::opportunity.opportunity';
const ORGANISATION = 'api::organisation.organisation';
const SIGNUP = 'api::signup.signup';
const TARGET_TTL_MS = 10_000;
/** The content types a sign-up's target is made of (index.ts watches them). */
export const TARGET_TYPES = new Set<string>([CAMPAIGN, OPPORTUNITY, ORGANISATION]);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = () => strapi.service('api::signup.settings') as unknown as SignupConfig;
  const docs = (uid: string) => strapi.documents(uid as never) as any;
  const findBySlug = async (uid: string, slug: string, locale: Locale, query: Record<string, unknown>) => {
    const published = (strapi.contentType(uid as any) as { options?: { draftAndPublish?: boolean } } | undefined)?.options?.draftAndPublish;
    const args = { filters: { slug }, ...(published && { status: 'published' }), ...query };
    const localized = uid !== ORGANISATION;
    return (
      (await docs(uid).findFirst({ ...args, ...(localized && { locale }) })) ??
      (localized && locale !== 'da' ? await docs(uid).findFirst({ ...args, locale: 'da' }) : null)
    );
  };

  /**
   * Resolved targets, kept briefly: every sign-up needs one, and they change only
   * when campaigns, tasks or organisations do (index.ts clears this then; another
   * instance's change is seen within TARGET_TTL_MS).
   */
  const targets = new Map<string, { until: number; value: Promise<{ target?: Target; errors: FieldError[] }> }>();

  function resolveTarget(query: TargetQuery, locale: Locale): Promise<{ target?: Target; errors: FieldError[] }> {
    // The day is in the key: a campaign or task that ends at midnight is refused from then on.
    const key = JSON.stringify([query.campaign, query.opportunity, query.organisation, locale, today()]);
    const now = Date.now();
    const hit = targets.get(key);
    if (hit && hit.until > now) return hit.value;
    if (targets.size > 500) targets.clear();
    const value = lookUpTarget(query, locale);
    targets.set(key, { until: now + TARGET_TTL_MS, value });
    value.catch(() => targets.delete(key));
    return value;
  }

  /** What a sign-up is for, checked against the published content; every problem names its field. */
  async function lookUpTarget(query: TargetQuery, locale: Locale): Promise<{ target?: Target; errors: FieldError[] }> {
    const errors: FieldError[] = [];
    const fail = (parameter: string, code: string, key: string, slug: string) =>
      errors.push({ parameter, code, message: text(locale, key, { slug, field: parameter }) });
    let campaign: Target['campaign'] = null;
    let opportunity: Target['opportunity'] = null;
    let organisation: Target['organisation'] = null;
    let campaignOrganisations: { documentId: string; slug: string; name: string }[] = [];
    let coordinatorName: string | null = null;

    if (query.campaign) {
      const found = await findBySlug(CAMPAIGN, query.campaign, locale, {
        fields: ['slug', 'headline', 'ctaKind', 'endsAt'],
        populate: { organisations: { fields: ['slug', 'name'] }, coordinator: true },
      });
      if (!found) fail('campaign', 'not_found', 'campaign.notFound', query.campaign);
      else if (hasEnded(found.endsAt)) fail('campaign', 'ended', 'campaign.ended', query.campaign);
      else if (found.ctaKind !== 'signup') fail('campaign', 'no_signup', 'campaign.noSignup', query.campaign);
      else {
        campaign = { documentId: found.documentId, slug: found.slug, title: found.headline };
        campaignOrganisations = found.organisations ?? [];
        coordinatorName = found.coordinator?.name ?? null;
      }
    }
    if (query.opportunity) {
      const found = await findBySlug(OPPORTUNITY, query.opportunity, locale, {
        fields: ['slug', 'title', 'endsAt'],
        populate: { organisation: { fields: ['slug', 'name'] } },
      });
      if (!found) fail('opportunity', 'not_found', 'opportunity.notFound', query.opportunity);
      else if (hasEnded(found.endsAt)) fail('opportunity', 'ended', 'opportunity.ended', query.opportunity);
      else {
        opportunity = { documentId: found.documentId, slug: found.slug, title: found.title };
        if (found.organisation) organisation = { documentId: found.organisation.documentId, slug: found.organisation.slug, name: found.organisation.name };
      }
    }
    if (query.organisation) {
      const found = await findBySlug(ORGANISATION, query.organisation, locale, { fields: ['slug', 'name'] });
      if (!found) fail('organisation', 'not_found', 'organisation.notFound', query.organisation);
      else if (campaign && campaignOrganisations.length && !campaignOrganisations.some((o) => o.slug === found.slug)) {
        fail('organisation', 'not_in_campaign', 'organisation.notInCampaign', query.organisation);
      } else if (opportunity && organisation && organisation.slug !== found.slug) {
        fail('organisation', 'not_opportunity', 'organisation.notOpportunity', query.organisation);
      } else organisation = { documentId: found.documentId, slug: found.slug, name: found.name };
    }
    if (!organisation && campaign && campaignOrganisations.length === 1) {
      const [only] = campaignOrganisations;
      organisation = { documentId: only.documentId, slug: only.slug, name: only.name };
    }
    if (errors.length) return { errors };
    return {
      errors,
      target: { campaign, opportunity, organisation, recipient: organisation?.name ?? coordinatorName ?? settings().dataController },
    };
  }

  return {
    resolveTarget,

    /** Content that sign-ups point to has changed: look targets up afresh. */
    forgetTargets: () => targets.clear(),

    consentVersion: () => consentVersion(settings()),

    /** GET /signups/schema: the form's rules and texts in one language, the consent text, and what the sign-up is for. */
    async schema(query: TargetQuery, locale: Locale) {
      const { target, errors } = await resolveTarget(query, locale);
      if (!target) {
        const [first] = errors;
        throw new ApiError(first.code === 'not_found' ? 404 : 400, first.code, first.message, first.parameter);
      }
      const config = settings();
      return {
        version: formSchema.version,
        locale,
        honeypot: formSchema.honeypot,
        minFillMs: config.minFillMs,
        fields: formSchema.fields,
        atLeastOne: formSchema.atLeastOne,
        texts: formSchema.texts[locale],
        consent: {
          version: consentVersion(config),
          text: text(locale, 'consent.text', {
            recipient: target.recipient,
            controller: config.dataController,
            days: config.retentionDays,
            contact: config.privacyContact,
          }),
        },
        target: {
          campaign: target.campaign && { slug: target.campaign.slug, title: target.campaign.title },
          opportunity: target.opportunity && { slug: target.opportunity.slug, title: target.opportunity.title },
          organisation: target.organisation && { slug: target.organisation.slug, name: target.organisation.name },
          recipient: target.recipient,
        },
      };
    },

    /**
     * POST /signups. Answers `{ status, reference }` or throws a SignupError (400)
     * naming every field to fix. A filled honeypot gets a reference that was never stored.
     */
    async submit(request: SubmitRequest): Promise<{ reference: string; stored: boolean; documentId?: string }> {
      const config = settings();
      const consent = consentVersion(config);
      const fallbackLocale: Locale = /^\s*en\b/i.test(request.acceptLanguage) ? 'en' : 'da';
      if (!request.isJson) {
        throw new SignupError(400, 'invalid_signup', [{ parameter: 'body', code: 'invalid', message: text(fallbackLocale, 'body.invalid') }]);
      }
      const verdict = validateSignup(request.body, { minFillMs: config.minFillMs, consentVersion: consent, acceptLanguage: request.acceptLanguage });
      if (!verdict.ok) throw new SignupError(400, 'invalid_signup', verdict.errors);
      const input = verdict.value;
      if ((request.contentLength ?? 0) > config.maxBodyBytes) {
        throw new SignupError(400, 'invalid_signup', [{ parameter: 'body', code: 'too_large', message: text(input.locale, 'body.tooLarge') }]);
      }
      if (verdict.honeypot) {
        strapi.log.info('signup: a form with its honeypot filled in was answered but not stored');
        return { reference: newReference(), stored: false };
      }
      const { target, errors } = await resolveTarget(input, input.locale);
      if (!target) throw new SignupError(400, 'invalid_signup', errors);

      // The embedding site: the browser's Origin, unless the form sits on the CMS's
      // own pages (the iframe page), where the form reports the page around it.
      const header = request.origin ? parseOrigin(request.origin) : null;
      const sourceOrigin = header && header !== request.ownOrigin ? header : input.sourceOrigin ?? header;

      const data = {
        name: input.name,
        email: input.email,
        phone: input.phone,
        message: input.message,
        availability: input.availability,
        consentVersion: input.consentVersion,
        sourceOrigin,
        locale: input.locale,
        handled: false,
        mailStatus: 'pending',
        mailAttempts: 0,
        nextMailAt: new Date(),
        campaign: target.campaign?.documentId ?? null,
        opportunity: target.opportunity?.documentId ?? null,
        organisation: target.organisation?.documentId ?? null,
      };
      for (let attempt = 1; ; attempt += 1) {
        const reference = newReference();
        try {
          const created = await docs(SIGNUP).create({ data: { ...data, reference } });
          const mailer = strapi.service('api::signup.mailer') as unknown as SignupMailer;
          void mailer.deliver(created.documentId).catch((error) => strapi.log.warn(`signup ${reference}: mail not started: ${error}`));
          return { reference, stored: true, documentId: created.documentId };
        } catch (error) {
          // A reference already taken (about 1 in 10^11): draw another.
          if (attempt < 5 && /unique/i.test(String((error as Error)?.message ?? error))) continue;
          throw error;
        }
      }
    },
  };
};

export type SignupIntake = ReturnType<typeof import('./intake').default>;
