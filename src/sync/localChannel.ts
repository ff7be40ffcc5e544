/**
 * A BroadcastChannel that also hands each message straight to the same channel in the sync engine's window
 * when it is on this thread, in a microtask of the sender's task (and the engine to every page's).
 *
 * Chrome's offscreen engine and every board page of the extension run on one renderer thread (Firefox:
 * the background page and the pages), so a BroadcastChannel message from a page reached its engine only
 * as a later task, after that page had drawn the change itself: on every keystroke's way to a co-lead,
 * 3.8–8.4 ms after the key where the page had posted it at 1.5–2.9 ms (bench edit-to-peer, traced), and
 * once more from the co-lead's engine to its page. Pages find the engine's window with
 * `extension.getViews()` (Chrome lists its offscreen document there too) and tell the windows they find
 * about themselves, so the engine, which has no such call in Chrome, reaches them back.
 *
 * A page's message to another page still waits for a task of its own: handed straight, that page's drawing
 * of the change would come before the typing page could draw its own.
 *
 * Every message still goes on the BroadcastChannel too, for any page this shortcut does not reach (another
 * process, a window that went away, a receiver that could not copy it); a receiver drops the copy of one
 * it was already handed, by the number added here (`n`). Messages are plain data: the receiver copies each
 * into its own realm (structuredClone), as the BroadcastChannel would.
 */
const HUB_KEY = '__ubtLocalChannels';
/** Copies of handed messages a receiver still expects on the BroadcastChannel, at most. */
const MAX_AWAITED = 10_000;

interface Receiver {
  deliver(message: unknown): void;
}
interface Hub {
  /** Other windows of this thread that hold local channels. */
  readonly windows: Set<Window>;
  readonly channels: Map<string, Set<Receiver>>;
  /** The sync engine's window (actAsEngineWindow). */
  engine: boolean;
  /** Messages this window was handed directly (the browser tests read it). */
  received: number;
}

/** `n`: which channel sent it and its count there, so a receiver knows a copy it has had already. */
type Numbered = { n: string };
const isNumbered = (data: unknown): data is Numbered => typeof data === 'object' && data !== null && typeof (data as Numbered).n === 'string';

const hubOf = (w: unknown): Hub | undefined => {
  try {
    const hub = (w as Record<string, unknown>)[HUB_KEY] as Hub | undefined;
    // Another window's objects are of its own realm: instanceof would not know them.
    return typeof hub === 'object' && hub !== null && typeof hub.channels?.get === 'function' ? hub : undefined;
  } catch {
    return undefined; // a window that is going away
  }
};

const here = globalThis as unknown as Window & Record<string, unknown>;
const ownHub = (): Hub => {
  let hub = hubOf(here);
  if (!hub) {
    hub = { windows: new Set(), channels: new Map(), engine: false, received: 0 };
    here[HUB_KEY] = hub;
    if (typeof addEventListener === 'function')
      addEventListener('pagehide', () => {
        for (const w of hub!.windows) hubOf(w)?.windows.delete(here);
        hub!.windows.clear();
      });
  }
  return hub;
};

type Views = { extension?: { getViews?: () => Window[] } };
/** The extension's other windows on this thread: those getViews lists, and those that made themselves known. */
const otherWindows = (hub: Hub): Window[] => {
  try {
    const views = (globalThis as unknown as { chrome?: Views }).chrome?.extension?.getViews?.() ?? [];
    for (const view of views) {
      if (view === here || hub.windows.has(view)) continue;
      const theirs = hubOf(view);
      if (!theirs) continue;
      hub.windows.add(view);
      theirs.windows.add(here);
    }
  } catch {
    // No getViews here (the offscreen engine, plain Node): only the windows that made themselves known.
  }
  for (const w of hub.windows) if (w.closed || !hubOf(w)) hub.windows.delete(w);
  return [...hub.windows];
};

/** Called by the sync engine: this window hands messages straight to every page, and pages to it. */
export const actAsEngineWindow = (): void => {
  ownHub().engine = true;
};

/** The hubs a message from `hub` is handed straight to: the engine's from a page; every one from the engine. */
const handedTo = (hub: Hub): Hub[] => {
  const others = otherWindows(hub).flatMap((w) => hubOf(w) ?? []);
  return hub.engine ? [hub, ...others] : others.filter((other) => other.engine);
};

const report = (error: unknown) => {
  if (typeof reportError === 'function') reportError(error);
  else console.error(error);
};

export interface LocalChannel {
  postMessage(message: object): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}

export const openLocalChannel = (name: string): LocalChannel => {
  const hub = ownHub();
  const broadcast = new BroadcastChannel(name);
  /** `n` of messages handed here whose BroadcastChannel copy has not come yet. */
  const awaited = new Set<string>();
  const id = Math.random().toString(36).slice(2);
  let sent = 0;
  let closed = false;
  /**
   * Copies for the BroadcastChannel, posted after the hand-over of the first of them, in the order they
   * were sent: posting one took a co-lead's engine about 0.2 ms of each keystroke, before its page was
   * handed the keystroke (bench edit-to-peer, profiled).
   */
  let unposted: Numbered[] = [];
  const postUnposted = () => {
    const copies = unposted;
    unposted = [];
    for (const copy of copies) {
      try {
        broadcast.postMessage(copy);
      } catch (error) {
        report(error); // not plain data: as a BroadcastChannel would have thrown to its sender
      }
    }
  };
  const channel: LocalChannel = {
    onmessage: null,
    postMessage: (message) => {
      if (closed) return;
      const numbered = { ...message, n: `${id}.${++sent}` };
      const receivers = handedTo(hub)
        .flatMap((h) => [...(h.channels.get(name) ?? [])])
        .filter((r) => r !== receiver);
      if (receivers.length === 0 && unposted.length === 0) return broadcast.postMessage(numbered);
      unposted.push(numbered);
      queueMicrotask(() => {
        for (const r of receivers) {
          try {
            r.deliver(numbered);
          } catch {
            // It could not take a copy (its window is going away): the BroadcastChannel copy is on its way.
          }
        }
        postUnposted();
      });
    },
    close: () => {
      postUnposted();
      closed = true;
      hub.channels.get(name)?.delete(receiver);
      broadcast.close();
    },
  };
  const receiver: Receiver = {
    // A message that cannot be copied here throws to the sender, and its BroadcastChannel copy is read
    // instead. One this page fails to handle is reported here, as a BroadcastChannel message's would be.
    deliver: (message) => {
      if (closed) return;
      const data: unknown = structuredClone(message);
      if (!isNumbered(data)) return;
      if (awaited.size >= MAX_AWAITED) awaited.delete(awaited.values().next().value!);
      awaited.add(data.n);
      hub.received++;
      try {
        channel.onmessage?.({ data });
      } catch (error) {
        report(error);
      }
    },
  };
  broadcast.onmessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (isNumbered(data) && awaited.delete(data.n)) return;
    channel.onmessage?.({ data });
  };
  const mine = hub.channels.get(name) ?? new Set<Receiver>();
  hub.channels.set(name, mine.add(receiver));
  return channel;
};
