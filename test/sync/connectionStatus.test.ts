import { describe, expect, it } from 'vitest';
import { readRoomStatus, writeRoomStatus } from '../../src/sync/engine/connectionStatus';
import type { RelayLinkStatus } from '../../src/sync/relay/link';

const relay: RelayLinkStatus = {
  url: 'wss://relay.example.org',
  connection: 'synced',
  lastSyncAt: 1_700_000_000_000,
  pending: true,
  unreadable: 0,
  problem: null,
};
const up = { url: 'wss://signal.example.org', connected: true, unsuccessfulReconnects: 0 };
const down = { url: 'wss://signal-2.example.org', connected: false, unsuccessfulReconnects: 3 };
const write = (over: Partial<Parameters<typeof writeRoomStatus>[0]> = {}) =>
  writeRoomStatus({ online: true, health: { state: 'synced' }, signalling: [up], peers: 0, relay: null, ...over });

describe('a room’s connection status', () => {
  it('a co-lead’s board: offline beats everything, then a stall, then catching up, then connected', () => {
    expect(write({ online: false, health: { state: 'stalled', problem: 'x' } }).state).toBe('offline');
    expect(write({ health: { state: 'stalled', problem: 'Their board did not arrive.' } })).toMatchObject({
      state: 'stalled',
      problem: 'Their board did not arrive.',
    });
    expect(write({ health: { state: 'catching-up', progress: { received: 700, total: 2200 } } })).toMatchObject({
      state: 'catching-up',
      progress: { received: 700, total: 2200 },
    });
    expect(write().state).toBe('connected');
    // Peers keep it connected even when every signalling server is down.
    expect(write({ signalling: [down], peers: 2 })).toMatchObject({ state: 'connected', peers: 2 });
  });

  it('without peers: unreachable only once every signalling server has failed, offline with none set', () => {
    expect(write({ signalling: [down] }).state).toBe('unreachable');
    expect(write({ signalling: [down, { ...down, url: 'wss://c', unsuccessfulReconnects: 0 }] }).state).toBe('connecting');
    expect(write({ signalling: [] }).state).toBe('offline');
    expect(write({ signalling: [up, down] }).signalling).toEqual([
      { url: up.url, connected: true },
      { url: down.url, connected: false },
    ]);
  });

  it('carries the relay’s own status beside, and a reader never shows edits waiting', () => {
    expect(write({ relay }).relay).toEqual({ connection: 'synced', lastSyncAt: relay.lastSyncAt, pending: true, problem: null });
    const read = readRoomStatus({ online: true, relay });
    expect(read).toMatchObject({ state: 'connected', access: 'read', relay: { pending: false } });
    expect(readRoomStatus({ online: true, relay: { ...relay, connection: 'refused', problem: 'Ask for a fresh invite.' } })).toMatchObject({
      state: 'unreachable',
      problem: 'Ask for a fresh invite.',
    });
    expect(readRoomStatus({ online: true, relay: null }).problem).toMatch(/No relay is set/);
    expect(readRoomStatus({ online: false, relay }).state).toBe('offline');
  });
});
