import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { PackError, rightsError } from './errors.js';
import { imageWork } from './limit.js';
import { cropRegion, croppedPhoto, decodePhoto, photoSize } from './photo.js';
import { encode, rasterise } from './render/raster.js';
import { toPdf } from './render/pdf.js';
import { FORMATS, layout, photoPixels } from './templates/index.js';
import { TEXT_FIELDS, pieceTexts, readyTexts, signupUrl } from './texts.js';
import { charsThatFit, tooLong, tooLongError } from './templates/blocks.js';

/**
 * Making a pack: check the input (rights, texts, photo size) before any image
 * work, then draw every piece from the same template data, write the ready
 * texts and zip it all. Nothing is written to disk here: `writePack` does that,
 * all or nothing.
 */

const PRINT_DPI = 300;

/** @param {import('./index.js').PackInput} input */
function check(input) {
  if (!input || typeof input !== 'object') throw new PackError('bad_input', 'Der mangler oplysninger til pakken.', { messageEn: 'The pack has no input.' });
  if (!input.campaign?.slug) throw new PackError('unknown_campaign', 'Vælg en kampagne.', { field: 'campaign', messageEn: 'Choose a campaign.', status: 404 });
  if (!input.organisation?.slug) throw new PackError('unknown_organisation', 'Vælg en institution.', { field: 'organisation', messageEn: 'Choose an institution.', status: 404 });
  if (!input.photo?.bytes?.length) throw new PackError('missing_photo', 'Vælg et foto fra biblioteket.', { field: 'photo', messageEn: 'Choose a photo from the library.', status: 404 });
}

/** The photo may be used for every piece in the pack, or the first reason why not. */
export function checkRights(photo) {
  for (const use of ['print', 'social']) {
    const problem = photo.rights?.[use];
    if (problem) throw rightsError(photo.title ?? 'uden titel', problem);
  }
}

/** The pixels each print piece needs at 300 dpi, largest first. */
export function printNeeds() {
  return FORMATS.filter((f) => f.kind === 'print').map((f) => ({ format: f, ...photoPixels(f, PRINT_DPI) }));
}

/** Refuses a photo too small for any print piece at 300 dpi, naming the size it needs. */
export function checkPhotoSize(size, title = 'fotoet') {
  for (const need of printNeeds()) {
    if (size.width < need.width || size.height < need.height) {
      throw new PackError(
        'photo_too_small',
        `Fotoet "${title}" er for lille til ${need.format.labelDa} i 300 dpi: det skal være mindst ${need.width} × ${need.height} pixel, og det er ${size.width} × ${size.height}. Vælg et større foto.`,
        {
          field: 'photo',
          messageEn: `The photo "${title}" is too small for ${need.format.labelEn} at 300 dpi: it must be at least ${need.width} x ${need.height} pixels, and it is ${size.width} x ${size.height}. Choose a larger photo.`,
          status: 422,
          details: { needWidth: need.width, needHeight: need.height, width: size.width, height: size.height },
        },
      );
    }
  }
}

/**
 * The texts and layouts of every piece, or every text problem at once
 * (`PackError` with `details.problems`, one per field, with how many characters fit).
 * @param {import('./index.js').PackInput} input
 */
export function planPack(input) {
  const texts = pieceTexts(input);
  // Far longer than any piece holds: measure only the first `cap` characters,
  // but say how long the text really is.
  const lengths = {};
  const measured = { ...texts };
  for (const [field, cap] of Object.entries(TEXT_FIELDS)) {
    const chars = Array.from(texts[field]);
    lengths[field] = chars.length;
    if (chars.length > cap) measured[field] = chars.slice(0, cap).join('');
  }
  const signup = signupUrl(input.campaign, input.organisation, input.links.cmsUrl);
  const data = { texts, credit: input.photo.credit ?? '', qrUrl: signup };
  /** @type {PackError[]} */
  const problems = [];
  // Lay every piece out; when a text does not fit, note it, and go on with
  // the part that fits so that the other fields are checked too.
  const trial = { ...data, texts: { ...measured } };
  for (let round = 0; round < 8; round += 1) {
    const failure = firstFailure(trial);
    if (!failure) break;
    const { fits, maxLines, piece, pieceEn } = failure.details;
    problems.push(tooLongError(failure.field, fits, lengths[failure.field] ?? Array.from(trial.texts[failure.field]).length, { maxLines, pieceDa: piece, pieceEn }));
    const fit = failure.details.fits;
    trial.texts[failure.field] = Array.from(trial.texts[failure.field]).slice(0, Number(fit)).join('').trimEnd();
  }
  if (problems.length) {
    // A field that failed on several pieces: the last (smallest) limit is the one that holds.
    const byField = [...new Map(problems.map((p) => [p.field, p])).values()];
    const first = byField[0];
    throw new PackError(first.code, first.message, { field: first.field, messageEn: first.messageEn, details: { ...first.details, problems: byField.map((p) => p.toJSON()) } });
  }
  return { texts, signup, data, layouts: FORMATS.map((f) => ({ format: f, layout: layout(data, f) })) };
}

function firstFailure(data) {
  for (const f of FORMATS) {
    try {
      layout(data, f);
    } catch (error) {
      if (error instanceof PackError && error.code === 'text_too_long') return error;
      throw error;
    }
  }
  return null;
}

/**
 * Makes a whole pack in memory.
 * @param {import('./index.js').PackInput} input
 * @returns {Promise<import('./index.js').Pack>}
 */
export async function makePack(input) {
  check(input);
  checkRights(input.photo);
  const plan = planPack(input);
  const size = await photoSize(input.photo.bytes);
  checkPhotoSize(size, input.photo.title);
  const date = input.date ?? new Date();

  const files = await imageWork(async () => {
    const photo = await decodePhoto(input.photo.bytes, input.photo.focal);
    /** @type {{ name: string, bytes: Uint8Array, type: string, format?: string }[]} */
    const out = [];
    for (const { format, layout: l } of plan.layouts) {
      if (format.kind === 'print') {
        const px = photoPixels(format, PRINT_DPI);
        const jpeg = await croppedPhoto(photo, px.width, px.height).jpeg({ quality: 90, chromaSubsampling: '4:4:4' }).withMetadata({ density: PRINT_DPI }).toBuffer();
        const pdf = await toPdf(l, jpeg, { title: `${format.titleDa}: ${plan.texts.headline} (${plan.texts.name})`, subject: input.campaign.headline, date });
        out.push({ name: `${format.file}.pdf`, bytes: pdf, type: 'application/pdf', format: format.id });
      } else {
        const raw = await rasterise(l, photo);
        out.push({ name: `${format.file}.jpg`, bytes: await encode(raw, 'jpeg'), type: 'image/jpeg', format: format.id });
        out.push({ name: `${format.file}.webp`, bytes: await encode(raw, 'webp'), type: 'image/webp', format: format.id });
      }
    }
    return out;
  });

  const names = [...files.map((f) => f.name), 'tekst-nyhedsbrev.txt', 'tekst-kort.txt', 'indlejring.html', 'LAES-MIG.txt'];
  const words = readyTexts({ ...input, date }, plan.texts, { signup: plan.signup, files: names });
  const text = (name, body, type) => ({ name, bytes: strToU8(body.replace(/\n/g, '\r\n')), type });
  files.push(
    text('tekst-nyhedsbrev.txt', words.newsletter, 'text/plain; charset=utf-8'),
    text('tekst-kort.txt', words.short, 'text/plain; charset=utf-8'),
    { name: 'indlejring.html', bytes: strToU8(words.embed), type: 'text/html; charset=utf-8' },
    text('LAES-MIG.txt', words.readme, 'text/plain; charset=utf-8'),
  );

  const folder = packName(input, date);
  const mtime = date;
  const zip = zipSync(
    Object.fromEntries(files.map((f) => [`${folder}/${f.name}`, [f.bytes, { level: /\.(pdf|jpg|webp)$/.test(f.name) ? 0 : 6, mtime }]])),
    { mtime },
  );
  return { name: folder, zipName: `${folder}.zip`, zip, files, texts: plan.texts, signupUrl: plan.signup, photoSize: size };
}

/**
 * One piece on its own (for example the A3 poster), with the same checks as a
 * whole pack: a PDF for print pieces, a JPEG for screen pieces.
 * @param {import('./index.js').PackInput} input
 * @param {string} id a format id, e.g. 'poster-a3'
 */
export async function makePiece(input, id) {
  check(input);
  checkRights(input.photo);
  const plan = planPack(input);
  const { format, layout: l } = plan.layouts.find((x) => x.format.id === id) ?? {};
  if (!format) throw new PackError('unknown_format', `Formatet "${id}" findes ikke.`, { messageEn: `There is no format "${id}".` });
  checkPhotoSize(await photoSize(input.photo.bytes), input.photo.title);
  return imageWork(async () => {
    const photo = await decodePhoto(input.photo.bytes, input.photo.focal);
    if (format.kind === 'print') {
      const px = photoPixels(format, PRINT_DPI);
      const jpeg = await croppedPhoto(photo, px.width, px.height).jpeg({ quality: 90, chromaSubsampling: '4:4:4' }).withMetadata({ density: PRINT_DPI }).toBuffer();
      const pdf = await toPdf(l, jpeg, { title: `${format.titleDa}: ${plan.texts.headline} (${plan.texts.name})`, subject: input.campaign.headline, date: input.date ?? new Date() });
      return { name: `${format.file}.pdf`, bytes: pdf, type: 'application/pdf', format: format.id };
    }
    return { name: `${format.file}.jpg`, bytes: await encode(await rasterise(l, photo), 'jpeg'), type: 'image/jpeg', format: format.id };
  });
}

/** `samskab-<organisation>-<campaign>-<yyyy-mm-dd>` */
export function packName(input, date = new Date()) {
  const safe = (s) => String(s).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'x';
  return `samskab-${safe(input.organisation.slug)}-${safe(input.campaign.slug)}-${date.toISOString().slice(0, 10)}`;
}

/**
 * Writes a pack into `outDir`: the ZIP and a folder with the same files. It is
 * made in a temporary folder next to them and moved into place at the end, so
 * a failure leaves nothing behind.
 * @returns {Promise<{ zip: string, folder: string }>}
 */
export async function writePack(pack, outDir) {
  await mkdir(outDir, { recursive: true });
  const tmp = await mkdtemp(path.join(outDir, '.samskab-pack-'));
  const zipPath = path.join(outDir, pack.zipName);
  const folderPath = path.join(outDir, pack.name);
  try {
    await mkdir(path.join(tmp, pack.name));
    for (const file of pack.files) await writeFile(path.join(tmp, pack.name, file.name), file.bytes);
    await writeFile(path.join(tmp, pack.zipName), pack.zip);
    await rm(folderPath, { recursive: true, force: true });
    await rename(path.join(tmp, pack.name), folderPath);
    await rename(path.join(tmp, pack.zipName), zipPath);
    return { zip: zipPath, folder: folderPath };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Small previews of every piece (WebP), from the same layouts as the pack:
 * print pieces trimmed, at `printDpi`; screen pieces scaled to `screenWidth`.
 * @param {import('./index.js').PackInput} input
 */
export async function previewPack(input, { printDpi = 36, screenWidth = 480, photoSide = 1400 } = {}) {
  check(input);
  checkRights(input.photo);
  const plan = planPack(input);
  return imageWork(async () => {
    const photo = await decodePhoto(input.photo.bytes, input.photo.focal, photoSide);
    const previews = [];
    for (const { format, layout: l } of plan.layouts) {
      const raw = await rasterise(l, photo, { dpi: printDpi });
      let image = raw;
      if (format.kind !== 'print' && raw.info.width > screenWidth) {
        const sharp = (await import('sharp')).default;
        const { data, info } = await sharp(raw.data, { raw: raw.info }).resize(screenWidth).raw().toBuffer({ resolveWithObject: true });
        image = { data, info };
      }
      previews.push({ format: format.id, title: format.titleDa, width: image.info.width, height: image.info.height, webp: await encode(image, 'webp', 70) });
    }
    return { texts: plan.texts, signupUrl: plan.signup, previews };
  });
}

export { cropRegion, charsThatFit, tooLong };
