/**
 * Yjs trusts its peers (see the Yjs threat model); we do not trust their message sizes or formats.
 * y-webrtc applies data-channel messages directly, so we wrap each connection's `data` listeners:
 * an oversized message is refused with a logged reason, and one that fails to decode is logged and
 * dropped instead of breaking the engine.
 */
export const MAX_PEER_MESSAGE_BYTES = 8 * 1024 * 1024;

interface PeerLike {
  listeners(event: 'data'): ((data: Uint8Array) => void)[];
  removeAllListeners(event: 'data'): void;
  on(event: 'data', listener: (data: Uint8Array) => void): void;
}

const guarded = new WeakSet<object>();

export const guardPeer = (peer: PeerLike, label: string, log: (line: string) => void, max = MAX_PEER_MESSAGE_BYTES): void => {
  if (guarded.has(peer)) return;
  guarded.add(peer);
  const original = peer.listeners('data');
  peer.removeAllListeners('data');
  peer.on('data', (data) => {
    if (data.byteLength > max) {
      log(`Refused a ${data.byteLength}-byte message from ${label}: larger than the ${max}-byte cap.`);
      return;
    }
    for (const listener of original) {
      try {
        listener(data);
      } catch (error) {
        log(`Dropped a message from ${label} that could not be read: ${String(error)}`);
      }
    }
  });
};
