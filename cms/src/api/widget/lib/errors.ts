/** An error the widget API answers with a JSON body and a 4xx status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
    readonly accepts?: string,
  ) {
    super(message);
  }

  toJSON() {
    const { status, code, message, parameter, accepts } = this;
    return { error: { status, code, message, ...(parameter && { parameter }), ...(accepts && { accepts }) } };
  }
}

export const notFound = (what: string, slug: string) =>
  new ApiError(404, 'not_found', `No published ${what} with the slug "${slug}".`, 'slug');

/** Published in Danish, the default, but not (yet) in the language asked for. */
export const notTranslated = (what: string, locale: string) =>
  new ApiError(404, 'not_translated', `This ${what} is not published in "${locale}"; it is in "da".`, 'locale', 'da');

export const badParameter = (parameter: string, accepts: string, message?: string) =>
  new ApiError(400, 'bad_parameter', message ?? `The parameter "${parameter}" is not valid.`, parameter, accepts);
