import type { ApiError } from './api-types.js';

/** The state the loader shares with every widget on the page (one per page, whatever the bundle count). */
export interface SamskabGlobal {
  /** The URL of the first samskab.js loaded on the page. */
  scriptUrl?: string;
  /** Version of the loader that ran first. */
  loader?: string;
  /** tag -> version of the bundle that defined it. */
  defined: Record<string, string>;
  /** URL -> a response the loader asked for while the widget's code was loading; taken once. */
  prefetched?: Record<string, Promise<Response>>;
}

export function samskabGlobal(): SamskabGlobal {
  const g = globalThis as typeof globalThis & { __samskab?: SamskabGlobal };
  g.__samskab ??= { defined: {} };
  return g.__samskab;
}

/** Why a request failed. `code` is the API's code, or `timeout`, `network`, `aborted`, `origin`, `invalid-response`. */
export class SamskabApiError extends Error {
  override readonly name = 'SamskabApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly url: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

function originOf(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base ?? document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Where the API lives for `el`: its `api` attribute, else `<meta name="samskab-api">`,
 * else the origin samskab.js was loaded from (this module's origin when it was imported directly).
 */
export function resolveApiOrigin(el: Element): string {
  const fromAttribute = originOf(el.getAttribute('api'));
  if (fromAttribute) return fromAttribute;
  const meta = el.ownerDocument?.querySelector<HTMLMetaElement>('meta[name="samskab-api"]');
  const fromMeta = originOf(meta?.content);
  if (fromMeta) return fromMeta;
  return originOf(samskabGlobal().scriptUrl) ?? originOf(import.meta.url) ?? location.origin;
}

/** The loader's response for `href`, if it started one; each is handed out once. */
function takePrefetched(href: string): Promise<Response> | undefined {
  const prefetched = samskabGlobal().prefetched;
  const response = prefetched?.[href];
  if (response) delete prefetched[href];
  return response;
}

/** `promise`, or a rejection as soon as `signal` aborts (a prefetched response cannot be aborted itself). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

const isTimeout = (error: unknown) => (error as Error | null)?.name === 'TimeoutError';

export type QueryValue = string | number | null | undefined;

/**
 * A tiny read-only client for `/api/widget/v1/`. Requests go to one origin only,
 * never carry credentials, and give up after {@link ApiClient.timeoutMs}.
 */
export class ApiClient {
  /** Request timeout in milliseconds. Tests may lower it. */
  static timeoutMs = 5000;

  constructor(readonly origin: string) {}

  /** Builds the URL of an API path; throws if it would leave the API origin. */
  url(path: string, query: Record<string, QueryValue> = {}): URL {
    const url = new URL(`/api/widget/v1${path.startsWith('/') ? path : `/${path}`}`, this.origin);
    if (url.origin !== this.origin) {
      throw new SamskabApiError('Request outside the API origin', 0, 'origin', url.href);
    }
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
    }
    return url;
  }

  async get<T>(path: string, query: Record<string, QueryValue> = {}, signal?: AbortSignal): Promise<T> {
    const url = this.url(path, query);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, ApiClient.timeoutMs);
    const onAbort = () => controller.abort();
    if (signal?.aborted) controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    // Why a request or its body stopped, when it was the timer or the caller that stopped it.
    const stopped = (cause: unknown): SamskabApiError | null => {
      if (timedOut || isTimeout(cause)) return new SamskabApiError(`No answer from the API in ${ApiClient.timeoutMs} ms`, 0, 'timeout', url.href);
      return signal?.aborted ? new SamskabApiError('Aborted', 0, 'aborted', url.href) : null;
    };
    try {
      let response: Response;
      try {
        const prefetched = controller.signal.aborted ? undefined : takePrefetched(url.href);
        response = await (prefetched
          ? untilAborted(prefetched, controller.signal)
          : fetch(url.href, {
              credentials: 'omit',
              mode: 'cors',
              redirect: 'error',
              headers: { accept: 'application/json' },
              signal: controller.signal,
            }));
      } catch (cause) {
        throw stopped(cause) ?? new SamskabApiError(`API unreachable: ${String(cause)}`, 0, 'network', url.href);
      }
      let body: unknown;
      try {
        body = await untilAborted(response.json(), controller.signal);
      } catch (cause) {
        throw stopped(cause) ?? new SamskabApiError(`API answered ${response.status}, not JSON`, response.status, 'invalid-response', url.href);
      }
      if (!response.ok) {
        const error = (body as Partial<ApiError> | null)?.error;
        throw new SamskabApiError(
          error?.message ?? `API answered ${response.status}`,
          response.status,
          error?.code ?? 'http',
          url.href,
          error?.parameter,
        );
      }
      return body as T;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}
