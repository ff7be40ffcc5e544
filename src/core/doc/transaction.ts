import type * as Y from 'yjs';

/** Whether a transaction changed the document at all: set, inserted or deleted something. */
export const changesSomething = (transaction: Y.Transaction): boolean => transaction.changed.size > 0 || transaction.deleteSet.clients.size > 0;
