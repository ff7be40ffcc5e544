import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onSaveCapture } from '../../src/background/capture';
import { saveDraft, takeDraft } from '../../src/platform/drafts';
import { draftFrom } from '../../src/platform/pageSelection';
import { pendingCaptures, removeCapture } from '../../src/sync/captureQueue';

const capture = { type: 'idea', id: 'cap-abcdefghijklmnop', boardId: 'b1', text: 'Label the linen carts', createdAt: 5 };

describe('saving a capture in the background', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    for (const c of (await pendingCaptures()).valid) await removeCapture(c.id);
  });

  it('writes it to the durable queue before answering, once however often it is sent', async () => {
    const notify = vi.fn(async () => {});
    expect(await onSaveCapture({ type: 'ubt:capture', capture }, notify)).toEqual({ ok: true });
    expect(await onSaveCapture({ type: 'ubt:capture', capture }, notify)).toEqual({ ok: true });
    const { valid } = await pendingCaptures();
    expect(valid.map((c) => c.id)).toEqual(['cap-abcdefghijklmnop']);
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('refuses a malformed capture with a message and queues nothing', async () => {
    const answer = await onSaveCapture({ type: 'ubt:capture', capture: { ...capture, sourceUrl: 'javascript:alert(1)' } }, async () => {});
    expect(answer).toEqual({ ok: false, error: 'The capture was not saved: capture.sourceUrl: must be an http:// or https:// address' });
    expect((await pendingCaptures()).valid).toEqual([]);
  });
});

describe('drafts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are kept in session storage, handed out once, and only while fresh', async () => {
    await saveDraft(draftFrom(' Label the carts ', 'Linen policy', 'http://127.0.0.1/linen', 1000));
    expect(await takeDraft(2000)).toEqual({ text: 'Label the carts', sourceTitle: 'Linen policy', sourceUrl: 'http://127.0.0.1/linen', createdAt: 1000 });
    expect(await takeDraft(2000)).toBeNull();
    await saveDraft(draftFrom('old', '', '', 0));
    expect(await takeDraft(10 * 60_000)).toBeNull();
  });

  it('drop a source address that is not a web page', () => {
    expect(draftFrom('x', 'Settings', 'chrome://settings').sourceUrl).toBe('');
    expect(draftFrom('x', 'Bad', 'javascript:alert(1)').sourceUrl).toBe('');
  });
});
