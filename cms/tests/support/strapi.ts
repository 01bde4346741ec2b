import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';

// Strapi's ESM build does not load under Node's ESM resolver; its CommonJS build does.
const require = createRequire(import.meta.url);

/**
 * The Strapi under test: booted once per run (all test files share the worker),
 * seeded with the demo content, listening on a free port.
 */
let booting: Promise<{ strapi: Core.Strapi; base: string }> | undefined;

export function startStrapi() {
  booting ??= (async () => {
    const { createStrapi } = require('@strapi/strapi');
    const app = await createStrapi({ appDir: process.cwd(), distDir: process.env.SAMSKAB_DIST }).load();
    app.log.level = 'warn';
    await app.listen();
    const address = app.server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('Strapi is not listening on a TCP port');
    return { strapi: app, base: `http://127.0.0.1:${address.port}` };
  })();
  return booting;
}

/** GET from the test Strapi; returns the response with its parsed JSON body. */
export async function api(path: string, init: RequestInit = {}) {
  const { base } = await startStrapi();
  const response = await fetch(`${base}${path}`, init);
  const text = await response.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (GPX, HTML): keep the text
  }
  return { response, status: response.status, headers: response.headers, body, text };
}

/**
 * Gives a seeded, published campaign or task the last day `endsAt`, runs `fn`,
 * then puts its own end date back (published either way).
 */
export async function withEndDate<T>(uid: 'api::campaign.campaign' | 'api::opportunity.opportunity', slug: string, endsAt: string, fn: () => Promise<T>): Promise<T> {
  const { strapi } = await startStrapi();
  const docs = strapi.documents(uid) as any;
  const doc = await docs.findFirst({ locale: 'da', filters: { slug }, fields: ['endsAt'] });
  if (!doc) throw new Error(`no seeded ${uid} with the slug ${slug}`);
  const setEnd = async (value: string | null) => {
    await docs.update({ documentId: doc.documentId, locale: 'da', data: { endsAt: value } });
    await docs.publish({ documentId: doc.documentId, locale: 'da' });
  };
  await setEnd(endsAt);
  try {
    return await fn();
  } finally {
    await setEnd(doc.endsAt ?? null);
  }
}
