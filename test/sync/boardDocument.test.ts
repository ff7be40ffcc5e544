import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { withBoardDocument } from '../../src/sync/replica';

describe('withBoardDocument', () => {
  it('loads what is stored, keeps what `use` wrote, and releases the document', async () => {
    let used: import('yjs').Doc | null = null;
    await withBoardDocument('b-doc-1', ({ doc }) => {
      used = doc;
      doc.getMap('ideas').set('i1', 'kept on disk');
    });
    expect(used!.isDestroyed).toBe(true);
    const value = await withBoardDocument('b-doc-1', ({ doc }) => doc.getMap('ideas').get('i1'));
    expect(value).toBe('kept on disk');
  });

  it('releases the document when `use` throws, and passes the error on', async () => {
    let used: import('yjs').Doc | null = null;
    await expect(
      withBoardDocument('b-doc-2', ({ doc }) => {
        used = doc;
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(used!.isDestroyed).toBe(true);
  });
});
