/**
 * Errors a pack can be refused with. Every one has a stable `code`, a Danish
 * `message` that says what is wrong and what to do (institution staff read it),
 * an English `messageEn`, and, where it is about one input, the `field`.
 */
export class PackError extends Error {
  /**
   * @param {string} code
   * @param {string} message Danish, for the person making the pack
   * @param {{ field?: string, messageEn?: string, status?: number, details?: Record<string, unknown> }} [options]
   */
  constructor(code, message, { field, messageEn, status = 400, details } = {}) {
    super(message);
    this.name = 'PackError';
    this.code = code;
    this.field = field;
    this.messageEn = messageEn ?? message;
    this.status = status;
    this.details = details ?? {};
  }

  toJSON() {
    return {
      status: this.status,
      code: this.code,
      message: this.message,
      messageEn: this.messageEn,
      ...(this.field && { field: this.field }),
      ...(Object.keys(this.details).length && { details: this.details }),
    };
  }
}

/** The reasons `consentProblem` (cms/src/api/widget/lib/photos.ts) gives, in words. */
const RIGHTS = {
  consent_withdrawn: {
    da: 'en af de afbildede personer har trukket sit samtykke tilbage',
    en: 'one of the people in it has withdrawn their consent',
  },
  consent_expired: {
    da: 'samtykket fra de afbildede personer er udløbet',
    en: 'the consent of the people in it has expired',
  },
  not_allowed_for_print: {
    da: 'fotoet må ikke bruges på tryk (plakater og flyers)',
    en: 'the photo may not be used in print (posters and flyers)',
  },
  not_allowed_for_social: {
    da: 'fotoet må ikke bruges på sociale medier',
    en: 'the photo may not be used on social media',
  },
  not_allowed_for_web: {
    da: 'fotoet må ikke bruges på nettet',
    en: 'the photo may not be used on the web',
  },
};

/**
 * The refusal for a photo the rights rules do not allow.
 * @param {string} title the photo's title
 * @param {string} reason a code from consentProblem
 */
export function rightsError(title, reason) {
  const words = RIGHTS[/** @type {keyof typeof RIGHTS} */ (reason)] ?? { da: `fotoet må ikke bruges (${reason})`, en: `the photo may not be used (${reason})` };
  return new PackError(
    reason,
    `Fotoet "${title}" kan ikke bruges: ${words.da}. Vælg et andet foto fra biblioteket.`,
    { field: 'photo', messageEn: `The photo "${title}" cannot be used: ${words.en}. Choose another photo from the library.`, status: 422, details: { reason } },
  );
}

/** Danish and English names of the text fields, for messages. */
export const FIELD_NAMES = {
  name: { da: 'Institutionens navn', en: "The institution's name" },
  headline: { da: 'Overskriften', en: 'The headline' },
  text: { da: 'Teksten', en: 'The text' },
  contact: { da: 'Kontaktlinjen', en: 'The contact line' },
};
