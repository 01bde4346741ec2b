import { isIPv4, isIPv6 } from 'node:net';

/**
 * Rate limiting for the public sign-up endpoint: a fixed window per client
 * address. Counts live in a store behind a small interface so that several CMS
 * instances can share them: in memory (one instance), or in the instances' shared
 * Redis (rate-limit-redis.ts, the default when REDIS_URL is set). Another store
 * is one new file implementing `RateLimitStore`, added to `STORES` below and
 * chosen with SIGNUP_RATE_LIMIT_STORE.
 */
export interface RateLimitStore {
  /**
   * Counts one request for `key` in the window of `windowMs` that is running
   * (or starts one); answers how many requests the window has seen, this one
   * included, and when it ends (epoch ms).
   */
  hit(key: string, windowMs: number): Promise<{ count: number; resetAt: number }>;
  /** Forgets `key`, or every key. */
  reset(key?: string): Promise<void>;
  /** Releases connections or timers. */
  close(): Promise<void>;
}

/** Counts in this process only. Bounded: expired windows are swept, and the oldest keys dropped past `maxKeys`. */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private lastSweep = Date.now();

  constructor(private readonly maxKeys = 100_000) {}

  async hit(key: string, windowMs: number) {
    const now = Date.now();
    if (now - this.lastSweep > windowMs || this.windows.size >= this.maxKeys) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.windows.delete(key);
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetAt: window.resetAt };
  }

  async reset(key?: string) {
    if (key === undefined) this.windows.clear();
    else this.windows.delete(key);
  }

  async close() {
    this.windows.clear();
  }

  private sweep(now: number) {
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
    // Still full (many addresses at once): drop the oldest windows first.
    for (const key of this.windows.keys()) {
      if (this.windows.size < this.maxKeys) break;
      this.windows.delete(key);
    }
  }
}

/** The stores by name (SIGNUP_RATE_LIMIT_STORE); `redis` is the default when REDIS_URL is set. */
export const STORES: Record<string, () => RateLimitStore> = {
  memory: () => new MemoryRateLimitStore(),
  redis: () => new (require('./rate-limit-redis') as typeof import('./rate-limit-redis')).RedisRateLimitStore(),
};

export function createRateLimitStore(name: string): RateLimitStore {
  const make = STORES[name];
  if (!make) throw new Error(`SIGNUP_RATE_LIMIT_STORE is "${name}"; use one of: ${Object.keys(STORES).join(', ')}.`);
  return make();
}

export interface RateLimitVerdict {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window ends (for Retry-After). */
  retryAfter: number;
}

export async function checkRate(store: RateLimitStore, key: string, limit: number, windowMs: number): Promise<RateLimitVerdict> {
  const { count, resetAt } = await store.hit(key, windowMs);
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    retryAfter: Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)),
  };
}

/**
 * The key for a client address: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 by
 * its /64 network, since one household or phone gets a whole /64.
 */
export function clientKey(ip: string): string {
  const address = ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return `other:${address.slice(0, 64)}`;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => parseInt(g || '0', 16).toString(16)).join(':')}::/64`;
}
