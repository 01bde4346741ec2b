import type { Core } from '@strapi/strapi';
import { consentProblem, type PhotoAssetRecord } from '../../widget/lib/photos';
import { internalWrite } from './builder';

/**
 * When a photo's consent is withdrawn or runs out, every pack that used it
 * must come down. For each such pack that has not been told yet: its files are
 * deleted from the CMS, the organisation's coordinator gets one email listing
 * its packs, and both the pack (`takedowns`, `takenDownAt`) and the photo
 * (`takedownLog`, shown in the admin) record what was done.
 *
 * Runs right after a photo asset is saved (photo-asset/index.ts) and once a
 * day for consents that simply expired (pack/index.ts). A mail that could not
 * be sent is tried again on the next run; the rest is done once.
 */

type Row = Record<string, any>;

export interface TakedownEntry {
  photo: string;
  photoTitle: string;
  reason: string;
  at: string;
  filesDeleted: number;
  emailedTo: string | null;
  emailed: boolean;
  error?: string;
}

const PACK = 'api::pack.pack';
const PHOTO = 'api::photo-asset.photo-asset';

const REASON_DA: Record<string, string> = {
  consent_withdrawn: 'en person på fotoet har trukket sit samtykke tilbage',
  consent_expired: 'samtykket fra personerne på fotoet er udløbet',
};

const stamp = (iso: string) => iso.slice(0, 16).replace('T', ' ');

const takedown = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (uid: string) => strapi.documents(uid as never) as any;

  async function mail(to: string, subject: string, text: string): Promise<string | null> {
    try {
      await strapi.plugin('email').service('email').send({ to, subject, text });
      return null;
    } catch (error: any) {
      return String(error?.message ?? error);
    }
  }

  /** Takes down every pack that used the photo, if its consent has ended. Returns what it did. */
  async function forPhoto(documentId: string) {
    const photo = (await docs(PHOTO).findFirst({
      locale: 'da',
      filters: { documentId },
      fields: ['title', 'takedownLog'],
      populate: { consents: { fields: ['expiresAt', 'withdrawn'] } },
    })) as Row | null;
    if (!photo) return { photo: documentId, reason: null, packs: [] as Row[] };
    const problem = consentProblem({ ...(photo as PhotoAssetRecord), usePrint: true }, 'print');
    if (problem !== 'consent_withdrawn' && problem !== 'consent_expired') return { photo: documentId, reason: null, packs: [] as Row[] };

    const packs = (await docs(PACK).findMany({
      filters: { photos: { documentId } },
      fields: ['createdAt', 'createdByName', 'channel', 'takedowns'],
      populate: {
        organisation: { fields: ['slug', 'name'], populate: { contact: true } },
        campaign: { fields: ['headline'] },
        files: { fields: ['id', 'name', 'url'] },
      },
      sort: ['createdAt:asc'],
      limit: -1,
    })) as Row[];

    const now = new Date().toISOString();
    const due = packs.filter((p) => !(p.takedowns ?? []).some((t: TakedownEntry) => t.photo === documentId && t.emailed));
    const byOrganisation = new Map<string, Row[]>();
    for (const pack of due) {
      const key = pack.organisation?.slug ?? '';
      byOrganisation.set(key, [...(byOrganisation.get(key) ?? []), pack]);
    }

    const log: string[] = [];
    for (const [, group] of byOrganisation) {
      const organisation = group[0].organisation ?? {};
      // The coordinator's address is private: read it past the document service's field checks.
      const row = organisation.documentId
        ? ((await strapi.db.query('api::organisation.organisation' as never).findOne({ where: { documentId: organisation.documentId }, select: ['coordinatorEmail'] } as never)) as Row | null)
        : null;
      const to: string | null = row?.coordinatorEmail || organisation.contact?.email || null;
      const list = group
        .map((p) => `- ${p.campaign?.headline ?? 'kampagne'}: pakke lavet ${stamp(new Date(p.createdAt).toISOString())}${p.createdByName ? ` af ${p.createdByName}` : ''} (id ${p.documentId})`)
        .join('\n');
      const text = [
        `Kære frivilligkoordinator i ${organisation.name ?? 'institutionen'}`,
        '',
        `Fotoet "${photo.title}" må ikke længere bruges: ${REASON_DA[problem]}.`,
        '',
        'I har lavet materiale med fotoet i Samskab:',
        list,
        '',
        'Tag plakater og flyers med fotoet ned, og fjern webbannere og opslag på hjemmeside, nyhedsbrev, forældreintra og sociale medier hurtigst muligt.',
        'Pakkens filer er slettet fra Samskab. Lav en ny pakke med et andet foto i institutionsportalen.',
        '',
        'Venlig hilsen',
        'Frivilligteamet, Aarhus Kommune',
      ].join('\n');
      const error = to ? await mail(to, `Tag materiale ned: fotoet "${photo.title}" må ikke længere bruges`, text) : 'ingen e-mailadresse på institutionen';

      for (const pack of group) {
        // The files go once; a mail that failed is tried again next time.
        const already = (pack.takedowns ?? []).find((t: TakedownEntry) => t.photo === documentId);
        let filesDeleted = already?.filesDeleted ?? 0;
        if (!already) {
          for (const file of pack.files ?? []) {
            const upload = await strapi.db.query('plugin::upload.file' as never).findOne({ where: { id: file.id } } as never);
            if (upload) {
              await strapi.plugin('upload').service('upload').remove(upload);
              filesDeleted += 1;
            }
          }
        }
        const entry: TakedownEntry = { photo: documentId, photoTitle: photo.title, reason: problem, at: now, filesDeleted, emailedTo: to, emailed: !error, ...(error && { error }) };
        const takedowns = [...(pack.takedowns ?? []).filter((t: TakedownEntry) => t.photo !== documentId), entry];
        await internalWrite.run(true, () => docs(PACK).update({ documentId: pack.documentId, data: { takedowns, takenDownAt: pack.takenDownAt ?? now, files: [] } }));
      }
      log.push(`${organisation.name ?? '?'}: ${group.length} ${group.length === 1 ? 'pakke' : 'pakker'} (${group.map((p) => p.documentId).join(', ')}); ${error ? `e-mail IKKE sendt (${error}), prøves igen i nat` : `e-mail sendt til ${to}`}`);
    }

    if (log.length) {
      const entry = `${stamp(now)} · ${REASON_DA[problem]} · ${log.join(' · ')}`;
      const previous = photo.takedownLog ? `${photo.takedownLog}\n` : '';
      // Straight to the database: the hook on photo assets must not run again for its own note.
      await strapi.db.query(PHOTO as never).updateMany({ where: { documentId }, data: { takedownLog: `${previous}${entry}` } } as never);
      strapi.log.info(`packs: photo "${photo.title}" (${documentId}): ${entry}`);
    }
    return { photo: documentId, reason: problem, packs: due.map((p) => p.documentId as string) };
  }

  return {
    forPhoto,

    /** The daily run: every photo that is in a pack and whose consent has ended. */
    async checkAll() {
      const used = (await docs(PACK).findMany({ fields: ['documentId'], populate: { photos: { fields: ['documentId'] } }, limit: -1 })) as Row[];
      const ids = [...new Set(used.flatMap((p) => (p.photos ?? []).map((ph: Row) => ph.documentId as string)))];
      const results = [];
      for (const id of ids) {
        const result = await forPhoto(id);
        if (result.packs.length) results.push(result);
      }
      return results;
    },
  };
};

export default takedown;
export type PackTakedown = ReturnType<typeof takedown>;
