import type { ConnectionStatus, RelayStatus } from '../presence';
import type { RelayLinkStatus } from '../relay/link';
import type { SyncHealth } from './syncHealth';
import { syncWords } from '../words';

/**
 * The status a board's pages show, worked out from what its room knows: pure functions of their inputs,
 * tested in test/sync/connectionStatus.test.ts.
 */
export interface SignallingState {
  readonly url: string;
  readonly connected: boolean;
  /** Failed reconnects since it last connected. */
  readonly unsuccessfulReconnects: number;
}

/** What the board's pages are told while no room is open (and once it closes). */
export const LOCAL_STATUS: ConnectionStatus = { state: 'local', peers: 0, signalling: [], progress: null, problem: null, relay: null, access: 'write' };

export const relayStatusOf = (link: RelayLinkStatus | null, readOnly = false): RelayStatus | null =>
  link && { connection: link.connection, lastSyncAt: link.lastSyncAt, pending: readOnly ? false : link.pending, problem: link.problem };

/** A co-lead's board: WebRTC peers through signalling, and the relay beside them. */
export const writeRoomStatus = (input: {
  online: boolean;
  health: SyncHealth;
  signalling: readonly SignallingState[];
  peers: number;
  relay: RelayLinkStatus | null;
}): ConnectionStatus => {
  const { health, signalling, peers } = input;
  const base = {
    peers,
    signalling: signalling.map((c) => ({ url: c.url, connected: c.connected })),
    progress: null,
    problem: null,
    relay: relayStatusOf(input.relay),
    access: 'write' as const,
  };
  if (!input.online) return { ...base, state: 'offline' };
  if (health.state === 'stalled') return { ...base, state: 'stalled', problem: health.problem };
  if (health.state === 'catching-up') return { ...base, state: 'catching-up', progress: health.progress };
  if (signalling.some((c) => c.connected) || peers > 0) return { ...base, state: 'connected' };
  if (signalling.length === 0) return { ...base, state: 'offline' };
  if (signalling.every((c) => c.unsuccessfulReconnects > 0)) return { ...base, state: 'unreachable' };
  return { ...base, state: 'connecting' };
};

/** A read-only board: the relay alone. */
export const readRoomStatus = (input: { online: boolean; relay: RelayLinkStatus | null }): ConnectionStatus => {
  const link = input.relay;
  const base = { peers: 0, signalling: [], progress: null, relay: relayStatusOf(link, true), access: 'read' as const };
  if (!link) return { ...base, state: 'offline', problem: syncWords().t('sync.readNeedsRelay') };
  if (!input.online) return { ...base, state: 'offline', problem: null };
  const state =
    link.connection === 'synced'
      ? 'connected'
      : link.connection === 'catching-up'
        ? 'catching-up'
        : link.connection === 'connecting'
          ? 'connecting'
          : 'unreachable';
  return { ...base, state, problem: link.problem };
};

export const isOnline = (): boolean => typeof navigator === 'undefined' || navigator.onLine !== false;
