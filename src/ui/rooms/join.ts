import { deriveRoomId, parseInvite, randomId } from '../../core';
import type { LibraryModel } from '../app/library';
import { ensureEngine } from './engine';

export type JoinResult = { ok: true; boardId: string } | { ok: false; error: string };

/**
 * Joins the board an invite points to: a new local board bound to the invite's room, filled by the co-leads
 * who have it. An invite to a board already here opens that board.
 */
export const joinBoard = async (library: LibraryModel, text: string): Promise<JoinResult> => {
  const parsed = parseInvite(text);
  if (!parsed.ok) return parsed;
  const roomId = await deriveRoomId(parsed.secret);
  const existing = library.boards.value.find((board) => board.roomId === roomId);
  if (existing) return { ok: true, boardId: existing.id };
  const boardId = randomId();
  library.register(boardId, 'Shared board', { secret: parsed.secret, roomId });
  await ensureEngine();
  return { ok: true, boardId };
};
