import type { Core, UID } from '@strapi/strapi';

/**
 * Small helpers over `strapi.documents()` for the seed: find by a field, and
 * create a record in Danish with its English version, published or left as a draft.
 */
type Data = Record<string, unknown>;

export async function findDocumentId(strapi: Core.Strapi, uid: UID.ContentType, field: string, value: string): Promise<string | null> {
  const found = await strapi.documents(uid).findFirst({ filters: { [field]: value }, fields: ['documentId'], status: 'draft' } as any);
  return (found as { documentId?: string } | null)?.documentId ?? null;
}

export async function createDocument(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  versions: { da: Data; en?: Data },
  { publish }: { publish: boolean },
): Promise<string> {
  const localized = !!versions.en;
  const docs = strapi.documents(uid) as any;
  const created = await docs.create({ ...(localized && { locale: 'da' }), data: versions.da });
  if (versions.en) await docs.update({ documentId: created.documentId, locale: 'en', data: versions.en });
  if (publish && strapi.contentType(uid).options?.draftAndPublish) {
    await docs.publish({ documentId: created.documentId, ...(localized && { locale: '*' }) });
  }
  return created.documentId;
}

/** Splits a `{ ...shared, da, en }` seed record into its two locale versions. */
export function localeVersions<T extends { da: Data; en: Data }>(record: T, shared: Data): { da: Data; en: Data } {
  return { da: { ...shared, ...record.da }, en: { ...shared, ...record.en } };
}
