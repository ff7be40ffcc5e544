import { WebrtcProvider } from 'y-webrtc';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { Secret } from '../../core';
import { colourFor } from '../presence';
import type { RelayLink } from '../relay/link';
import { openRoomRelay } from './roomRelay';
import { isOnline, writeRoomStatus, type SignallingState } from './connectionStatus';
import { linkPeer, type PeerLink, type SimplePeerLike } from './peerLink';
import { freshStates, HEARTBEAT_MS, presentPeople } from './peopleHere';
import { openPresenceBridge } from './presenceBridge';
import type { Room, RoomOptions } from './roomTypes';
import { createSyncWatch, type SyncHealth } from './syncHealth';
import * as broadcastChannel from 'lib0/broadcastchannel';

/**
 * y-webrtc also keeps the tabs of one origin in step over a BroadcastChannel. Here one engine per browser
 * holds a board's room (pages reach it through the replica), so the channel reached no one but the room
 * itself: lib0 hands each publish to its own subscribers too, and the room read every update it sent a
 * second time (a third of a second of a large board's catch-up from the relay: bench relay-catch-up,
 * profiled). Called once the room exists and has connected (after the key, as y-webrtc opens it).
 */
export const leaveBroadcastChannel = (provider: WebrtcProvider): void => {
  const room = provider.room;
  if (!room?.bcconnected) return;
  broadcastChannel.unsubscribe(room.name, room._bcSubscriber);
  room.bcconnected = false;
};

/**
 * One shared board's connection to its room: y-webrtc with the secret as password, only the configured
 * signalling and ICE servers, guarded peer messages, awareness for presence, and a status that the pages
 * showing this board receive over the presence channel.
 */
export const openWriteRoom = (options: RoomOptions & { access: { kind: 'write'; secret: string } }): Room => {
  const { boardId, roomId, doc, settings, log } = options;
  const secret = options.access.secret;
  // The origin of the update being handed to y-webrtc: this listener is older than y-webrtc's own, so it runs
  // first (see peerLink's echo).
  let updateOrigin: unknown = null;
  const noteOrigin = (_update: Uint8Array, origin: unknown) => {
    updateOrigin = origin;
  };
  doc.on('update', noteOrigin);
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
  void provider.key.then(() => leaveBroadcastChannel(provider));
  const awareness = provider.awareness;
  const me = { id: settings.userId, name: settings.displayName || 'Someone', role: settings.role, colour: colourFor(settings.userId) };
  awareness.setLocalState({ user: me, peerId: null, editing: null });

  const connectedPeerIds = (): Set<string> => {
    const conns = provider.room?.webrtcConns;
    return new Set(conns ? [...conns.entries()].filter(([, c]) => c.connected).map(([id]) => id) : []);
  };
  const fresh = () => freshStates(awareness, doc.clientID, connectedPeerIds(), Date.now());
  const peerIds = (): Set<string> => new Set(fresh().map(([, state]) => String(state.peerId)));

  /** Edits made in this browser: not those from WebRTC peers (the author pushes them) nor from storage. */
  const isLocalEdit = (origin: unknown) => origin !== provider.room && !(origin instanceof IndexeddbPersistence);
  const relay: RelayLink | null = openRoomRelay(options, { isLocalEdit, onChange: () => post(), onDropped: options.onDropped });
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

  const bridge = openPresenceBridge({
    boardId,
    log,
    state: () => ({
      status: writeRoomStatus({
        online: isOnline(),
        health,
        signalling: provider.signalingConns as SignallingState[],
        peers: peerIds().size,
        relay: relay?.status() ?? null,
      }),
      people: presentPeople(fresh()),
      movedBy: options.movedBy,
    }),
    onEditing: (editing) => awareness.setLocalStateField('editing', editing),
    onRetry: () => {
      watch.retry();
      for (const link of openLinks()) link.restart('asked to retry');
    },
  });
  const post = (force?: boolean) => bridge.post(force);

  const onPeers = ({ added }: { added: string[] }) => {
    for (const id of added) {
      const conn = provider.room?.webrtcConns.get(id);
      if (!conn) continue;
      const link = linkPeer(conn.peer as SimplePeerLike, {
        label: `peer ${id.slice(0, 8)}`,
        log,
        hasPending,
        sendingPeerUpdate: () => updateOrigin === provider.room,
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
    fresh().forEach(([, state]) => {
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
    bridge.close();
    doc.off('update', noteOrigin);
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
