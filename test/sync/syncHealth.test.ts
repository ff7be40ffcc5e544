import { describe, expect, it } from 'vitest';
import { createSyncWatch, type LinkHealth } from '../../src/sync/engine/syncHealth';
import { speakSyncIn } from '../../src/sync/words';

const link = (synced: boolean, progress: { received: number; total: number } | null = null, refused: string | null = null): LinkHealth => ({
  synced,
  refused,
  progress: () => progress,
});

describe('sync health', () => {
  it('is synced only when every open link has sent what we lacked and nothing waits for a missing update', () => {
    const watch = createSyncWatch(() => {});
    expect(watch.check([], false, 0)).toEqual({ state: 'idle' });
    expect(watch.check([link(true), link(true)], false, 0)).toEqual({ state: 'synced' });
    expect(watch.check([link(true), link(false)], false, 0)).toEqual({ state: 'catching-up', progress: null });
    expect(watch.check([link(true)], true, 0)).toEqual({ state: 'catching-up', progress: null });
    expect(watch.check([link(false, { received: 5, total: 20 }), link(true, { received: 1, total: 10 })], false, 0)).toEqual({
      state: 'catching-up',
      progress: { received: 6, total: 30 },
    });
  });

  it('keeps catching up while bytes arrive, however long it takes', () => {
    const recovered: boolean[] = [];
    const watch = createSyncWatch((pending) => recovered.push(pending), 1000);
    for (let t = 0; t < 20_000; t += 500) expect(watch.check([link(false, { received: t, total: 1e9 })], false, t).state).toBe('catching-up');
    expect(recovered).toEqual([]);
  });

  it('tries to recover after a quiet spell, then reports a stall with a reason until retried', () => {
    const recovered: boolean[] = [];
    const watch = createSyncWatch((pending) => recovered.push(pending), 1000, 2);
    const stuck = [link(true)];
    expect(watch.check(stuck, true, 0).state).toBe('catching-up');
    expect(watch.check(stuck, true, 1001).state).toBe('catching-up');
    expect(recovered).toEqual([true]);
    expect(watch.check(stuck, true, 2002).state).toBe('catching-up');
    expect(recovered).toEqual([true, true]);
    expect(watch.check(stuck, true, 3003)).toEqual({ state: 'stalled', problem: 'Some changes from a co-lead depend on earlier changes that never arrived.' });
    watch.retry();
    expect(watch.check(stuck, true, 3004).state).toBe('catching-up');
    // Mended: synced again, and a later stall starts counting afresh.
    expect(watch.check(stuck, false, 3005)).toEqual({ state: 'synced' });
  });

  it('says when a co-lead is connected but their board never comes', () => {
    const watch = createSyncWatch(() => {}, 1000, 0);
    watch.check([link(false)], false, 0);
    expect(watch.check([link(false)], false, 1001)).toEqual({ state: 'stalled', problem: 'A co-lead is connected but their board has not arrived.' });
  });

  it('reports a refused message as a stall at once', () => {
    const watch = createSyncWatch(() => {});
    expect(watch.check([link(true, null, 'a 70000000-byte message is larger than the 67108864-byte cap')], false, 0)).toEqual({
      state: 'stalled',
      problem: "A co-lead's board sent a change this browser cannot take (a 70000000-byte message is larger than the 67108864-byte cap).",
    });
  });

  it('says it in the language the person chose in Settings, or else the browser’s', () => {
    expect(speakSyncIn({ language: 'auto' }, ['es-MX', 'en-US'])).toBe('es');
    try {
      const watch = createSyncWatch(() => {}, 1000, 0);
      watch.check([link(false)], false, 0);
      expect(watch.check([link(false)], false, 1001)).toEqual({ state: 'stalled', problem: 'Hay un colíder conectado, pero su tablero no ha llegado.' });
      expect(speakSyncIn({ language: 'en' }, ['es-MX'])).toBe('en');
      expect(createSyncWatch(() => {}).check([link(true, null, 'too big')], false, 0)).toEqual({
        state: 'stalled',
        problem: "A co-lead's board sent a change this browser cannot take (too big).",
      });
    } finally {
      speakSyncIn({ language: 'en' }, []);
    }
  });
});
