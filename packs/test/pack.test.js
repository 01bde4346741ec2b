import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePack, writePack } from '../src/index.js';
import { SIGNUP, input } from './fixtures.js';

/** A whole pack: every file, the ZIP, the ready texts, and writing it all or nothing. */
let pack;
let dir;
beforeAll(async () => {
  pack = await makePack(await input({ texts: { contact: 'Mette · 87 13 31 01' } }));
  dir = await mkdtemp(path.join(tmpdir(), 'samskab-pack-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const FILES = [
  'plakat-A3.pdf',
  'plakat-A4.pdf',
  'flyer-A5.pdf',
  'webbanner-1200x628.jpg',
  'webbanner-1200x628.webp',
  'opslag-kvadrat-1080x1080.jpg',
  'opslag-kvadrat-1080x1080.webp',
  'story-1080x1920.jpg',
  'story-1080x1920.webp',
  'tekst-nyhedsbrev.txt',
  'tekst-kort.txt',
  'indlejring.html',
  'LAES-MIG.txt',
];

describe('a pack', () => {
  it('has every piece, zipped in one folder', () => {
    expect(pack.files.map((f) => f.name)).toEqual(FILES);
    expect(pack.zipName).toBe('samskab-stavtrup-dagtilbud-frivillig-for-fremtiden-2026-11-23.zip');
    const entries = unzipSync(pack.zip);
    expect(Object.keys(entries)).toEqual(FILES.map((f) => `${pack.name}/${f}`));
    for (const file of pack.files) expect(Buffer.from(entries[`${pack.name}/${file.name}`]).equals(Buffer.from(file.bytes))).toBe(true);
  });

  it('has the screen pieces in their sizes as JPEG and WebP', async () => {
    for (const [name, w, h, format] of [
      ['webbanner-1200x628.jpg', 1200, 628, 'jpeg'],
      ['webbanner-1200x628.webp', 1200, 628, 'webp'],
      ['opslag-kvadrat-1080x1080.jpg', 1080, 1080, 'jpeg'],
      ['story-1080x1920.webp', 1080, 1920, 'webp'],
    ]) {
      const meta = await sharp(pack.files.find((f) => f.name === name).bytes).metadata();
      expect([meta.width, meta.height, meta.format]).toEqual([w, h, format]);
    }
  });

  it('has ready texts in Danish: a newsletter post, a short version, the embed snippet and a read-me', () => {
    const text = (name) => strFromU8(pack.files.find((f) => f.name === name).bytes);
    expect(text('tekst-nyhedsbrev.txt')).toMatch(/^Bliv frivillig hos os\r\n\r\nStavtrup Dagtilbud søger frivillige\./);
    expect(text('tekst-nyhedsbrev.txt')).toContain(`Meld dig her: ${SIGNUP}`);
    expect(text('tekst-nyhedsbrev.txt')).toContain('Kontakt os: Mette · 87 13 31 01');
    const short = text('tekst-kort.txt').trim();
    expect(Array.from(short).length).toBeLessThanOrEqual(280);
    expect(short).toContain(SIGNUP);
    expect(text('indlejring.html')).toContain('<samskab-recruitment-banner campaign="frivillig-for-fremtiden" organisation="stavtrup-dagtilbud">');
    expect(text('indlejring.html')).toContain('src="https://cms.example.dk/widgets/v1/samskab.js"');
    const readme = text('LAES-MIG.txt');
    expect(readme).toContain('3 mm beskæring');
    expect(readme).toContain('30. juni 2029');
    expect(readme).toContain('Foto: Aarhus Kommune, Børn og Unge');
  });

  it('escapes the institution\'s texts in the embed snippet', async () => {
    const p = await makePack(await input({ texts: { headline: 'Kom <b>nu</b> & "hjælp"' } }));
    const html = strFromU8(p.files.find((f) => f.name === 'indlejring.html').bytes);
    expect(html).toContain('Kom &lt;b&gt;nu&lt;/b&gt; &amp; &quot;hjælp&quot;');
    expect(html).not.toContain('<b>');
  });

  it('is the same pack for the same input (fonts and layout do not depend on the machine)', async () => {
    const again = await makePack(await input({ texts: { contact: 'Mette · 87 13 31 01' } }));
    for (const file of pack.files.filter((f) => /\.(pdf|txt|html)$/.test(f.name))) {
      expect(Buffer.from(again.files.find((f) => f.name === file.name).bytes).equals(Buffer.from(file.bytes)), file.name).toBe(true);
    }
  });
});

describe('writing a pack', () => {
  it('writes the ZIP and the folder into the out directory', async () => {
    const out = path.join(dir, 'out');
    const written = await writePack(pack, out);
    expect((await readdir(out)).sort()).toEqual([pack.name, pack.zipName].sort());
    expect((await readdir(written.folder)).sort()).toEqual([...FILES].sort());
    expect((await readFile(written.zip)).length).toBe(pack.zip.length);
  });

  it('leaves nothing behind when it fails half way', async () => {
    const out = path.join(dir, 'broken');
    const broken = { ...pack, files: [...pack.files.slice(0, 3), { name: 'no/such/folder/x.pdf', bytes: new Uint8Array(3) }] };
    await expect(writePack(broken, out)).rejects.toThrow();
    expect(await readdir(out)).toEqual([]);
  });

  it('replaces an earlier copy of the same pack', async () => {
    const out = path.join(dir, 'again');
    await writePack(pack, out);
    await writeFile(path.join(out, pack.name, 'stale.txt'), 'old');
    await writePack(pack, out);
    expect(await readdir(path.join(out, pack.name))).not.toContain('stale.txt');
  });
});
