/**
 * Chunking of y-webrtc messages for WebRTC data channels.
 *
 * A data channel refuses a message above its maximum message size (about 256 KiB in Chromium) and y-webrtc
 * swallows the error, so a large sync message used to vanish and every later update waited for it forever.
 * A message up to FRAME_BYTES travels as it is (a plain y-webrtc peer reads it). A larger one is cut into
 * chunk frames that plain y-webrtc ignores: its first byte is a y-webrtc message type that y-webrtc does
 * not use. The channel is reliable and ordered, so chunks arrive in order; anything else is an error.
 *
 * Chunk frame: [CHUNK_TYPE: u8][message id: u32][total length: u32][offset: u32][payload]
 * (big-endian). See docs/PROTOCOL.md.
 */
export const CHUNK_TYPE = 120;
/** Payload of one frame; well under every browser's data-channel limit (Chromium 256 KiB, Firefox 1 GiB). */
export const FRAME_BYTES = 64 * 1024;
export const CHUNK_HEADER_BYTES = 13;
/** The largest message reassembled (a board of the benchmark's size is about 2 MB). */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** Cuts `message` into frames: the message itself when it fits, chunk frames otherwise. */
export const toFrames = (message: Uint8Array, id: number, frameBytes = FRAME_BYTES): Uint8Array[] => {
  if (message.byteLength <= frameBytes) return [message];
  const frames: Uint8Array[] = [];
  for (let offset = 0; offset < message.byteLength; offset += frameBytes) {
    const payload = message.subarray(offset, Math.min(offset + frameBytes, message.byteLength));
    const frame = new Uint8Array(CHUNK_HEADER_BYTES + payload.byteLength);
    const view = new DataView(frame.buffer);
    view.setUint8(0, CHUNK_TYPE);
    view.setUint32(1, id >>> 0);
    view.setUint32(5, message.byteLength);
    view.setUint32(9, offset);
    frame.set(payload, CHUNK_HEADER_BYTES);
    frames.push(frame);
  }
  return frames;
};

export type Received =
  | { kind: 'message'; message: Uint8Array }
  | { kind: 'partial'; received: number; total: number }
  | { kind: 'error'; reason: string }
  /** Too large to take: refused whole, and its remaining chunks are skipped as they arrive. */
  | { kind: 'refused'; reason: string }
  | { kind: 'skipped' };

export interface Assembler {
  /** Takes one frame off the channel: a whole message, progress on a chunked one, or why it was refused. */
  push(frame: Uint8Array): Received;
  /** The chunked message being received, if any. */
  progress(): { received: number; total: number } | null;
}

/**
 * Reassembles chunked messages from one peer. At most one message is in flight (the channel is ordered),
 * and it is never larger than `max`, so a peer can make us hold at most `max` bytes.
 */
export const createAssembler = (max = MAX_MESSAGE_BYTES): Assembler => {
  let current: { id: number; buffer: Uint8Array; received: number } | null = null;
  let skipping: number | null = null;
  const tooLarge = (bytes: number): Received => ({ kind: 'refused', reason: `a ${bytes}-byte message is larger than the ${max}-byte cap` });
  const fail = (reason: string): Received => {
    current = null;
    return { kind: 'error', reason };
  };
  return {
    push: (frame) => {
      if (frame.byteLength === 0 || frame[0] !== CHUNK_TYPE) {
        skipping = null;
        if (frame.byteLength > max) return tooLarge(frame.byteLength);
        // A whole message in the middle of a chunked one means chunks were lost.
        if (current) return fail(`a message arrived before the ${current.buffer.byteLength}-byte message it interrupts was complete`);
        return { kind: 'message', message: frame };
      }
      if (frame.byteLength <= CHUNK_HEADER_BYTES) return fail('an empty or truncated chunk');
      const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
      const id = view.getUint32(1);
      const total = view.getUint32(5);
      const offset = view.getUint32(9);
      const payload = frame.subarray(CHUNK_HEADER_BYTES);
      if (id === skipping && offset > 0) return { kind: 'skipped' };
      skipping = null;
      if (total > max) {
        if (current || offset !== 0) return fail('a chunk arrived out of order');
        skipping = id;
        return tooLarge(total);
      }
      if (offset === 0) {
        if (current) return fail(`a new message started before the ${current.buffer.byteLength}-byte message before it was complete`);
        current = { id, buffer: new Uint8Array(total), received: 0 };
      }
      if (!current || current.id !== id || current.buffer.byteLength !== total || offset !== current.received) return fail('a chunk arrived out of order');
      if (offset + payload.byteLength > total) return fail('a chunk runs past the end of its message');
      current.buffer.set(payload, offset);
      current.received += payload.byteLength;
      if (current.received < total) return { kind: 'partial', received: current.received, total };
      const message = current.buffer;
      current = null;
      return { kind: 'message', message };
    },
    progress: () => (current ? { received: current.received, total: current.buffer.byteLength } : null),
  };
};
