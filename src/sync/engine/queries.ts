import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Engine } from './engine';

export const EngineQuery = z.object({ type: z.literal('ubt:engine-rooms') });

/** Answers runtime messages about the engine (which rooms are open); used by diagnostics and tests. */
export const serveEngineQueries = (engine: Engine): void => {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (response: unknown) => void) => {
    if (!EngineQuery.safeParse(message).success) return undefined;
    sendResponse({ rooms: engine.rooms() });
    return true;
  });
};
