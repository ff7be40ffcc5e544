import { openReadRoom } from './readRoom';
import type { Room, RoomOptions } from './roomTypes';
import { openWriteRoom } from './writeRoom';

export type { Room, RoomOptions } from './roomTypes';

/**
 * A board's connection to its room: a co-lead's (write secret) is WebRTC with the relay beside it
 * (writeRoom.ts); a reader's is the relay alone (readRoom.ts).
 */
export const openRoom = (options: RoomOptions): Room =>
  options.access.kind === 'read' ? openReadRoom(options) : openWriteRoom({ ...options, access: options.access });
