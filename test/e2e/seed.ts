import * as Y from 'yjs';
import { createSecret, defaultContext, deriveRoomId, inviteLink, registerBoard } from '../../src/core';
import { seedIndexedDb } from '../../bench/browserData';
import type { ExtensionBrowser } from './browser';

/**
 * Puts a shared board into a profile as if a co-lead had built it there earlier: the board's document and
 * a library entry with its secret, written to the extension's IndexedDB. The engine reads the library at
 * start, so the caller restarts the browser (same profile) afterwards. Returns the invite link.
 */
export const seedSharedBoard = async (browser: ExtensionBrowser, board: { id: string; name: string; doc: Y.Doc }): Promise<string> => {
  const secret = createSecret();
  const boardList = new Y.Doc();
  registerBoard(boardList, { id: board.id, name: board.name, secret, roomId: await deriveRoomId(secret) }, defaultContext());
  const page = await browser.page('options.html');
  await seedIndexedDb(page, `ubt-board-${board.id}`, Y.encodeStateAsUpdate(board.doc));
  await seedIndexedDb(page, 'ubt-library', Y.encodeStateAsUpdate(boardList));
  await page.close();
  return inviteLink(`chrome-extension://${browser.extensionId}/board.html`, secret);
};
