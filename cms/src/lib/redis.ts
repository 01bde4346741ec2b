import Redis from 'ioredis';

/**
 * The optional Redis that instances share (REDIS_URL): rate limits and cache
 * invalidation. Without REDIS_URL every instance keeps to itself, which is right
 * for one instance on SQLite.
 */
let shared: Redis | undefined;
const subscribers: Redis[] = [];

export const redisUrl = () => process.env.REDIS_URL || undefined;

/** Every key and channel is namespaced (REDIS_PREFIX), so deployments and test runs can share a server. */
export const redisKey = (name: string) => `${process.env.REDIS_PREFIX ?? 'samskab:'}${name}`;

/** The command connection, made on first use; null when Redis is not configured. */
export function redis(): Redis | null {
  const url = redisUrl();
  if (!url) return null;
  shared ??= new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  return shared;
}

/** A connection of its own for SUBSCRIBE (Redis forbids other commands on it). */
export function redisSubscriber(): Redis | null {
  const url = redisUrl();
  if (!url) return null;
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  subscribers.push(connection);
  return connection;
}

export async function closeRedis(): Promise<void> {
  await Promise.all([shared, ...subscribers].filter(Boolean).map((c) => c!.quit().catch(() => c!.disconnect())));
  shared = undefined;
  subscribers.length = 0;
}
