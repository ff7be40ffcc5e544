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
