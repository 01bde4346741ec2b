import { availableParallelism } from 'node:os';

/**
 * A tiny semaphore: at most `max` of the wrapped tasks run at once, the rest
 * wait in order. Packs use it so that many packs made at the same time queue
 * for the image work instead of all holding decoded photos in memory.
 */
export function limiter(max) {
  let active = 0;
  const waiting = [];
  const next = () => {
    if (active >= max || !waiting.length) return;
    active += 1;
    const { task, resolve, reject } = waiting.shift();
    Promise.resolve()
      .then(task)
      .then(resolve, reject)
      .finally(() => {
        active -= 1;
        next();
      });
  };
  return (task) =>
    new Promise((resolve, reject) => {
      waiting.push({ task, resolve, reject });
      next();
    });
}

/** Image work for packs: as many at once as there are cores (PACKS_CONCURRENCY overrides). */
export const imageWork = limiter(Math.max(1, Number(process.env.PACKS_CONCURRENCY) || availableParallelism()));
