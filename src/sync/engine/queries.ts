import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Engine } from './engine';

export const EngineQuery = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ubt:engine-rooms') }),
  /** The background queued a capture: apply it now. */
  z.object({ type: z.literal('ubt:drain-captures') }),
]);

/** Answers runtime messages to the engine: which rooms are open, and "captures are waiting". */
export const serveEngineQueries = (engine: Engine): void => {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
    const parsed = EngineQuery.safeParse(message);
    if (!parsed.success) return undefined;
    if (parsed.data.type === 'ubt:engine-rooms') sendResponse({ rooms: engine.rooms() });
    else void engine.drainCaptures().then(() => sendResponse({ ok: true }));
    return true;
  });
};
