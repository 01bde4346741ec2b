import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms } from '../scripts/spawn-cms.mjs';
import { api, startStrapi } from './support/strapi';

/** The security promises of issue 8 that do not need a second service. */
beforeAll(async () => {
  await startStrapi();
});

async function fullAccessToken() {
  const { strapi } = await startStrapi();
  const { accessKey } = await (strapi.service('admin::api-token') as any).create({ name: `hardening-${Date.now()}`, type: 'full-access', lifespan: null, description: 'test' });
  return accessKey as string;
}

describe('the public cannot read what is not public', () => {
  it('gets nothing from the generic REST API, whatever filters or populate it tries', async () => {
    const paths = [
      '/api/stories?status=draft',
      '/api/stories?populate=*',
      '/api/campaigns?filters[createdBy][email][$notNull]=true',
      '/api/organisations?fields[0]=coordinatorEmail',
      '/api/photo-assets?populate[consents]=*',
      '/api/signups',
      '/api/packs',
      '/api/users',
      '/api/users?populate=role',
      '/api/users-permissions/roles',
      '/api/upload/files',
      '/api/entry-point?status=draft',
    ];
    for (const path of paths) {
      const { status, text } = await api(path);
      expect([401, 403, 404], path).toContain(status);
      expect(text, path).not.toMatch(/@|consents|documentId/);
    }
  });

  it('lets nobody register an account', async () => {
    const { status, body } = await api('/api/auth/local/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'mallory', email: 'mallory@example.com', password: 'Str0ng-enough-pass' }),
    });
    expect(status).toBe(400);
    expect(body.error.message).toBe('Register action is currently disabled');
  });

  it('answers a POST without a body to the auth routes with a 400, never a 500', async () => {
    for (const path of ['/api/auth/local', '/api/auth/forgot-password', '/api/auth/reset-password', '/api/auth/send-email-confirmation']) {
      const { status, body } = await api(path, { method: 'POST' });
      expect(status, path).toBe(400);
      expect(body.error.name, path).toBe('ValidationError');
    }
  });
});

describe('logins are rate-limited', () => {
  // A CMS of its own: the limiter counts per client address, and every test here comes from 127.0.0.1.
  let cms: Awaited<ReturnType<typeof startCms>>;
  beforeAll(async () => {
    cms = await startCms({ SEED: 'false' });
  }, 120_000);
  afterAll(async () => {
    await cms?.stop();
  });

  it.each([
    ['/api/auth/local', { identifier: 'nobody@example.com', password: 'wrong-password-1' }],
    ['/admin/login', { email: 'nobody@example.com', password: 'wrong-password-1' }],
  ])('%s answers 429 after repeated failures', async (path, body) => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const response = await fetch(`${cms.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 3).every((s) => s === 400 || s === 401)).toBe(true);
    expect(statuses).toContain(429);
  });
});

describe('security headers', () => {
  it('sends a strict CSP with Trusted Types on our own pages', async () => {
    for (const path of ['/demo/', '/demo/tranbjerg-skole']) {
      const { status, headers } = await api(path);
      expect(status, path).toBe(200);
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("require-trusted-types-for 'script'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
      expect(csp).toContain("frame-ancestors 'self'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('lets any site frame the embed pages, and nothing else', async () => {
    const { headers } = await api('/embed/');
    expect(headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(headers.get('x-frame-options')).toBeNull();
    expect((await api('/demo/')).headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('sends a CSP and HSTS on the API and the admin routes', async () => {
    for (const path of ['/api/widget/v1/entry-point', '/admin/init']) {
      const { headers } = await api(path);
      expect(headers.get('content-security-policy'), path).toMatch(/default-src/);
      expect(headers.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('serves uploads sandboxed, never as a page', async () => {
    const story = (await api('/api/widget/v1/stories/boersteventer-tandsundhed-gellerup')).body;
    const { headers } = await api(story.hero.url);
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-disposition')).toBe('inline');
  });
});

describe('uploads', () => {
  const upload = async (token: string, name: string, type: string, bytes: Uint8Array) => {
    const form = new FormData();
    form.append('files', new Blob([bytes], { type }), name);
    return api('/api/upload', { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  };

  it('refuses SVG and HTML on the upload route, and takes a JPEG', async () => {
    const token = await fullAccessToken();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
    expect((await upload(token, 'x.svg', 'image/svg+xml', svg)).status).toBe(400);
    expect((await upload(token, 'x.html', 'text/html', html)).status).toBe(400);

    const { default: sharp } = await import('sharp');
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    const ok = await upload(token, 'ok.jpg', 'image/jpeg', jpeg);
    expect(ok.status).toBe(201);
    const { strapi } = await startStrapi();
    await strapi.plugin('upload').service('upload').remove(ok.body[0]);
  });
});

describe('secrets', () => {
  it('refuses to start in production with development secrets', async () => {
    // The test run's secrets are generated development secrets (dev-...).
    await expect(startCms({ NODE_ENV: 'production', SEED: 'false' })).rejects.toThrow(/exited with code [1-9]/);
  }, 120_000);
});
