import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardPeer } from '../../src/sync/engine/guard';

describe('guardPeer', () => {
  it('refuses messages above the cap with a logged reason and passes the rest through', () => {
    const peer = new EventEmitter();
    const received: number[] = [];
    peer.on('data', (data: Uint8Array) => received.push(data.byteLength));
    const log: string[] = [];
    guardPeer(peer as never, 'peer abc', (line) => log.push(line), 100);
    peer.emit('data', new Uint8Array(100));
    peer.emit('data', new Uint8Array(101));
    expect(received).toEqual([100]);
    expect(log).toEqual(['Refused a 101-byte message from peer abc: larger than the 100-byte cap.']);
  });

  it('logs and drops a message that breaks the reader instead of throwing into the engine', () => {
    const peer = new EventEmitter();
    peer.on('data', () => {
      throw new Error('Unexpected end of array');
    });
    const log: string[] = [];
    guardPeer(peer as never, 'peer abc', (line) => log.push(line));
    expect(() => peer.emit('data', new Uint8Array([255]))).not.toThrow();
    expect(log).toEqual(['Dropped a message from peer abc that could not be read: Error: Unexpected end of array']);
  });
});
