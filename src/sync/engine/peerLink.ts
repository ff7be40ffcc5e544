import { createAssembler, MAX_MESSAGE_BYTES, toFrames } from './frames';

/**
 * One WebRTC connection to a co-lead, wrapped around the simple-peer instance that y-webrtc made.
 *
 * y-webrtc sends each sync message as one data-channel message and swallows any send error; Yjs trusts
 * whatever arrives. This wrapper sits between the two:
 * - sending: large messages are cut into frames (see frames.ts) and queued behind the channel's buffer, so
 *   a 20 MB board or a 10,000-point import never meets the channel's size limit or overflows its buffer;
 *   a send that fails anyway drops the connection, and y-webrtc reconnects and re-syncs by state vectors;
 * - receiving: frames are reassembled (bounded), messages over the cap are refused, and a message that
 *   breaks the reader is logged instead of breaking the engine;
 * - it tells the room how the sync is going: whether this peer's answer to our state vector (sync step 2)
 *   has arrived, and how much of a large message is in.
 */
export interface PeerLink {
  /** Whether the peer's sync step 2 (everything we lacked when we connected) has arrived. */
  readonly synced: boolean;
  readonly open: boolean;
  /** Why a message from this peer was refused (too large), until its next sync step 2 is taken. */
  readonly refused: string | null;
  /** A chunked message being received from this peer, if any. */
  progress(): { received: number; total: number } | null;
  /** Sends a raw y-webrtc message (through the chunking queue). */
  send(message: Uint8Array): void;
  /** Drops the connection so that y-webrtc connects again and both sides exchange state vectors. */
  restart(reason: string): void;
}

/** The part of simple-peer this uses. */
export interface SimplePeerLike {
  readonly connected: boolean;
  readonly destroyed?: boolean;
  readonly bufferSize: number;
  send(data: Uint8Array): void;
  destroy(): void;
  listeners(event: 'data'): ((data: Uint8Array) => void)[];
  removeAllListeners(event: 'data'): void;
  on(event: 'data', listener: (data: Uint8Array) => void): void;
  on(event: 'connect' | 'close', listener: () => void): void;
  _channel?: (EventTarget & { readyState?: string }) | null;
}

export interface LinkOptions {
  label: string;
  log: (line: string) => void;
  /** Something about this link changed (progress, synced, closed): recompute the room's status. */
  onChange: () => void;
  max?: number;
  frameBytes?: number;
  /**
   * Whether the document holds structs it could not integrate yet, and whether the update being sent came
   * from the room (a peer). While it holds none, what applying a peer's message adds came from that peer
   * alone, so y-webrtc's copy of it back to that peer is dropped; a local edit made meanwhile still goes.
   */
  hasPending?: () => boolean;
  sendingPeerUpdate?: () => boolean;
}

/** y-protocols: messageSync (0) followed by messageYjsUpdate (2), the form y-webrtc forwards every update in. */
const isUpdate = (message: Uint8Array) => message[0] === 0 && message[1] === 2;
/**
 * The peer whose message is being read, while reading it adds nothing to the document from elsewhere: y-webrtc
 * sends every update it applies to every peer, the one it came from too. For each keystroke from a co-lead
 * that was a quarter of a millisecond before the page was told (bench edit-to-peer, profiled), and the
 * co-lead's browser reading its own keystroke back.
 */
let readingFrom: SimplePeerLike | null = null;

/** Bytes allowed in the channel's own buffer before we wait for it to drain (Chromium fails sends past 16 MiB). */
export const HIGH_WATER_BYTES = 1024 * 1024;
const DRAIN_POLL_MS = 200;

const linked = new WeakMap<object, PeerLink>();

/** y-protocols: messageSync (0) followed by messageYjsSyncStep2 (1). */
const isSyncStep2 = (message: Uint8Array) => message[0] === 0 && message[1] === 1;

export const linkPeer = (peer: SimplePeerLike, options: LinkOptions): PeerLink => {
  const existing = linked.get(peer);
  if (existing) return existing;
  const { label, log, onChange, max = MAX_MESSAGE_BYTES, frameBytes } = options;
  const rawSend = peer.send.bind(peer);
  const assembler = createAssembler(max);
  const queue: Uint8Array[] = [];
  let nextId = 1;
  let synced = false;
  let refused: string | null = null;
  let draining: ReturnType<typeof setTimeout> | null = null;

  /**
   * simple-peer emits 'connect' only after an async stats call, while the data channel may already be open
   * and carrying the peer's sync step 1: y-webrtc's answer must go out then, so look at the channel itself.
   */
  const channelOpen = () => (peer._channel ? peer._channel.readyState === 'open' : peer.connected);

  const restart = (reason: string) => {
    log(`Reconnecting to ${label} to sync again: ${reason}.`);
    queue.length = 0;
    peer.destroy();
  };

  const pump = () => {
    if (draining) clearTimeout(draining);
    draining = null;
    while (queue.length > 0) {
      if (!channelOpen()) {
        // Closed: what is queued is covered by the state-vector exchange when y-webrtc reconnects.
        queue.length = 0;
        return;
      }
      if (peer.bufferSize > HIGH_WATER_BYTES) {
        peer._channel?.addEventListener('bufferedamountlow', pump, { once: true });
        draining = setTimeout(pump, DRAIN_POLL_MS);
        return;
      }
      try {
        rawSend(queue.shift()!);
      } catch (error) {
        return restart(`a message could not be sent (${String(error)})`);
      }
    }
  };

  // y-webrtc calls peer.send for every sync and awareness message; route them all through the queue.
  peer.send = (message: Uint8Array) => {
    // Before the channel opens (and after it closes) y-webrtc's sends were always lost; the sync on
    // connect covers them.
    if (!channelOpen()) return;
    if (readingFrom === peer && isUpdate(message) && options.sendingPeerUpdate?.()) return;
    queue.push(...toFrames(message, nextId++, frameBytes));
    if (!draining) pump();
  };

  const listeners = peer.listeners('data');
  peer.removeAllListeners('data');
  peer.on('data', (frame: Uint8Array) => {
    const received = assembler.push(frame);
    if (received.kind === 'partial' || received.kind === 'skipped') return onChange();
    // Frames went missing: only a fresh exchange of state vectors can tell what else is missing.
    if (received.kind === 'error') return restart(`a broken chunked message from ${label}: ${received.reason}`);
    if (received.kind === 'refused') {
      // Reconnecting would only bring the same message again: refuse it and say so.
      refused = received.reason;
      log(`Refused a message from ${label}: ${received.reason}.`);
      return onChange();
    }
    const message = received.message;
    for (const listener of listeners) {
      readingFrom = options.hasPending?.() === false ? peer : null;
      try {
        listener(message);
      } catch (error) {
        log(`Dropped a message from ${label} that could not be read: ${String(error)}`);
      } finally {
        readingFrom = null;
      }
    }
    if (isSyncStep2(message)) {
      synced = true;
      refused = null;
    }
    onChange();
  });
  // A link lives as long as its simple-peer instance; a reconnect makes a new one, so nothing resets here
  // (the peer's sync step 2 may even arrive before 'connect').
  peer.on('connect', () => onChange());
  peer.on('close', () => {
    queue.length = 0;
    if (draining) clearTimeout(draining);
    onChange();
  });

  const link: PeerLink = {
    get synced() {
      return synced;
    },
    get open() {
      return peer.connected;
    },
    get refused() {
      return refused;
    },
    progress: () => assembler.progress(),
    send: (message) => peer.send(message),
    restart,
  };
  linked.set(peer, link);
  return link;
};
