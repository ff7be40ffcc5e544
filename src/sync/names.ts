/** IndexedDB database names, shared by the pages and the sync engine. */
export const LIBRARY_DB = 'ubt-library';
export const boardDbName = (boardId: string): string => `ubt-board-${boardId}`;
