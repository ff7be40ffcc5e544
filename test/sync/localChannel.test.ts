import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLocalChannel } from '../../src/sync/localChannel';

const HUB_KEY = '__ubtLocalChannels';
type Hub = { windows: Set<unknown>; channels: Map<string, Set<{ deliver(message: unknown): void }>>; engine: boolean; received: number };
const hubOf = (w: unknown) => (w as Record<string, Hub>)[HUB_KEY]!;
const settle = () => new Promise((r) => setTimeout(r, 50));
const collect = () => {
  const got: unknown[] = [];
  return { got, onmessage: (event: { data: unknown }) => got.push(event.data) };
};

/** Another window of the extension on this thread, as getViews hands it over, with a channel of its own. */
const otherWindow = (name: string, engine: boolean) => {
  const got: unknown[] = [];
  const receiver = { deliver: (m: unknown) => got.push(m) };
  const w = { closed: false, [HUB_KEY]: { windows: new Set(), channels: new Map([[name, new Set([receiver])]]), engine, received: 0 } };
  return { w, got };
};
const seeing = (...windows: unknown[]) => vi.stubGlobal('chrome', { extension: { getViews: () => [globalThis, ...windows] } });
/** Opens a channel first, so this realm has its hub, and makes it the engine's window. */
const asEngine = () => {
  openLocalChannel('ubt:local-setup').close();
  hubOf(globalThis).engine = true;
};

afterEach(() => {
  vi.unstubAllGlobals();
  const hub = hubOf(globalThis);
  if (hub) {
    hub.engine = false;
    hub.windows.clear();
  }
});

describe('a local channel', () => {
  it("hands a page's message to the engine's window before any task runs, and not to another page", async () => {
    const engine = otherWindow('ubt:local-page', true);
    const page = otherWindow('ubt:local-page', false);
    seeing(engine.w, page.w);
    const a = openLocalChannel('ubt:local-page');
    const update = new Uint8Array(3000).map((_, i) => i % 251);
    a.postMessage({ type: 'update', from: 'a', update });
    await Promise.resolve();
    expect(engine.got).toEqual([{ type: 'update', from: 'a', update, n: expect.any(String) }]);
    // The other page has it from the BroadcastChannel, once this page has drawn its own change.
    expect(page.got).toEqual([]);
    a.close();
  });

  it("hands the engine's message to its own other channels and every page, once each, as a copy", async () => {
    asEngine();
    const page = otherWindow('ubt:local-once', false);
    seeing(page.w);
    const a = openLocalChannel('ubt:local-once');
    const b = openLocalChannel('ubt:local-once');
    const other = openLocalChannel('ubt:local-other');
    const atA = collect();
    const atB = collect();
    const atOther = collect();
    a.onmessage = atA.onmessage;
    b.onmessage = atB.onmessage;
    other.onmessage = atOther.onmessage;
    const update = new Uint8Array(3000).map((_, i) => i % 251);
    a.postMessage({ type: 'update', from: 'a', update });
    await Promise.resolve();
    expect(page.got).toHaveLength(1);
    expect(atB.got).toHaveLength(1);
    const [handed] = atB.got as { update: Uint8Array }[];
    // A copy, as a BroadcastChannel gives: the sender may reuse its bytes.
    expect(handed!.update).toEqual(update);
    expect(handed!.update).not.toBe(update);
    await settle();
    // The BroadcastChannel copy came too, and was dropped.
    expect(atB.got).toHaveLength(1);
    expect(atA.got).toHaveLength(0);
    expect(atOther.got).toHaveLength(0);
    for (const c of [a, b, other]) c.close();
  });

  it('still reaches plain BroadcastChannels, and hears them, numbered or not', async () => {
    asEngine();
    const local = openLocalChannel('ubt:local-plain');
    const plain = new BroadcastChannel('ubt:local-plain');
    const heard: unknown[] = [];
    plain.onmessage = (event) => heard.push(event.data);
    const atLocal = collect();
    local.onmessage = atLocal.onmessage;
    local.postMessage({ type: 'hello', from: 'x' });
    plain.postMessage({ type: 'hello', from: 'y' });
    plain.postMessage({ type: 'hello', from: 'z', n: 'someone.1' });
    await settle();
    expect(heard).toEqual([{ type: 'hello', from: 'x', n: expect.stringMatching(/\.1$/) }]);
    expect(atLocal.got).toEqual([
      { type: 'hello', from: 'y' },
      { type: 'hello', from: 'z', n: 'someone.1' },
    ]);
    plain.close();
    local.close();
  });

  it('puts its copies on the BroadcastChannel after handing the message over, in the order sent, even when closed at once', async () => {
    asEngine();
    const page = otherWindow('ubt:local-order', false);
    seeing(page.w);
    const plain = new BroadcastChannel('ubt:local-order');
    const heard: unknown[] = [];
    plain.onmessage = (event) => heard.push((event.data as { from: string }).from);
    const posted = vi.spyOn(BroadcastChannel.prototype, 'postMessage');
    const a = openLocalChannel('ubt:local-order');
    a.postMessage({ type: 'hello', from: '1' });
    a.postMessage({ type: 'hello', from: '2' });
    // Not yet: the receiving page's work comes first.
    expect(posted).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(page.got).toHaveLength(2);
    expect(posted).toHaveBeenCalledTimes(2);
    // One with nobody to hand it to waits behind a copy still waiting; closing posts what waits.
    a.postMessage({ type: 'hello', from: '3' });
    page.w[HUB_KEY].channels.clear();
    a.postMessage({ type: 'hello', from: '4' });
    a.close();
    await settle();
    expect(heard).toEqual(['1', '2', '3', '4']);
    posted.mockRestore();
    plain.close();
  });

  it('sends and hears nothing once closed', async () => {
    asEngine();
    const a = openLocalChannel('ubt:local-closed');
    const b = openLocalChannel('ubt:local-closed');
    const atB = collect();
    b.onmessage = atB.onmessage;
    b.close();
    a.postMessage({ type: 'hello', from: 'a' });
    await settle();
    expect(atB.got).toHaveLength(0);
    a.close();
    a.postMessage({ type: 'hello', from: 'a' });
    await settle();
  });

  it('keeps handing on to the others when one receiver throws', async () => {
    asEngine();
    const a = openLocalChannel('ubt:local-fails');
    const b = openLocalChannel('ubt:local-fails');
    const c = openLocalChannel('ubt:local-fails');
    const atC = collect();
    let tries = 0;
    b.onmessage = () => {
      tries++;
      throw new Error('a bug in this page');
    };
    c.onmessage = atC.onmessage;
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    a.postMessage({ type: 'hello', from: 'a' });
    await Promise.resolve();
    expect(atC.got).toHaveLength(1);
    await settle();
    // Reported, as a failing BroadcastChannel listener's error would be, and not handed to it again.
    expect(tries).toBe(1);
    expect(reported).toHaveBeenCalledWith(expect.objectContaining({ message: 'a bug in this page' }));
    expect(atC.got).toHaveLength(1);
    for (const x of [a, b, c]) x.close();
  });

  it('finds the engine with getViews, tells it about itself, and forgets it once closed', async () => {
    const { w, got } = otherWindow('ubt:local-views', true);
    seeing(w);
    const a = openLocalChannel('ubt:local-views');
    a.postMessage({ type: 'update', from: 'a', update: new Uint8Array([1, 2, 3]) });
    await Promise.resolve();
    expect(got).toEqual([{ type: 'update', from: 'a', update: new Uint8Array([1, 2, 3]), n: expect.any(String) }]);
    // The engine, which has no getViews, reaches this page back.
    expect(hubOf(w).windows.has(globalThis)).toBe(true);
    expect(hubOf(globalThis).windows.has(w)).toBe(true);

    vi.stubGlobal('chrome', undefined);
    w.closed = true;
    a.postMessage({ type: 'hello', from: 'a' });
    await Promise.resolve();
    expect(got).toHaveLength(1);
    expect(hubOf(globalThis).windows.has(w)).toBe(false);
    a.close();
  });

  it('counts what it was handed, for the browser tests', async () => {
    asEngine();
    const before = hubOf(globalThis).received;
    const a = openLocalChannel('ubt:local-count');
    const b = openLocalChannel('ubt:local-count');
    b.onmessage = () => {};
    a.postMessage({ type: 'hello', from: 'a' });
    a.postMessage({ type: 'hello', from: 'a' });
    await Promise.resolve();
    expect(hubOf(globalThis).received - before).toBe(2);
    a.close();
    b.close();
  });
});
