import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type * as Packs from '@samskab/packs';

/**
 * The packs library (@samskab/packs) is plain ESM; the compiled CMS is
 * CommonJS, and Node >= 20.19 loads ESM through require(), which is what
 * TypeScript makes of this import().
 */
export type PacksLib = typeof Packs;
export type PackInput = Packs.PackInput;
export type PackErrorLike = Packs.PackError;

let loading: Promise<PacksLib> | undefined;
export function packs(): Promise<PacksLib> {
  loading ??= import('@samskab/packs');
  return loading;
}

export function isPackError(error: unknown): error is PackErrorLike {
  return !!error && typeof error === 'object' && (error as { name?: string }).name === 'PackError' && typeof (error as { code?: unknown }).code === 'string';
}

/** The integrity of the widget loader, for the embed snippet (null when the widgets are not built). */
let manifest: { mtimeMs: number; integrity: string | null } | undefined;
export function loaderIntegrity(appRoot: string): string | null {
  const file = path.join(process.env.WIDGETS_DIST ?? path.resolve(appRoot, '..', 'widgets', 'dist'), 'manifest.json');
  try {
    if (!existsSync(file)) return null;
    const { mtimeMs } = statSync(file);
    if (manifest?.mtimeMs !== mtimeMs) {
      const parsed = JSON.parse(readFileSync(file, 'utf8'));
      manifest = { mtimeMs, integrity: parsed?.files?.[parsed.entry ?? 'samskab.js']?.integrity ?? null };
    }
    return manifest.integrity;
  } catch {
    return null;
  }
}
