import { expect, vi } from 'vitest';

/**
 * Waits until `check()` is true (vitest's `vi.waitFor`, polling every 10 ms), and fails the test with the
 * last check if `ms` passes first.
 */
export const until = async (check: () => boolean, ms = 10_000): Promise<void> => {
  await vi.waitFor(() => expect(check()).toBe(true), { timeout: ms, interval: 10 });
};
