import { afterEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageType, sendMessage, serveMessages } from '../../src/platform/messages';

let stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  fakeBrowser.reset();
});

describe('the message catalog', () => {
  it('sends a typed request and gets its checked reply', async () => {
    stops.push(serveMessages({ 'ubt:engine-rooms': () => ({ rooms: ['board-1'] }) }));
    expect(await sendMessage('ubt:engine-rooms', {})).toEqual({ rooms: ['board-1'] });
  });

  it('answers a malformed request with a clear error and never calls the handler', async () => {
    let called = false;
    stops.push(
      serveMessages({
        'ubt:capture': () => {
          called = true;
          return { ok: true };
        },
      }),
    );
    const answer = (await browser.runtime.sendMessage({ type: 'ubt:capture', capture: { text: 42 } })) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/“ubt:capture” was malformed/);
    expect(called).toBe(false);
  });

  it('refuses a reply that does not match the catalog', async () => {
    stops.push(serveMessages({ 'ubt:engine-rooms': () => ({ rooms: 'not a list' }) as never }));
    await expect(sendMessage('ubt:engine-rooms', {})).rejects.toThrow(/malformed answer to “ubt:engine-rooms”/);
  });

  it('knows only the types in the catalog', () => {
    expect(messageType({ type: 'ubt:open-board' })).toBe('ubt:open-board');
    expect(messageType({ type: 'toString' })).toBeNull();
    expect(messageType({ type: '__proto__' })).toBeNull();
    expect(messageType(null)).toBeNull();
  });
});
