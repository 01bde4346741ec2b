/**
 * @samskab/packs: communication packs (posters, flyers, banners) for an
 * institution, from a campaign and a rights-cleared photo. See docs/packs.md.
 */
export { brand, MM } from './brand.js';
export { PackError, rightsError } from './errors.js';
export { FORMATS, format, layout, photoPixels } from './templates/index.js';
export { makePack, makePiece, previewPack, planPack, writePack, checkRights, checkPhotoSize, printNeeds, packName } from './pack.js';
export { pieceTexts, defaultContact, signupUrl, TEXT_FIELDS } from './texts.js';
export { rasterise, encode } from './render/raster.js';
export { toPdf } from './render/pdf.js';
export { decodePhoto, photoSize, cropRegion } from './photo.js';
export { qrPath } from './qr.js';
