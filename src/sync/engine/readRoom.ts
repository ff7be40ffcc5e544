import type { RelayLink } from '../relay/link';
import { openRoomRelay } from './roomRelay';
import { isOnline, readRoomStatus } from './connectionStatus';
import { openPresenceBridge } from './presenceBridge';
import type { Room, RoomOptions } from './roomTypes';

/**
 * A read-only board's connection: the relay alone, with live fan-out. It has no WebRTC password (a read
 * invite never holds one) and pushes nothing: the relay would refuse it anyway.
 */
export const openReadRoom = (options: RoomOptions): Room => {
  const { boardId, roomId, log } = options;
  const relay: RelayLink | null = openRoomRelay(options, { isLocalEdit: () => false, onChange: () => bridge.post() });
  const bridge = openPresenceBridge({
    boardId,
    log,
    state: () => ({ status: readRoomStatus({ online: isOnline(), relay: relay?.status() ?? null }), people: [], movedBy: '' }),
  });
  const timer = setInterval(() => bridge.post(), 1000);
  bridge.post();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    clearInterval(timer);
    bridge.close();
    await relay?.close();
  };
  return { roomId, relay, moveTo: close, close };
};
