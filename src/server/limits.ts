/** Rate limits shared by the relay and signalling. */
/** A token bucket: `rate` per second, up to `burst`. */
export const bucket = (rate: number, burst: number) => {
  let level = burst;
  let at = Date.now();
  return {
    take(amount: number): number {
      const now = Date.now();
      level = Math.min(burst, level + ((now - at) / 1000) * rate);
      at = now;
      if (level >= amount || amount > burst) {
        level -= amount;
        return 0;
      }
      return Math.ceil(((amount - level) / rate) * 1000);
    },
  };
};

/** Token buckets by key (client address, inbox), dropped once full again so the map does not grow for ever. */
export const buckets = (rate: number, burst: number) => {
  const all = new Map<string, { take(amount: number): number; full(): boolean }>();
  return (key: string) => {
    if (all.size > 10_000) for (const [k, b] of all) if (b.full()) all.delete(k);
    let b = all.get(key);
    if (!b) {
      const inner = bucket(rate, burst);
      let lastTake = Date.now();
      b = {
        take: (amount) => {
          lastTake = Date.now();
          return inner.take(amount);
        },
        full: () => Date.now() - lastTake > (burst / rate) * 1000,
      };
      all.set(key, b);
    }
    return b;
  };
};

/**
 * A server-wide budget of bytes, handed out first come, first served: what bounds the memory that
 * catch-ups of large rooms take together. A request waits until enough is free; one larger than the
 * whole budget goes alone, once nothing else holds any. `acquire` resolves with the function that gives
 * the bytes back (safe to call twice).
 */
export const byteBudget = (total: number) => {
  let used = 0;
  const waiting: { bytes: number; grant: (release: () => void) => void }[] = [];
  const pump = () => {
    while (waiting.length > 0) {
      const next = waiting[0]!;
      if (used > 0 && used + next.bytes > total) return;
      waiting.shift();
      used += next.bytes;
      let given = false;
      next.grant(() => {
        if (given) return;
        given = true;
        used -= next.bytes;
        pump();
      });
    }
  };
  return {
    acquire: (bytes: number) =>
      new Promise<() => void>((grant) => {
        waiting.push({ bytes: Math.max(0, bytes), grant });
        pump();
      }),
    stats: () => ({ total, used, waiting: waiting.length }),
  };
};
