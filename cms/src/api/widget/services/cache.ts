import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { redis, redisKey, redisSubscriber } from '../../../lib/redis';
import { today } from '../../../lib/today';
import { BoundedCache, toResponse, type CachedResponse } from '../lib/response-cache';

/**
 * The widget API's memory: projections of published content and finished
 * responses, both dropped whenever content changes.
 *
 * Several instances may share one database. Every change is also written as a
 * marker to Strapi's core store; each instance polls that marker and drops its
 * cache when another instance wrote it, so a change is served everywhere within
 * one poll interval (WIDGET_CACHE_SYNC_MS, default 2 s). With REDIS_URL the
 * change is also published on a channel, and the others drop theirs at once.
 *
 * What is served also depends on the date (consents run out, tasks end), so
 * each instance drops its cache when the day turns, without being told.
 */
const MARKER = { type: 'api', name: 'widget', key: 'content-version' } as const;
const CHANNEL = redisKey('widget-cache');

const widgetCache = ({ strapi }: { strapi: Core.Strapi }) => {
  const instance = randomUUID();
  const responses = new BoundedCache<CachedResponse>(strapi.config.get('widget.cacheEntries', 2000) as number);
  const projections = new Map<string, Promise<unknown>>();
  const pending = new Map<string, Promise<CachedResponse>>();
  let generation = 0;
  let day = today();
  let seenMarker: unknown;
  let timer: NodeJS.Timeout | undefined;
  let announcing: Promise<void> | undefined;

  function dropAll() {
    generation += 1;
    responses.clear();
    projections.clear();
    pending.clear();
  }

  /** A new day: forget what was right yesterday. */
  function dropOnNewDay() {
    const now = today();
    if (now === day) return;
    day = now;
    dropAll();
  }

  /** Memoises `produce` under `key` for the current generation; concurrent callers share one run. */
  function remember<T>(map: Map<string, Promise<T>>, key: string, produce: () => Promise<T>, keep: (value: T) => void = () => {}) {
    dropOnNewDay();
    const running = map.get(key);
    if (running) return running;
    const started = generation;
    const promise = produce().then(
      (value) => {
        if (started === generation) keep(value);
        return value;
      },
      (error) => {
        map.delete(key);
        throw error;
      },
    );
    map.set(key, promise);
    return promise;
  }

  return {
    /** A finished response for `key`, produced at most once per content version. */
    response(key: string, produce: () => Promise<unknown>): Promise<CachedResponse> {
      dropOnNewDay();
      const hit = responses.get(key);
      if (hit) return Promise.resolve(hit);
      return remember(pending, key, async () => toResponse(await produce()), (value) => {
        responses.set(key, value);
        pending.delete(key);
      });
    },

    /** Published content of one type and locale, loaded once per content version. */
    projection<T>(key: string, load: () => Promise<T>): Promise<T> {
      return remember(projections as Map<string, Promise<T>>, key, load);
    },

    /** Content changed here: forget locally now and tell the other instances. */
    invalidate() {
      dropAll();
      announcing ??= Promise.resolve().then(async () => {
        announcing = undefined;
        const marker = `${instance}:${Date.now()}:${Math.random()}`;
        seenMarker = marker;
        await strapi.store.set({ ...MARKER, value: marker });
        await redis()?.publish(CHANNEL, marker);
      }).catch((error) => {
        strapi.log.warn(`widget cache: could not share an invalidation: ${error}`);
      });
    },

    async syncWithOtherInstances() {
      const marker = await strapi.store.get(MARKER);
      if (marker !== undefined && marker !== seenMarker) {
        seenMarker = marker;
        dropAll();
      }
    },

    start(intervalMs = Number(process.env.WIDGET_CACHE_SYNC_MS ?? 2000)) {
      timer = setInterval(() => this.syncWithOtherInstances().catch(() => {}), intervalMs);
      timer.unref();
      const subscriber = redisSubscriber();
      subscriber?.subscribe(CHANNEL).catch((error) => strapi.log.warn(`widget cache: no Redis subscription: ${error}`));
      subscriber?.on('message', (_channel: string, marker: string) => {
        if (marker.startsWith(`${instance}:`)) return;
        seenMarker = marker;
        dropAll();
      });
    },

    stop() {
      clearInterval(timer);
    },

    stats: () => ({ generation, responses: responses.size, projections: projections.size }),
  };
};

export default widgetCache;
export type WidgetCache = ReturnType<typeof widgetCache>;
