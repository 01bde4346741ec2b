import type { ExampleResponse } from '../src/base/examples.js';

export interface RecordedRequest {
  url: URL;
  init: RequestInit | undefined;
}

export type FetchHandler = (url: URL) => ExampleResponse | undefined;

const API_PREFIX = '/api/widget/v1';

/**
 * A handler that answers from an example's recorded responses (matched by path,
 * query ignored); with `origin`, only requests to that API origin.
 */
export function fromResponses(responses: Record<string, ExampleResponse>, origin?: string): FetchHandler {
  return (url) => (origin && url.origin !== origin ? undefined : responses[url.pathname.slice(API_PREFIX.length)]);
}

const original = globalThis.fetch.bind(globalThis);
let handlers: FetchHandler[] = [];
export const requests: RecordedRequest[] = [];

function notFound(url: URL): Response {
  return new Response(
    JSON.stringify({ error: { status: 404, code: 'not_found', message: `No fixture for ${url.pathname}` } }),
    { status: 404, headers: { 'content-type': 'application/json' } },
  );
}

function stubbed(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (!url.pathname.startsWith(API_PREFIX)) return original(input, init);
  requests.push({ url, init });
  let answer: ExampleResponse | undefined;
  for (const handler of [...handlers].reverse()) {
    answer = handler(url);
    if (answer) break;
  }
  const signal = init?.signal;
  if (answer?.hang) {
    return new Promise((_, reject) => {
      const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      if (signal?.aborted) abort();
      signal?.addEventListener('abort', abort, { once: true });
    });
  }
  if (signal?.aborted) return Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
  const response = answer
    ? new Response(JSON.stringify(answer.body), {
        status: answer.status ?? 200,
        headers: { 'content-type': 'application/json' },
      })
    : notFound(url);
  return new Promise((resolve) => setTimeout(() => resolve(response), 0));
}

/**
 * Answers every request to `/api/widget/v1/...` from the handlers (the most
 * recently added first); other requests go to the network. Returns a function
 * that removes the handler.
 */
export function stubFetch(handler: FetchHandler): () => void {
  handlers.push(handler);
  globalThis.fetch = stubbed as typeof fetch;
  return () => {
    handlers = handlers.filter((h) => h !== handler);
  };
}

/** Removes every handler, forgets the recorded requests and restores the real fetch. */
export function restoreFetch(): void {
  handlers = [];
  requests.length = 0;
  globalThis.fetch = original;
}
