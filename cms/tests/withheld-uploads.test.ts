import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStrapi } from './support/strapi';

/**
 * A photo whose consent has been withdrawn or has run out is not served as a
 * file either: the original and every rendition under /uploads/ answer 404,
 * however the path is written. Everything this file creates is deleted again.
 */
let strapi: any;
let base: string;
let work: string;
const created = { photos: [] as string[], uploads: [] as any[] };

/** The status of a request with the path sent exactly as written (fetch would normalise `./` and `//`). */
function statusOf(rawPath: string, method = 'GET'): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: rawPath, method }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

const fileUrls = (image: any): string[] => [image.url, ...Object.values(image.formats ?? {}).map((format: any) => format.url)];

beforeAll(async () => {
  ({ strapi, base } = await startStrapi());
  work = await mkdtemp(path.join(tmpdir(), 'samskab-withheld-test-'));
});

afterAll(async () => {
  for (const documentId of created.photos) await strapi.documents('api::photo-asset.photo-asset').delete({ documentId }).catch(() => {});
  for (const file of created.uploads) await strapi.plugin('upload').service('upload').remove(file).catch(() => {});
  await rm(work, { recursive: true, force: true });
});

describe('files of photos whose consent has lapsed', () => {
  it('withholds every file of the hero of velkomsthuset, whose consent has expired, however the path is written', async () => {
    const photos = await strapi.db.query('api::photo-asset.photo-asset').findMany({ populate: ['image'] });
    const expired = photos.find((p: any) => p.title === 'Fællesspisning i Velkomsthuset');
    expect(expired, 'the seeded photo with expired consent').toBeTruthy();
    const urls = fileUrls(expired.image);
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) {
      expect(await statusOf(url), url).toBe(404);
      expect(await statusOf(url, 'HEAD'), url).toBe(404);
    }
    const name = expired.image.url.slice('/uploads/'.length);
    for (const variant of [`/uploads/./${name}`, `/uploads//${name}`, `/uploads/x/../${name}`, `/uploads/%${name.charCodeAt(0).toString(16)}${name.slice(1)}`, `/uploads/${name}?v=1`]) {
      expect(await statusOf(variant), variant).toBe(404);
    }
  });

  it('serves the files of a photo whose consents hold', async () => {
    const photos = await strapi.db.query('api::photo-asset.photo-asset').findMany({ populate: ['image'] });
    const valid = photos.find((p: any) => p.title === 'Bål i skoven med Stavtrup Dagtilbud');
    expect(valid, 'the seeded photo of the bonfire').toBeTruthy();
    for (const url of fileUrls(valid.image)) expect(await statusOf(url), url).toBe(200);
  });

  it('withholds the files as soon as a consent is withdrawn, and serves them again once the consent is renewed', async () => {
    const filepath = path.join(work, 'samtykke-test.jpg');
    await writeFile(filepath, await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#4d9078' } }).jpeg().toBuffer());
    const [image] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name: 'samtykke-test.jpg' } },
      files: { filepath, originalFilename: 'samtykke-test.jpg', mimetype: 'image/jpeg', size: 1000 },
    });
    created.uploads.push(image);
    const consent = { personName: 'Testperson', givenAt: '2026-01-01', expiresAt: '2099-01-01' };
    const photo = await strapi.documents('api::photo-asset.photo-asset').create({
      locale: 'da',
      data: { title: 'Samtykketest', alt: 'Et grønt testbillede', credit: 'Test', licence: 'own', useWeb: true, image: image.id, consents: [{ ...consent, withdrawn: false }] },
    });
    created.photos.push(photo.documentId);
    const urls = fileUrls(image);
    for (const url of urls) expect(await statusOf(url), url).toBe(200);

    await strapi.documents('api::photo-asset.photo-asset').update({ documentId: photo.documentId, locale: 'da', data: { consents: [{ ...consent, withdrawn: true, withdrawnAt: '2026-12-01' }] } });
    for (const url of urls) expect(await statusOf(url), url).toBe(404);

    await strapi.documents('api::photo-asset.photo-asset').update({ documentId: photo.documentId, locale: 'da', data: { consents: [{ ...consent, givenAt: '2026-12-02', withdrawn: false }] } });
    for (const url of urls) expect(await statusOf(url), url).toBe(200);

    // A second photo record of the same file, with its consent withdrawn: the first one still
    // holds, and the widget API shows it, so its files stay served.
    const twin = await strapi.documents('api::photo-asset.photo-asset').create({
      locale: 'da',
      data: { title: 'Samtykketest, kopi', alt: 'Et grønt testbillede', credit: 'Test', licence: 'own', useWeb: true, image: image.id, consents: [{ ...consent, withdrawn: true, withdrawnAt: '2026-12-01' }] },
    });
    created.photos.push(twin.documentId);
    for (const url of urls) expect(await statusOf(url), url).toBe(200);
  });
});
