/** Reads the stored copies of one board straight from IndexedDB, for the test. */
export const request = (boardId: string): Promise<unknown[]> =>
  new Promise((resolve, reject) => {
    const open = indexedDB.open('ubt-backups', 1);
    open.onsuccess = () => {
      const get = open.result
        .transaction('copies')
        .objectStore('copies')
        .getAllKeys(IDBKeyRange.bound(`${boardId} `, `${boardId} \uffff`));
      get.onsuccess = () => resolve(get.result);
      get.onerror = () => reject(get.error);
    };
    open.onerror = () => reject(open.error);
  });
