import { SamskabApiError } from '../../base/api-client.js';

/**
 * The institution portal's requests: `POST /api/auth/local` to log in, then
 * `/api/portal/...` with the login's JWT in the Authorization header. The JWT
 * lives in this object only (memory): no cookie, no storage, so a reload asks
 * for the login again. Requests go to the API origin only and carry no cookies.
 */
export class PortalClient {
  static timeoutMs = 10_000;
  private token: string | null = null;

  constructor(readonly origin: string) {}

  get loggedIn(): boolean {
    return this.token !== null;
  }

  /** The JWT, for widgets the portal hands it to (the pack builder). */
  get jwt(): string | null {
    return this.token;
  }

  logout(): void {
    this.token = null;
  }

  async login(identifier: string, password: string): Promise<void> {
    const answer = await this.json<{ jwt: string }>('/api/auth/local', { method: 'POST', body: { identifier, password }, auth: false });
    if (typeof answer.jwt !== 'string' || !answer.jwt) throw new SamskabApiError('The login answered without a token', 500, 'invalid-response', '/api/auth/local');
    this.token = answer.jwt;
  }

  async json<T>(path: string, options: { method?: string; body?: unknown; auth?: boolean } = {}): Promise<T> {
    const response = await this.send(path, options);
    const body = (await response.json().catch(() => null)) as (T & { error?: { message?: string; name?: string; status?: number; code?: string; parameter?: string } }) | null;
    if (!response.ok || body === null) {
      const error = body?.error;
      throw new SamskabApiError(error?.message ?? `The API answered ${response.status}`, response.status, error?.code ?? error?.name ?? 'http', path, error?.parameter);
    }
    return body;
  }

  /** A file (the CSV export) as a Blob and the name the server gave it. */
  async file(path: string): Promise<{ blob: Blob; filename: string }> {
    const response = await this.send(path, {});
    if (!response.ok) throw new SamskabApiError(`The API answered ${response.status}`, response.status, 'http', path);
    const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'tilmeldinger.csv';
    return { blob: await response.blob(), filename };
  }

  private async send(path: string, { method = 'GET', body, auth = true }: { method?: string; body?: unknown; auth?: boolean }): Promise<Response> {
    const url = new URL(path, this.origin);
    if (url.origin !== this.origin || !url.pathname.startsWith('/api/')) throw new SamskabApiError('Request outside the API', 0, 'origin', url.href);
    if (auth && !this.token) throw new SamskabApiError('Not logged in', 401, 'unauthorized', url.href);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), PortalClient.timeoutMs);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (auth) headers.authorization = `Bearer ${this.token}`;
    try {
      return await fetch(url.href, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'error',
        signal: controller.signal,
      });
    } catch (cause) {
      throw new SamskabApiError(`The API could not be reached (${String(cause)})`, 0, controller.signal.aborted ? 'timeout' : 'network', url.href);
    } finally {
      clearTimeout(timer);
    }
  }
}
