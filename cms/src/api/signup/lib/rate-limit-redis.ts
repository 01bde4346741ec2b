import type Redis from 'ioredis';
import { redis, redisKey } from '../../../lib/redis';
import { MemoryRateLimitStore, type RateLimitStore } from './rate-limit';

/**
 * Rate-limit counts in the Redis that the CMS instances share (REDIS_URL), so
 * a limit holds across every instance behind the load balancer. One atomic
 * script per request: count, start the window's expiry on the first hit,
 * answer the count and the time left. If Redis cannot be reached the instance
 * counts on its own (in memory) rather than turning sign-ups away.
 */
const HIT = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) ttl = tonumber(ARGV[1]) end
return {n, ttl}`;

export class RedisRateLimitStore implements RateLimitStore {
  private readonly fallback = new MemoryRateLimitStore();
  private warned = false;

  /** `client` is the shared connection (src/lib/redis.ts) unless a test gives its own. */
  constructor(private readonly client: () => Redis | null = redis) {}

  async hit(key: string, windowMs: number) {
    const client = this.client();
    if (!client) return this.fallback.hit(key, windowMs);
    try {
      const [count, ttl] = (await client.eval(HIT, 1, redisKey(`signup-rate:${key}`), String(windowMs))) as [number, number];
      this.warned = false;
      return { count, resetAt: Date.now() + ttl };
    } catch (error) {
      if (!this.warned) console.warn(`[samskab] sign-up rate limit: Redis unavailable (${(error as Error).message}); counting in this instance only`);
      this.warned = true;
      return this.fallback.hit(key, windowMs);
    }
  }

  async reset(key?: string) {
    await this.fallback.reset(key);
    const client = this.client();
    if (!client) return;
    if (key !== undefined) {
      await client.del(redisKey(`signup-rate:${key}`));
      return;
    }
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', redisKey('signup-rate:*'), 'COUNT', 500);
      if (keys.length) await client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

  async close() {
    // The connection is shared (src/lib/redis.ts) and closed with the CMS.
    await this.fallback.close();
  }
}
