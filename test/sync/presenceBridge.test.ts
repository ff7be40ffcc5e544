import { describe, expect, it } from 'vitest';
import { LOCAL_STATUS } from '../../src/sync/engine/connectionStatus';
import { openPresenceBridge, type PresenceState } from '../../src/sync/engine/presenceBridge';
import { presenceChannelName } from '../../src/sync/presence';

const settle = () => new Promise((r) => setTimeout(r, 50));
const connected = (peers: number): PresenceState => ({
  status: { ...LOCAL_STATUS, state: 'connected', peers },
  people: [{ clientId: 7, userId: 'u-bo', name: 'Bo Vance', role: 'union-co-lead', colour: '#1f5f8b', editing: null }],
  movedBy: '',
});

/** A room's bridge whose state is read from `current`, and a page listening on the board's presence channel. */
const bridgeAndPage = (boardId: string) => {
  let reads = 0;
  let current = connected(1);
  const logged: string[] = [];
  const bridge = openPresenceBridge({
    boardId,
    log: (line) => logged.push(line),
    state: () => {
      reads++;
      return current;
    },
  });
  const page = new BroadcastChannel(presenceChannelName(boardId));
  const heard: { status: { state: string; peers: number } }[] = [];
  page.onmessage = (event) => heard.push(event.data);
  return {
    bridge,
    heard,
    logged,
    reads: () => reads,
    set: (state: PresenceState) => {
      current = state;
    },
    close: () => page.close(),
  };
};

describe("a room's presence bridge", () => {
  it('reads and posts its state once for all the calls of a task, after that task', async () => {
    const x = bridgeAndPage('bridge-once');
    // A peer's keystroke arrives in frames, and each asks: none of them reads the state yet.
    for (let i = 0; i < 5; i++) x.bridge.post();
    expect(x.reads()).toBe(0);
    await Promise.resolve();
    expect(x.reads()).toBe(1);
    await settle();
    expect(x.heard.map((m) => m.status.peers)).toEqual([1]);
    // Unchanged: not posted again, unless forced (a page said hello).
    x.bridge.post();
    await settle();
    x.bridge.post(true);
    x.bridge.post();
    await settle();
    x.set(connected(2));
    x.bridge.post();
    await settle();
    expect(x.heard.map((m) => m.status.peers)).toEqual([1, 1, 2]);
    x.bridge.close();
    x.close();
  });

  it('posts nothing it was asked for once closed, only that the board is local again', async () => {
    const x = bridgeAndPage('bridge-closed');
    x.bridge.post();
    x.bridge.close();
    x.bridge.post();
    await settle();
    expect(x.heard.map((m) => m.status.state)).toEqual(['local']);
    expect(x.logged).toEqual([]);
    x.close();
  });

  it('says so when its state cannot be read, and posts again once it can', async () => {
    const x = bridgeAndPage('bridge-broken');
    x.set({
      ...connected(1),
      get status(): never {
        throw new Error('no status');
      },
    });
    x.bridge.post();
    await settle();
    expect(x.logged).toEqual(['Could not tell the pages of bridge-broken who is here: Error: no status']);
    x.set(connected(3));
    x.bridge.post();
    await settle();
    expect(x.heard.map((m) => m.status.peers)).toEqual([3]);
    x.bridge.close();
    x.close();
  });
});
