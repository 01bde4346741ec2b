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
  return ((globalThis as typeof globalThis & { __samskab?: SamskabGlobal }).__samskab ??= { defined: {} });
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

function originOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return /^https?:$/.test(url.protocol) ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Where the API lives for `el`: its `api` attribute, else `<meta name="samskab-api">`,
 * else the origin samskab.js was loaded from (this module's origin when it was imported directly).
 */
export function resolveApiOrigin(el: Element): string {
  return (
    originOf(el.getAttribute('api')) ??
    originOf(el.ownerDocument?.querySelector<HTMLMetaElement>('meta[name="samskab-api"]')?.content) ??
    originOf(samskabGlobal().scriptUrl) ??
    originOf(import.meta.url) ??
    location.origin
  );
}

/** The loader's response for `href`, if it started one; each is handed out once. */
function takePrefetched(href: string): Promise<Response> | undefined {
  const prefetched = samskabGlobal().prefetched;
  const response = prefetched?.[href];
  if (response) delete prefetched[href];
  return response;
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

  /** Builds the URL of an API path (`/offers`: it starts with a slash); throws if it would leave the API origin. */
  url(path: string, query: Record<string, QueryValue> = {}): URL {
    const url = new URL(`/api/widget/v1${path}`, this.origin);
    if (url.origin !== this.origin) {
      throw new SamskabApiError('Request outside the API origin', 0, 'origin', url.href);
    }
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
    }
    return url;
  }

  async get<T>(path: string, query: Record<string, QueryValue> = {}, signal?: AbortSignal): Promise<T> {
    const href = this.url(path, query).href;
    const apiError = (message: string, code: string, status = 0) => new SamskabApiError(message, status, code, href);
    if (signal?.aborted) throw apiError('Aborted', 'aborted');
    const controller = new AbortController();
    const abort = () => controller.abort();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort();
    }, ApiClient.timeoutMs);
    signal?.addEventListener('abort', abort, { once: true });
    // Rejects once the timer or the caller stops the request: raced with each step,
    // since a prefetched response (and its body) cannot be aborted itself.
    const stopped = new Promise<never>((_, reject) => controller.signal.addEventListener('abort', reject));
    const race = <R>(promise: Promise<R>) => Promise.race([promise, stopped]);
    let response: Response | undefined;
    let body: unknown;
    try {
      response = await race(
        takePrefetched(href) ??
          fetch(href, {
            credentials: 'omit',
            mode: 'cors',
            redirect: 'error',
            headers: { accept: 'application/json' },
            signal: controller.signal,
          }),
      );
      body = await race(response.json());
    } catch (cause) {
      if (timedOut || isTimeout(cause)) throw apiError(`No answer from the API in ${ApiClient.timeoutMs} ms`, 'timeout');
      if (signal?.aborted) throw apiError('Aborted', 'aborted');
      throw response ? apiError(`API answered ${response.status}, not JSON`, 'invalid-response', response.status) : apiError(`API unreachable: ${String(cause)}`, 'network');
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
    if (!response.ok) {
      const problem = (body as Partial<ApiError> | null)?.error;
      throw new SamskabApiError(problem?.message ?? `API answered ${response.status}`, response.status, problem?.code ?? 'http', href, problem?.parameter);
    }
    return body as T;
  }
}
