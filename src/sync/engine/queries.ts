import { serveMessages } from '../../platform/messages';
import type { Engine } from './engine';

/** Answers runtime messages to the engine: which rooms are open, and "captures are waiting". */
export const serveEngineQueries = (engine: Engine): void => {
  serveMessages({
    'ubt:engine-rooms': () => ({ rooms: engine.rooms() }),
    'ubt:drain-captures': async () => {
      await engine.drainCaptures();
      return { ok: true };
    },
  });
};
