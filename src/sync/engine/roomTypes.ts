import type * as Y from 'yjs';
import type { Settings } from '../../core';
import type { RelayAccess } from '../relay/crypto';
import type { RelayLink, RelayLinkOptions } from '../relay/link';

/** What a board's room is opened with, and what it offers (room.ts opens the right kind). */
export interface RoomOptions {
  boardId: string;
  roomId: string;
  /** The write secret (WebRTC and relay), or a read capability (relay only, never pushing). */
  access: RelayAccess;
  doc: Y.Doc;
  settings: Settings;
  /** Who rotated the secret, when this room was entered by following a rotation. */
  movedBy: string;
  log: (line: string) => void;
  /** A co-lead moved the board to a new room (rotated its secret) while we were connected. */
  onPeerMoved: (secret: string, by: string) => void;
  /** Submissions arrived in the board's drop-box inbox (writers only). */
  onDropped?: RelayLinkOptions['onDropped'];
  /** Whether the board's copy in IndexedDB has been read into `doc` (RelayLinkOptions). */
  isLoaded?: () => boolean;
}

export interface Room {
  readonly roomId: string;
  /** Tells connected co-leads the new secret, then leaves; resolves once the room is closed. */
  moveTo(secret: string): Promise<void>;
  /** The relay link, for the drop-box inbox and forgetting an old room; null without a relay. */
  readonly relay: RelayLink | null;
  close(): Promise<void>;
}
