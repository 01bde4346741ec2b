import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms } from '../scripts/spawn-cms.mjs';
import { createScratchDatabase } from '../scripts/scratch-postgres.mjs';

/**
 * Two CMS instances on one PostgreSQL database and one Redis, as behind a load
 * balancer: a change published through one is served by the other within 5 s.
 * Runs when TEST_POSTGRES_URL and REDIS_URL are set (.ci/run sets both).
 */
const enabled = !!(process.env.TEST_POSTGRES_URL && process.env.REDIS_URL);

describe.runIf(enabled)('two instances on PostgreSQL and Redis', () => {
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;
  let one: Awaited<ReturnType<typeof startCms>>;
  let two: Awaited<ReturnType<typeof startCms>>;

  beforeAll(async () => {
    db = await createScratchDatabase(process.env.TEST_POSTGRES_URL!);
    const env = {
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: db.url,
      SERVE_TOKEN_TYPE: 'full-access',
      WIDGET_CACHE_SYNC_MS: '60000',
      // Both instances count sign-ups in this Redis under one prefix of their own.
      REDIS_PREFIX: `samskab-two-${Date.now()}:`,
      SIGNUP_RATE_LIMIT: '4',
      SIGNUP_RATE_WINDOW_SECONDS: '600',
    };
    // One after the other: the first seeds, the second finds the seed done.
    one = await startCms(env);
    two = await startCms(env);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await db?.drop();
  });

  it('serves a change published through one instance from the other within 5 s', async () => {
    const path = '/api/widget/v1/campaigns/julehjaelp-2026';
    const before = await (await fetch(`${two.base}${path}`)).json();
    expect(before.headline).toBeTruthy();

    const list = await (await fetch(`${one.base}/api/campaigns?filters[slug][$eq]=julehjaelp-2026&locale=da`, { headers: { authorization: `Bearer ${one.token}` } })).json();
    const documentId = list.data[0].documentId;
    const headline = `Opdateret via instans 1 ${Date.now()}`;
    const update = await fetch(`${one.base}/api/campaigns/${documentId}?locale=da&status=published`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${one.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { headline } }),
    });
    expect(update.status).toBe(200);
    expect((await (await fetch(`${one.base}${path}`)).json()).headline).toBe(headline);

    // The periodic sync is set to a minute here, so only Redis can make this pass in time.
    const started = Date.now();
    let seen = before.headline;
    while (Date.now() - started < 5000 && seen !== headline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = (await (await fetch(`${two.base}${path}`)).json()).headline;
    }
    expect(seen).toBe(headline);
  });

  it('counts the sign-up rate limit across both instances', async () => {
    const schema = await (await fetch(`${one.base}/api/widget/v1/signups/schema?campaign=frivillig-for-fremtiden&organisation=tranbjerg-skole`)).json();
    const signup = (n: number) =>
      JSON.stringify({
        name: `Tæller ${n}`,
        email: `taeller${n}@example.dk`,
        phone: '',
        availability: 'episodic',
        message: '',
        consent: true,
        consentVersion: schema.consent.version,
        campaign: 'frivillig-for-fremtiden',
        organisation: 'tranbjerg-skole',
        locale: 'da',
        elapsedMs: 5000,
      });
    const statuses: number[] = [];
    for (let n = 0; n < 6; n += 1) {
      const instance = n % 2 ? two : one;
      const response = await fetch(`${instance.base}/api/widget/v1/signups`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: signup(n) });
      statuses.push(response.status);
    }
    // Four accepted in all, two on each instance; each instance alone would have allowed four.
    expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
  });
});
