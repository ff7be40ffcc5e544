import { deriveRoomId, parseAnyInvite, randomId, readCapabilityOf, type InviteKind } from '../../core';
import type { BoardListModel } from '../app/boardList';
import { ensureEngine } from './engine';
import { t, uiLanguage } from '../i18n';

export type JoinResult = { ok: true; boardId: string; kind: InviteKind } | { ok: false; error: string };

/**
 * Joins the board an invite points to, with what the invite holds: a co-lead's secret (the whole board), a
 * read capability (the board from the relay, read-only), a drop box (add ideas only), or read plus drop
 * (staff). An invite to a board already here opens it, and a co-lead's invite to a board held read-only
 * here gives that board write access.
 */
export const joinBoard = async (boardList: BoardListModel, text: string): Promise<JoinResult> => {
  const parsed = parseAnyInvite(text, uiLanguage.value);
  if (!parsed.ok) return parsed;
  const { invite } = parsed;
  const boards = boardList.boards.value;
  if (invite.kind === 'write') {
    const roomId = await deriveRoomId(invite.secret);
    const existing = boards.find((board) => board.roomId === roomId);
    if (existing) return { ok: true, boardId: existing.id, kind: 'write' };
    const { readToken } = await readCapabilityOf(invite.secret);
    const reader = boards.find((board) => board.read?.readToken === readToken);
    if (reader) {
      boardList.setRoom(reader.id, { secret: invite.secret, roomId });
      await ensureEngine();
      return { ok: true, boardId: reader.id, kind: 'write' };
    }
    const boardId = randomId();
    boardList.register(boardId, t('invite.sharedBoard'), { secret: invite.secret, roomId });
    await ensureEngine();
    return { ok: true, boardId, kind: 'write' };
  }
  const read = invite.kind === 'read' || invite.kind === 'staff' ? invite.read : undefined;
  const drop = invite.kind === 'drop' || invite.kind === 'staff' ? invite.drop : undefined;
  const existing = boards.find((board) => (read && board.read?.readToken === read.readToken) || (!read && drop && board.drop?.inbox === drop.inbox));
  if (existing) return { ok: true, boardId: existing.id, kind: invite.kind };
  const boardId = randomId();
  boardList.register(boardId, read ? t('invite.sharedBoard') : t('invite.dropBoxBoard'), { read, drop, dropRelay: parsed.relay ?? undefined });
  await ensureEngine();
  return { ok: true, boardId, kind: invite.kind };
};
