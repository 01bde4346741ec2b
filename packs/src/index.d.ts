/** Types of @samskab/packs (the library is plain ESM JavaScript; see docs/packs.md). */

export type PhotoUse = 'print' | 'social';
export type RightsProblem = 'consent_withdrawn' | 'consent_expired' | 'not_allowed_for_print' | 'not_allowed_for_social' | string;

export interface Format {
  id: 'poster-a3' | 'poster-a4' | 'flyer-a5' | 'banner' | 'square' | 'story';
  kind: 'print' | 'raster';
  use: PhotoUse;
  template: 'poster' | 'flyer' | 'banner' | 'square' | 'story';
  trimMm?: [number, number];
  bleedMm?: number;
  sizePx?: [number, number];
  file: string;
  labelDa: string;
  labelEn: string;
  titleDa: string;
}

export interface PieceTexts {
  name: string;
  headline: string;
  text: string;
  contact: string;
  cta: string;
}

/** What an institution may write; empty or missing fields take the campaign's and organisation's defaults. */
export interface OwnTexts {
  name?: string | null;
  headline?: string | null;
  text?: string | null;
  contact?: string | null;
}

export interface PackInput {
  campaign: {
    slug: string;
    headline: string;
    pitch?: string | null;
    packHeadline?: string | null;
    packText?: string | null;
    ctaKind?: 'signup' | 'link' | null;
    ctaLabel?: string | null;
    ctaUrl?: string | null;
  };
  organisation: {
    slug: string;
    name: string;
    contact?: { name?: string | null; email?: string | null; phone?: string | null; url?: string | null } | null;
  };
  photo: {
    bytes: Uint8Array;
    title?: string;
    credit?: string | null;
    focal?: { x: number; y: number };
    /** Per use, null when allowed, else the reason (from consentProblem in the CMS). */
    rights: { print?: RightsProblem | null; social?: RightsProblem | null };
    /** The day the first consent runs out (YYYY-MM-DD), for the read-me. */
    consentUntil?: string | null;
  };
  texts?: OwnTexts;
  links: { cmsUrl: string; integrity?: string | null };
  /** Who made it, for the read-me. */
  madeBy?: string | null;
  date?: Date;
}

export interface PackFile {
  name: string;
  bytes: Uint8Array;
  type: string;
  format?: Format['id'];
}

export interface Pack {
  /** Folder name inside the ZIP, e.g. samskab-stavtrup-dagtilbud-frivillig-for-fremtiden-2026-11-23 */
  name: string;
  zipName: string;
  zip: Uint8Array;
  files: PackFile[];
  texts: PieceTexts;
  signupUrl: string;
  photoSize: { width: number; height: number };
}

export interface Preview {
  format: Format['id'];
  title: string;
  width: number;
  height: number;
  webp: Buffer;
}

export interface TemplateData {
  texts: PieceTexts;
  credit: string;
  qrUrl: string;
}

export interface Layout {
  unit: 'pt' | 'px';
  width: number;
  height: number;
  bleed: number;
  nodes: Array<Record<string, any>>;
}

export class PackError extends Error {
  constructor(code: string, message: string, options?: { field?: string; messageEn?: string; status?: number; details?: Record<string, unknown> });
  readonly code: string;
  readonly field?: string;
  readonly messageEn: string;
  readonly status: number;
  readonly details: Record<string, any>;
  toJSON(): { status: number; code: string; message: string; messageEn: string; field?: string; details?: Record<string, unknown> };
}

export const brand: {
  readonly name: string;
  readonly sender: string;
  readonly colors: Readonly<Record<string, string>>;
  readonly fonts: { readonly family: string; readonly licence: string; readonly regular: string; readonly bold: string };
};
export const MM: number;
export const FORMATS: readonly Format[];
export const TEXT_FIELDS: Readonly<Record<'name' | 'headline' | 'text' | 'contact', number>>;
export function format(id: string): Format;
export function layout(data: TemplateData, format: Format): Layout;
export function photoPixels(format: Format, dpi?: number): { width: number; height: number };
export function rightsError(title: string, reason: string): PackError;
export function makePack(input: PackInput): Promise<Pack>;
export function makePiece(input: PackInput, id: Format['id']): Promise<PackFile>;
export function previewPack(
  input: PackInput,
  options?: { printDpi?: number; screenWidth?: number; photoSide?: number },
): Promise<{ texts: PieceTexts; signupUrl: string; previews: Preview[] }>;
export function planPack(input: PackInput): { texts: PieceTexts; signup: string; data: TemplateData; layouts: { format: Format; layout: Layout }[] };
export function writePack(pack: Pack, outDir: string): Promise<{ zip: string; folder: string }>;
export function checkRights(photo: PackInput['photo']): void;
export function checkPhotoSize(size: { width: number; height: number }, title?: string): void;
export function printNeeds(): { format: Format; width: number; height: number }[];
export function packName(input: Pick<PackInput, 'campaign' | 'organisation'>, date?: Date): string;
export function pieceTexts(input: PackInput): PieceTexts;
export function defaultContact(organisation: PackInput['organisation']): string;
export function signupUrl(campaign: PackInput['campaign'], organisation: PackInput['organisation'], publicUrl: string): string;
export function photoSize(bytes: Uint8Array): Promise<{ width: number; height: number }>;
export function decodePhoto(bytes: Uint8Array, focal?: { x: number; y: number }, maxSide?: number): Promise<{ data: Buffer; width: number; height: number; focal: { x: number; y: number } }>;
export function cropRegion(photo: { width: number; height: number; focal: { x: number; y: number } }, width: number, height: number): { left: number; top: number; width: number; height: number; scale: number };
export function rasterise(layout: Layout, photo: Awaited<ReturnType<typeof decodePhoto>>, options?: { dpi?: number; bleed?: boolean }): Promise<{ data: Buffer; info: { width: number; height: number; channels: number } }>;
export function encode(raw: { data: Buffer; info: { width: number; height: number; channels: number } }, type: 'jpeg' | 'webp' | 'png', quality?: number): Promise<Buffer>;
export function toPdf(layout: Layout, photoJpeg: Uint8Array, meta: { title: string; subject?: string; date: Date }): Promise<Uint8Array>;
export function qrPath(url: string): { size: number; path: string };
