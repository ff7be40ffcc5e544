import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';
import { leaveBroadcastChannel } from '../../src/sync/engine/writeRoom';

/** Transactions y-webrtc's room applies to the document (its origin is the room) while `work` runs. */
const roomTransactions = async (leave: boolean): Promise<number> => {
  const doc = new Y.Doc();
  const provider = new WebrtcProvider(`echo-${leave}-${Math.random()}`, doc, { signaling: [], password: 'a long enough secret for the room' });
  await provider.key;
  if (leave) leaveBroadcastChannel(provider);
  let fromRoom = 0;
  doc.on('afterTransaction', (transaction) => {
    if (transaction.origin === provider.room) fromRoom++;
  });
  doc.getText('t').insert(0, 'x'.repeat(100_000));
  await new Promise((resolve) => setTimeout(resolve, 300));
  provider.destroy();
  return fromRoom;
};

describe("y-webrtc's BroadcastChannel in the engine", () => {
  it('echoes every update back to the room that sent it, unless the room leaves it', async () => {
    // The echo this fixes: y-webrtc's room reads its own update again (lib0 publishes to its own subscribers).
    expect(await roomTransactions(false)).toBeGreaterThan(0);
    expect(await roomTransactions(true)).toBe(0);
  });
});
