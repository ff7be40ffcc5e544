import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FRAME_BYTES, CHUNK_HEADER_BYTES } from '../../src/sync/engine/frames';
import { HIGH_WATER_BYTES, linkPeer, type SimplePeerLike } from '../../src/sync/engine/peerLink';

/** Enough of simple-peer: `send` puts raw bytes on a wire, `destroy` closes. */
class FakePeer extends EventEmitter {
  connected = true;
  destroyed = false;
  bufferSize = 0;
  sent: Uint8Array[] = [];
  failWith: Error | null = null;
  send(data: Uint8Array) {
    if (this.failWith) throw this.failWith;
    this.sent.push(data);
  }
  destroy() {
    this.connected = false;
    this.destroyed = true;
    this.emit('close');
  }
}

const setup = (options: { max?: number } = {}) => {
  const a = new FakePeer();
  const b = new FakePeer();
  const received: Uint8Array[] = [];
  b.on('data', (data: Uint8Array) => received.push(data)); // y-webrtc's own listener
  const log: string[] = [];
  const linkA = linkPeer(a as unknown as SimplePeerLike, { label: 'peer a', log: (l) => log.push(l), onChange: () => {} });
  const linkB = linkPeer(b as unknown as SimplePeerLike, { label: 'peer b', log: (l) => log.push(l), onChange: () => {}, ...options });
  /** Delivers what A put on the wire to B, frame by frame, as the data channel would. */
  const deliver = () => {
    for (const frame of a.sent.splice(0)) b.emit('data', frame);
  };
  return { a, b, linkA, linkB, received, log, deliver };
};
const message = (n: number, first = 0, second = 2) => Uint8Array.from({ length: n }, (_, i) => (i === 0 ? first : i === 1 ? second : i % 256));

describe('a peer link', () => {
  it('sends a 1 MB sync message in frames under the data-channel limit, and the other side gets it whole', () => {
    const { a, deliver, received } = setup();
    const big = message(1_000_000);
    a.send(big); // what y-webrtc calls
    expect(a.sent.length).toBe(Math.ceil(1_000_000 / FRAME_BYTES));
    expect(Math.max(...a.sent.map((f) => f.byteLength))).toBeLessThanOrEqual(FRAME_BYTES + CHUNK_HEADER_BYTES);
    deliver();
    expect(received).toHaveLength(1);
    expect(Buffer.from(received[0]!).equals(Buffer.from(big))).toBe(true);
  });

  it('waits while the channel’s buffer is full and goes on when it drains, in order', async () => {
    const { a, deliver, received } = setup();
    a.bufferSize = HIGH_WATER_BYTES + 1;
    a.send(message(200_000, 0, 2));
    a.send(message(10, 0, 2));
    expect(a.sent).toEqual([]);
    a.bufferSize = 0;
    await new Promise((resolve) => setTimeout(resolve, 250));
    deliver();
    expect(received.map((m) => m.byteLength)).toEqual([200_000, 10]);
  });

  it('drops the connection when a send fails, so that y-webrtc reconnects and both sides exchange state vectors', () => {
    const { a, log } = setup();
    a.failWith = new Error('OperationError: Failure to send data');
    a.send(message(10));
    expect(a.destroyed).toBe(true);
    expect(log).toEqual(['Reconnecting to peer a to sync again: a message could not be sent (Error: OperationError: Failure to send data).']);
  });

  it('drops what y-webrtc sends before the channel is open (the sync on connect covers it)', () => {
    const { a } = setup();
    a.connected = false;
    a.send(message(10));
    expect(a.sent).toEqual([]);
  });

  it('sends as soon as the data channel is open, before simple-peer has emitted connect', () => {
    const { a } = setup();
    a.connected = false;
    (a as unknown as { _channel: { readyState: string; addEventListener(): void } })._channel = { readyState: 'open', addEventListener: () => {} };
    a.send(message(10)); // y-webrtc answering the peer's sync step 1
    expect(a.sent).toHaveLength(1);
  });

  it('counts the peer as synced once its sync step 2 has arrived, even before simple-peer says connect', () => {
    const { a, b, linkB, deliver } = setup();
    expect(linkB.synced).toBe(false);
    a.send(message(100, 0, 2)); // an update
    deliver();
    expect(linkB.synced).toBe(false);
    a.send(message(300_000, 0, 1)); // sync step 2, chunked
    deliver();
    expect(linkB.synced).toBe(true);
    b.emit('connect');
    expect(linkB.synced).toBe(true);
  });

  it('refuses a message over the cap without reconnecting, says why, and passes later messages', () => {
    const { a, b, linkB, deliver, received, log } = setup({ max: 100_000 });
    a.send(message(300_000, 0, 1));
    deliver();
    expect(received).toEqual([]);
    expect(linkB.refused).toBe('a 300000-byte message is larger than the 100000-byte cap');
    expect(b.destroyed).toBe(false);
    expect(log).toEqual(['Refused a message from peer b: a 300000-byte message is larger than the 100000-byte cap.']);
    a.send(message(50, 1, 0)); // awareness still arrives
    deliver();
    expect(received).toHaveLength(1);
    expect(linkB.refused).not.toBeNull();
  });

  it('reconnects when chunks go missing', () => {
    const { a, b, deliver, log } = setup();
    a.send(message(300_000));
    a.sent.splice(1, 1);
    deliver();
    expect(b.destroyed).toBe(true);
    expect(log[0]).toMatch(/^Reconnecting to peer b to sync again: a broken chunked message from peer b: a chunk arrived out of order/);
  });

  it('logs and drops a message that breaks the reader instead of throwing into the engine', () => {
    const peer = new FakePeer();
    peer.on('data', () => {
      throw new Error('Unexpected end of array');
    });
    const log: string[] = [];
    linkPeer(peer as unknown as SimplePeerLike, { label: 'peer abc', log: (l) => log.push(l), onChange: () => {} });
    expect(() => peer.emit('data', new Uint8Array([0, 2, 255]))).not.toThrow();
    expect(log).toEqual(['Dropped a message from peer abc that could not be read: Error: Unexpected end of array']);
  });
});
