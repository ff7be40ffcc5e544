import type * as Y from 'yjs';
import { WebrtcProvider } from 'y-webrtc';
import { Secret, type Settings } from '../../core';
import { colourFor, type ConnectionStatus, type Editing, Person, presenceChannelName, PresenceMessage, type PresentPerson } from '../presence';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { linkPeer, type PeerLink, type SimplePeerLike } from './peerLink';
import { createSyncWatch, type SyncHealth } from './syncHealth';
import { IndexeddbPersistence } from 'y-indexeddb';
import { openRelayLink, type RelayLink, type RelayLinkOptions } from '../relay/link';
import type { RelayAccess } from '../relay/crypto';
import type { RelayStatus } from '../presence';

export interface RoomOptions {
  boardId: string;
  roomId: string;
  /** The write secret (WebRTC and relay), or a read capability (relay only, never pushing). */
  access: RelayAccess;
  doc: Y.Doc;
  settings: Settings;
  /** Who rotated the secret, when this room was entered by following a rotation. */
  movedBy: string;
  log: (line: string) => void;
  /** A co-lead moved the board to a new room (rotated its secret) while we were connected. */
  onPeerMoved: (secret: string, by: string) => void;
  /** Submissions arrived in the board's drop-box inbox (writers only). */
  onDropped?: RelayLinkOptions['onDropped'];
}

export interface Room {
  readonly roomId: string;
  /** Tells connected co-leads the new secret, then leaves; resolves once the room is closed. */
  moveTo(secret: string): Promise<void>;
  /** The relay link, for the drop-box inbox and forgetting an old room; null without a relay. */
  readonly relay: RelayLink | null;
  close(): Promise<void>;
}

const HEARTBEAT_MS = 2000;
const STALE_MS = 6000;

interface SignallingConn {
  url: string;
  connected: boolean;
  unsuccessfulReconnects: number;
  on(e: string, f: () => void): void;
  off(e: string, f: () => void): void;
}

/**
 * One shared board's connection to its room: y-webrtc with the secret as password, only the configured
 * signalling and ICE servers, guarded peer messages, awareness for presence, and a status that the pages
 * showing this board receive over the presence channel.
 */
export const openRoom = (options: RoomOptions): Room => {
  if (options.access.kind === 'read') return openReadRoom(options);
  const { boardId, roomId, doc, settings, log } = options;
  const secret = options.access.secret;
  const provider = new WebrtcProvider(roomId, doc, {
    signaling: settings.signalling,
    password: secret,
    peerOpts: {
      config: {
        iceServers: settings.iceServers.map(({ urls, username, credential }) => (username || credential ? { urls, username, credential } : { urls })),
        iceTransportPolicy: settings.iceTransportPolicy,
      },
    },
  });
  const awareness = provider.awareness;
  const me = { id: settings.userId, name: settings.displayName || 'Someone', role: settings.role, colour: colourFor(settings.userId) };
  const focus = new Map<string, Editing>();
  awareness.setLocalState({ user: me, peerId: null, editing: null });

  const channel = new BroadcastChannel(presenceChannelName(boardId));
  let lastPosted = '';
  const connectedPeerIds = (): Set<string> => {
    const conns = provider.room?.webrtcConns;
    return new Set(conns ? [...conns.entries()].filter(([, c]) => c.connected).map(([id]) => id) : []);
  };
  /**
   * A browser that quits may not close its data channel; WebRTC notices only after its consent timeout
   * (about 30 s). Every engine beats its awareness every HEARTBEAT_MS, and a peer silent for STALE_MS
   * counts as gone.
   */
  const freshStates = (): [number, Record<string, unknown> & { user?: Record<string, unknown>; peerId?: unknown; editing?: unknown; movedTo?: unknown }][] => {
    const connected = connectedPeerIds();
    const now = Date.now();
    const out: [number, Record<string, unknown> & { user?: Record<string, unknown>; peerId?: unknown; editing?: unknown; movedTo?: unknown }][] = [];
    awareness.getStates().forEach((state, clientId) => {
      if (clientId === doc.clientID || !connected.has(String(state.peerId))) return;
      const lastUpdated = awareness.meta.get(clientId)?.lastUpdated ?? 0;
      if (now - lastUpdated <= STALE_MS) out.push([clientId, state]);
    });
    return out;
  };
  const peerIds = (): Set<string> => new Set(freshStates().map(([, state]) => String(state.peerId)));

  /** Edits made in this browser: not those from WebRTC peers (the author pushes them) nor from storage. */
  const isLocalEdit = (origin: unknown) => origin !== provider.room && !(origin instanceof IndexeddbPersistence);
  const relay: RelayLink | null =
    settings.relays.length > 0
      ? openRelayLink({
          urls: settings.relays,
          boardId,
          roomId,
          access: options.access,
          doc,
          isLocalEdit,
          log,
          onChange: () => post(),
          onDropped: options.onDropped,
        })
      : null;
  const relayStatus = (): RelayStatus | null => {
    if (!relay) return null;
    const { state, lastSyncAt, pending, problem } = relay.status();
    return { state, lastSyncAt, pending, problem };
  };

  const links = new Map<string, PeerLink>();
  const openLinks = () => [...links.values()].filter((l) => l.open);
  /** Our state vector, to each peer: they answer with everything we lack (y-webrtc answers step 1 with step 2). */
  const askForWhatWeLack = (link: PeerLink) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0); // y-webrtc messageSync
    syncProtocol.writeSyncStep1(encoder, doc);
    link.send(encoding.toUint8Array(encoder));
  };
  const watch = createSyncWatch((pending) => {
    for (const link of openLinks()) {
      if (!link.synced) link.restart('their board did not arrive in time');
      else if (pending) askForWhatWeLack(link);
    }
  });
  // Yjs keeps updates whose dependencies are missing in `pendingStructs` / `pendingDs` until they arrive.
  const hasPending = () => doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  let health: SyncHealth = { state: 'idle' };
  const checkHealth = () => (health = watch.check(openLinks(), hasPending()));

  const status = (): ConnectionStatus => {
    const conns = provider.signalingConns as SignallingConn[];
    const peers = peerIds().size;
    const base = {
      peers,
      signalling: conns.map((c) => ({ url: c.url, connected: c.connected })),
      progress: null,
      problem: null,
      relay: relayStatus(),
      access: 'write' as const,
    };
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return { ...base, state: 'offline' };
    if (health.state === 'stalled') return { ...base, state: 'stalled', problem: health.problem };
    if (health.state === 'catching-up') return { ...base, state: 'catching-up', progress: health.progress };
    if (conns.some((c) => c.connected) || peers > 0) return { ...base, state: 'connected' };
    if (conns.length === 0) return { ...base, state: 'offline' };
    if (conns.every((c) => c.unsuccessfulReconnects > 0)) return { ...base, state: 'unreachable' };
    return { ...base, state: 'connecting' };
  };
  /** People whose peer is connected now: a closed browser disappears at once, not after the awareness timeout. */
  const people = (): PresentPerson[] => {
    const out: PresentPerson[] = [];
    freshStates().forEach(([clientId, state]) => {
      const parsed = Person.safeParse({
        clientId,
        userId: state.user?.id,
        name: state.user?.name,
        role: state.user?.role,
        colour: state.user?.colour,
        editing: state.editing ?? null,
      });
      if (parsed.success) out.push(parsed.data);
    });
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
  };
  const post = (force = false) => {
    const message: PresenceMessage = { type: 'state', status: status(), people: people(), movedBy: options.movedBy };
    const text = JSON.stringify(message);
    if (!force && text === lastPosted) return;
    lastPosted = text;
    channel.postMessage(message);
  };

  channel.onmessage = (event: MessageEvent) => {
    const parsed = PresenceMessage.safeParse(event.data);
    if (!parsed.success) return log(`Ignored a malformed presence message for ${boardId}.`);
    const message = parsed.data;
    if (message.type === 'hello') post(true);
    if (message.type === 'focus') focus.set(message.pageId, message.editing);
    if (message.type === 'bye') focus.delete(message.pageId);
    if (message.type === 'retry') {
      log(`Retrying the sync of ${boardId} at a person's request.`);
      watch.retry();
      for (const link of openLinks()) link.restart('asked to retry');
    }
    if (message.type === 'focus' || message.type === 'bye') {
      const editing = message.type === 'focus' && message.editing ? message.editing : ([...focus.values()].find((e) => e !== null) ?? null);
      awareness.setLocalStateField('editing', editing);
    }
  };

  const onPeers = ({ added }: { added: string[] }) => {
    for (const id of added) {
      const conn = provider.room?.webrtcConns.get(id);
      if (!conn) continue;
      const link = linkPeer(conn.peer as SimplePeerLike, {
        label: `peer ${id.slice(0, 8)}`,
        log,
        onChange: () => {
          checkHealth();
          post();
        },
      });
      links.set(id, link);
      conn.peer.on('close', () => {
        if (links.get(id) === link) links.delete(id);
      });
    }
    post();
  };
  const onStatus = () => {
    if (provider.room && awareness.getLocalState()?.peerId !== provider.room.peerId) awareness.setLocalStateField('peerId', provider.room.peerId);
    post();
  };
  const onAwareness = () => {
    post();
    freshStates().forEach(([, state]) => {
      const moved = Secret.safeParse(state.movedTo);
      if (moved.success && moved.data !== secret) options.onPeerMoved(moved.data, String(state.user?.name ?? 'A co-lead'));
    });
  };
  provider.on('peers', onPeers);
  provider.on('status', onStatus);
  awareness.on('change', onAwareness);
  let beat = 0;
  const timer = setInterval(() => {
    checkHealth();
    post();
  }, 1000);
  const heartbeat = setInterval(() => awareness.setLocalStateField('beat', ++beat), HEARTBEAT_MS);
  onStatus();

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    clearInterval(timer);
    clearInterval(heartbeat);
    provider.off('peers', onPeers);
    provider.off('status', onStatus);
    awareness.off('change', onAwareness);
    channel.postMessage({
      type: 'state',
      status: { state: 'local', peers: 0, signalling: [], progress: null, problem: null, relay: null, access: 'write' },
      people: [],
      movedBy: '',
    } satisfies PresenceMessage);
    channel.close();
    provider.destroy();
    await relay?.close();
    // y-webrtc removes the room from its registry once the key promise settles.
    await provider.key;
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  return {
    roomId,
    relay,
    moveTo: async (next) => {
      awareness.setLocalStateField('movedTo', next);
      // Give connected co-leads a moment to receive it before we leave.
      if (peerIds().size > 0) await new Promise((resolve) => setTimeout(resolve, 1500));
      await close();
    },
    close,
  };
};

/**
 * A read-only board's connection: the relay alone, with live fan-out. It has no WebRTC password (a read
 * invite never holds one) and pushes nothing: the relay would refuse it anyway.
 */
const openReadRoom = (options: RoomOptions): Room => {
  const { boardId, roomId, doc, settings, log } = options;
  const channel = new BroadcastChannel(presenceChannelName(boardId));
  let lastPosted = '';
  const relay: RelayLink | null =
    settings.relays.length > 0
      ? openRelayLink({ urls: settings.relays, boardId, roomId, access: options.access, doc, isLocalEdit: () => false, log, onChange: () => post() })
      : null;
  const status = (): ConnectionStatus => {
    const link = relay?.status();
    const relayStatus = link ? { state: link.state, lastSyncAt: link.lastSyncAt, pending: false, problem: link.problem } : null;
    const base = { peers: 0, signalling: [], progress: null, relay: relayStatus, access: 'read' as const };
    if (!link) return { ...base, state: 'offline', problem: 'No relay is set in Settings: a read-only board arrives only through the relay.' };
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return { ...base, state: 'offline', problem: null };
    const state =
      link.state === 'synced' ? 'connected' : link.state === 'catching-up' ? 'catching-up' : link.state === 'connecting' ? 'connecting' : 'unreachable';
    return { ...base, state, problem: link.problem };
  };
  const post = (force = false) => {
    const message: PresenceMessage = { type: 'state', status: status(), people: [], movedBy: '' };
    const text = JSON.stringify(message);
    if (!force && text === lastPosted) return;
    lastPosted = text;
    channel.postMessage(message);
  };
  channel.onmessage = (event: MessageEvent) => {
    const parsed = PresenceMessage.safeParse(event.data);
    if (parsed.success && parsed.data.type === 'hello') post(true);
  };
  const timer = setInterval(() => post(), 1000);
  post();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    clearInterval(timer);
    channel.postMessage({
      type: 'state',
      status: { state: 'local', peers: 0, signalling: [], progress: null, problem: null, relay: null, access: 'write' },
      people: [],
      movedBy: '',
    } satisfies PresenceMessage);
    channel.close();
    await relay?.close();
  };
  return { roomId, relay, moveTo: close, close };
};
