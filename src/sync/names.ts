/** IndexedDB database names, shared by the pages and the sync engine. */
export const BOARD_LIST_DB = 'ubt-library';
export const boardDbName = (boardId: string): string => `ubt-board-${boardId}`;
/** The sync engine's log lines, for any extension page that wants to show or record them (diagnostics, tests). */
export const ENGINE_LOG_CHANNEL = 'ubt:engine-log';
