import { describe, expect, it } from 'vitest';
import { CHUNK_HEADER_BYTES, CHUNK_TYPE, createAssembler, toFrames } from '../../src/sync/engine/frames';

const bytes = (n: number, seed = 1) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) % 251);

describe('chunk frames', () => {
  it('sends a message that fits as it is, so a plain y-webrtc peer still reads it', () => {
    const message = bytes(100);
    expect(toFrames(message, 1, 100)).toEqual([message]);
  });

  it('cuts a large message into frames no larger than the frame size plus the header, and puts it back together', () => {
    const message = bytes(1000);
    const frames = toFrames(message, 7, 128);
    expect(frames).toHaveLength(8);
    expect(Math.max(...frames.map((f) => f.byteLength))).toBe(128 + CHUNK_HEADER_BYTES);
    expect(frames.every((f) => f[0] === CHUNK_TYPE)).toBe(true);
    const assembler = createAssembler();
    const results = frames.map((f) => assembler.push(f));
    expect(results.slice(0, -1).map((r) => r.kind)).toEqual(Array(7).fill('partial'));
    expect(results[3]).toEqual({ kind: 'partial', received: 512, total: 1000 });
    expect(results.at(-1)).toEqual({ kind: 'message', message });
    expect(assembler.progress()).toBeNull();
  });

  it('reports progress while a message is arriving, and takes messages one after another', () => {
    const assembler = createAssembler();
    const first = toFrames(bytes(300, 1), 1, 100);
    const second = toFrames(bytes(300, 2), 2, 100);
    assembler.push(first[0]!);
    expect(assembler.progress()).toEqual({ received: 100, total: 300 });
    for (const frame of first.slice(1)) assembler.push(frame);
    const small = bytes(10, 3);
    expect(assembler.push(small)).toEqual({ kind: 'message', message: small });
    const last = second.map((f) => assembler.push(f)).at(-1);
    expect(last).toEqual({ kind: 'message', message: bytes(300, 2) });
  });

  it.each([
    ['a missing chunk', (f: Uint8Array[]) => [f[0]!, f[2]!], 'a chunk arrived out of order'],
    ['a chunk of another message', (f: Uint8Array[]) => [f[0]!, toFrames(bytes(300), 9, 100)[1]!], 'a chunk arrived out of order'],
    ['a whole message in the middle', (f: Uint8Array[]) => [f[0]!, bytes(5)], 'a message arrived before the 300-byte message it interrupts was complete'],
    [
      'a new message in the middle',
      (f: Uint8Array[]) => [f[0]!, toFrames(bytes(300), 9, 100)[0]!],
      'a new message started before the 300-byte message before it was complete',
    ],
    ['a truncated chunk', (f: Uint8Array[]) => [f[0]!.subarray(0, CHUNK_HEADER_BYTES)], 'an empty or truncated chunk'],
  ])('refuses %s and starts afresh', (_name, pick, reason) => {
    const assembler = createAssembler();
    const frames = pick(toFrames(bytes(300), 1, 100));
    const results = frames.map((f) => assembler.push(f));
    expect(results.at(-1)).toEqual({ kind: 'error', reason });
    expect(assembler.progress()).toBeNull();
    // The next whole message goes through.
    const next = toFrames(bytes(250, 4), 2, 100);
    expect(next.map((f) => assembler.push(f)).at(-1)).toEqual({ kind: 'message', message: bytes(250, 4) });
  });

  it('refuses a message over the cap before allocating it, skips its chunks, and takes the next message', () => {
    const assembler = createAssembler(1000);
    const big = toFrames(bytes(5000), 3, 1000);
    const results = big.map((f) => assembler.push(f));
    expect(results[0]).toEqual({ kind: 'refused', reason: 'a 5000-byte message is larger than the 1000-byte cap' });
    expect(results.slice(1).map((r) => r.kind)).toEqual(Array(4).fill('skipped'));
    expect(assembler.progress()).toBeNull();
    expect(assembler.push(bytes(1001))).toEqual({ kind: 'refused', reason: 'a 1001-byte message is larger than the 1000-byte cap' });
    expect(assembler.push(bytes(1000))).toEqual({ kind: 'message', message: bytes(1000) });
  });

  it('refuses a chunk that claims to run past its message', () => {
    const assembler = createAssembler();
    const frame = toFrames(bytes(300), 1, 200)[0]!;
    new DataView(frame.buffer).setUint32(5, 150); // total smaller than the payload
    expect(assembler.push(frame)).toEqual({ kind: 'error', reason: 'a chunk runs past the end of its message' });
  });
});
