/**
 * One object store in its own IndexedDB database, opened once and reopened after the browser closes it:
 * `run` performs one request in one transaction and resolves once the transaction is done (so a write
 * is on disk). The one IndexedDB helper besides y-indexeddb: the engine's small stores (relay link state,
 * automatic copies) and the capture queue. `keyPath`: values carry their own key (the queue's `id`).
 */
export const keyValueStore = (dbName: string, storeName: string, options: { keyPath?: string } = {}) => {
  let opening: Promise<IDBDatabase> | null = null;
  const database = (): Promise<IDBDatabase> => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore(storeName, options.keyPath ? { keyPath: options.keyPath } : undefined);
      };
      request.onsuccess = () => {
        const db = request.result;
        db.onclose = () => {
          opening = null;
        };
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => {
        opening = null;
        reject(request.error);
      };
    });
    return opening;
  };
  const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T> | undefined): Promise<T | undefined> => {
    const db = await database();
    return new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(storeName, mode);
      const request = action(tx.objectStore(storeName));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  };
  return { run };
};
