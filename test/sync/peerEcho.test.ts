import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { linkPeer, type SimplePeerLike } from '../../src/sync/engine/peerLink';

/** Enough of simple-peer: `send` puts raw bytes on a wire. */
class FakePeer extends EventEmitter {
  connected = true;
  bufferSize = 0;
  sent: Uint8Array[] = [];
  send(data: Uint8Array) {
    this.sent.push(data);
  }
  destroy() {
    this.connected = false;
  }
}

/** y-protocols' first bytes: an update (0, 2), a sync step 2 (0, 1), awareness (1). */
const UPDATE = Uint8Array.from([0, 2, 9, 9, 9]);
const STEP2 = Uint8Array.from([0, 1, 7, 7]);
const AWARENESS = Uint8Array.from([1, 5, 5]);

/**
 * Ana's update reaches this engine from peer `ana`; y-webrtc (the listener here) applies it and sends the
 * resulting update to every peer, Ana included, plus its own replies. Ben is another peer.
 */
const setup = (state: { pending: boolean; fromPeer: boolean }) => {
  const wire = new FakePeer();
  const ana = new FakePeer();
  const ben = new FakePeer();
  const options = { log: () => {}, onChange: () => {}, hasPending: () => state.pending, sendingPeerUpdate: () => state.fromPeer };
  const fromAna = linkPeer(wire as unknown as SimplePeerLike, { label: 'wire', log: () => {}, onChange: () => {} });
  ana.on('data', () => {
    ana.send(UPDATE);
    ben.send(UPDATE);
    ana.send(STEP2);
    ana.send(AWARENESS);
  });
  linkPeer(ana as unknown as SimplePeerLike, { label: 'ana', ...options });
  linkPeer(ben as unknown as SimplePeerLike, { label: 'ben', ...options });
  const receive = () => {
    fromAna.send(Uint8Array.from([0, 2, 1, 2, 3]));
    for (const frame of wire.sent.splice(0)) ana.emit('data', frame);
  };
  return { ana, ben, receive };
};

describe('what y-webrtc sends back to the peer whose update it is reading', () => {
  it('drops the copy of that peer’s own update, and sends everything else', () => {
    const { ana, ben, receive } = setup({ pending: false, fromPeer: true });
    receive();
    expect(ana.sent).toHaveLength(2); // the sync step 2 and the awareness, not the update
    expect(ben.sent).toHaveLength(1);
    // Outside the reading of Ana's message, an update goes to Ana too.
    ana.send(UPDATE);
    expect(ana.sent).toHaveLength(3);
  });

  it('sends it when the document held structs it could not integrate (they may be news to the peer)', () => {
    const { ana, receive } = setup({ pending: true, fromPeer: true });
    receive();
    expect(ana.sent).toHaveLength(3);
  });

  it('sends an update made here while reading (an edit, not the peer’s own)', () => {
    const { ana, receive } = setup({ pending: false, fromPeer: false });
    receive();
    expect(ana.sent).toHaveLength(3);
  });
});
