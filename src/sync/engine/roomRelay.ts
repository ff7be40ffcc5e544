import { openRelayLink, type RelayLink, type RelayLinkOptions } from '../relay/link';
import type { RoomOptions } from './roomTypes';

/**
 * The room's relay link, when relays are configured (null otherwise): the board, its keys and whether its
 * stored copy is read come from the room; how edits are told apart and whom to tell come from the kind of room.
 */
export const openRoomRelay = (options: RoomOptions, how: Pick<RelayLinkOptions, 'isLocalEdit' | 'onChange' | 'onDropped'>): RelayLink | null =>
  options.settings.relays.length > 0
    ? openRelayLink({
        urls: options.settings.relays,
        boardId: options.boardId,
        roomId: options.roomId,
        access: options.access,
        doc: options.doc,
        isLoaded: options.isLoaded,
        log: options.log,
        ...how,
      })
    : null;
