import type { Awareness } from 'y-protocols/awareness';
import { PresentPerson } from '../presence';

/**
 * Who is here, from the room's awareness. A browser that quits may not close its data channel; WebRTC
 * notices only after its consent timeout (about 30 s). Every engine beats its awareness every HEARTBEAT_MS,
 * and a peer silent for STALE_MS counts as gone.
 */
export const HEARTBEAT_MS = 2000;
export const STALE_MS = 6000;

/** One peer's awareness state, as it arrived: anything may be missing or of the wrong type. */
export type PeerState = Record<string, unknown> & { user?: Record<string, unknown>; peerId?: unknown; editing?: unknown; movedTo?: unknown };

/** Other peers' states whose data channel is open and who beat within STALE_MS. */
export const freshStates = (awareness: Awareness, selfClientId: number, connected: ReadonlySet<string>, now: number): [number, PeerState][] => {
  const out: [number, PeerState][] = [];
  awareness.getStates().forEach((state: PeerState, clientId) => {
    if (clientId === selfClientId || !connected.has(String(state.peerId))) return;
    const lastUpdated = awareness.meta.get(clientId)?.lastUpdated ?? 0;
    if (now - lastUpdated <= STALE_MS) out.push([clientId, state]);
  });
  return out;
};

/** People whose peer is connected now, by name: a closed browser disappears at once, not after the awareness timeout. */
export const presentPeople = (states: readonly [number, PeerState][]): PresentPerson[] => {
  const out: PresentPerson[] = [];
  for (const [clientId, state] of states) {
    const parsed = PresentPerson.safeParse({
      clientId,
      userId: state.user?.id,
      name: state.user?.name,
      role: state.user?.role,
      colour: state.user?.colour,
      editing: state.editing ?? null,
    });
    if (parsed.success) out.push(parsed.data);
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
};
