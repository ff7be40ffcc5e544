import { storage } from 'wxt/utils/storage';

/**
 * Small marks this browser keeps for one person, through @wxt-dev/storage under `local:` (on disk, never
 * synced): a welcome already seen, a large-change warning already dismissed, the board quick-add chose last.
 * Version 0.1 kept them in the extension pages' localStorage, under the same names: the first read moves an
 * old mark over, so nobody sees a welcome twice after an update.
 */
export interface Mark {
  get(): Promise<string | null>;
  set(value: string): Promise<void>;
}

const fromLocalStorage = (key: string): string | null => {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // A page without localStorage (or with it blocked) simply has no old mark.
  }
};

export function mark(key: string): Mark {
  const item = storage.defineItem<string | null>(`local:${key}`, { fallback: null });
  return {
    async get() {
      const value = await item.getValue();
      if (value !== null) return value;
      const old = fromLocalStorage(key);
      if (old === null) return null;
      await item.setValue(old);
      globalThis.localStorage.removeItem(key);
      return old;
    },
    set: (value) => item.setValue(value),
  };
}

/** The welcome for staff on a team's board, once seen ('1'). */
export const staffWelcomeSeen = (boardId: string): Mark => mark(`ubt-staff-welcome-seen:${boardId}`);
/** The kept copy whose large-change warning was dismissed or restored (`key@at`). */
export const largeChangeSeen = (boardId: string): Mark => mark(`ubt-large-change-seen ${boardId}`);
/** The board the last capture went to, offered first next time. */
export const lastCaptureBoard: Mark = mark('ubt:last-capture-board');
