import type { Locator, Page } from 'playwright-core';
import { quantile, yWebrtcInPage } from './browserData';
import { printLine } from './report';
import type { TwoCoLeads } from './twoCoLeads';

type BenchWindow = typeof globalThis & {
  __Y: typeof import('yjs');
  __WebrtcProvider: typeof import('y-webrtc').WebrtcProvider;
  __sent: [string, number][];
  __seen: [string, number][];
  __rtt: number[];
  __ping(i: number): void;
  __keysHooked?: boolean;
};

/**
 * Keypress in `fieldA` (page A) → the character in the textarea `selectorB` of page B, over `keys`
 * keystrokes, one every 25 ms.
 */
const keyLatencies = async (pageA: Page, fieldA: Locator, pageB: Page, selectorB: string, keys: number): Promise<number[]> => {
  await fieldA.click();
  await pageB.locator(selectorB).waitFor();
  await pageA.evaluate(() => {
    const w = globalThis as BenchWindow;
    w.__sent = [];
    if (w.__keysHooked) return;
    w.__keysHooked = true;
    addEventListener('keydown', (event) => w.__sent.push([event.key, performance.timeOrigin + performance.now()]), true);
  });
  // Instrument only B's textarea: note when each new character is written into the DOM.
  await pageB.evaluate((selector) => {
    const w = globalThis as BenchWindow;
    w.__seen = [];
    const area = document.querySelector<HTMLTextAreaElement>(selector)!;
    const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    let length = area.value.length;
    Object.defineProperty(area, 'value', {
      configurable: true,
      get() {
        return native.get!.call(this);
      },
      set(value: string) {
        native.set!.call(this, value);
        // The characters that arrived (typed at the end), each with the moment it reached the DOM.
        const at = performance.timeOrigin + performance.now();
        for (; length < value.length; length++) w.__seen.push([value[length]!, at]);
        length = value.length;
      },
    });
  }, selectorB);
  for (let i = 0; i < keys; i++) {
    await fieldA.press(String.fromCharCode(97 + (i % 26)));
    await pageA.waitForTimeout(25);
  }
  await pageB.waitForFunction((n) => (globalThis as BenchWindow).__seen.length >= n, keys, { timeout: 30_000 });
  const sent = await pageA.evaluate(() => (globalThis as BenchWindow).__sent);
  const seen = await pageB.evaluate(() => (globalThis as BenchWindow).__seen);
  // Pair by content: the k-th "q" typed with the k-th "q" that appeared, so a lost or merged character
  // cannot shift every later pair.
  const arrivals = new Map<string, number[]>();
  for (const [ch, t] of seen) arrivals.set(ch, [...(arrivals.get(ch) ?? []), t]);
  const out: number[] = [];
  for (const [ch, t] of sent) {
    const next = arrivals.get(ch)?.shift();
    if (next !== undefined) out.push(next - t);
  }
  return out;
};

/** The product: A types into the project's problem statement, B's copy of it shows each character. */
const editLatencies = ({ pageA, pageB }: TwoCoLeads, edits: number): Promise<number[]> =>
  keyLatencies(pageA, pageA.getByLabel('Problem statement'), pageB, 'textarea[data-field="projects.problem"]', edits);

type Role = 'ping' | 'pong' | 'type' | 'show';
const FLOOR_AREA = 'textarea#bench-floor';

/**
 * Opens raw y-webrtc (the page's own bundle of Yjs and y-webrtc, nothing of the product) in a throwaway
 * room. `ping`/`pong`: a Y.Map ping-pong. `type`: a plain textarea whose input goes into a Y.Text; `show`: a
 * plain textarea that the Y.Text is written into. Resolves once a data channel is open (a peer is announced
 * before its connection is up), or false when none opened in 20 s.
 */
const openRaw = async (page: Page, role: Role, room: string, url: string): Promise<boolean> => {
  await yWebrtcInPage(page);
  return page.evaluate(
    ({ room, url, role }) => {
      const w = globalThis as BenchWindow & { __provider?: { destroy(): void } };
      w.__provider?.destroy();
      document.getElementById('bench-floor')?.remove();
      const doc = new w.__Y.Doc();
      const provider = new w.__WebrtcProvider(room, doc, { signaling: [url], password: 'bench', peerOpts: { config: { iceServers: [] } } });
      w.__provider = provider as unknown as { destroy(): void };
      if (role === 'ping' || role === 'pong') {
        const map = doc.getMap<number>('m');
        w.__rtt = [];
        let start = 0;
        map.observe((event) => {
          if (event.transaction.local) return;
          if (role === 'pong' && event.keysChanged.has('ping')) map.set('pong', map.get('ping')!);
          if (role === 'ping' && event.keysChanged.has('pong')) w.__rtt.push(performance.now() - start);
        });
        w.__ping = (i) => {
          start = performance.now();
          map.set('ping', i);
        };
      } else {
        const area = document.createElement('textarea');
        area.id = 'bench-floor';
        area.setAttribute('aria-label', 'Bench floor');
        area.style.cssText = 'position:fixed;left:0;bottom:0;width:20rem;height:4rem;z-index:2147483647';
        document.body.append(area);
        const text = doc.getText('t');
        // What a textarea bound to a shared text needs at the least: the typed characters into the Y.Text,
        // and the Y.Text's new value into the other textarea.
        if (role === 'type')
          area.addEventListener('input', () => {
            const now = text.toString();
            if (area.value.startsWith(now)) text.insert(now.length, area.value.slice(now.length));
          });
        else
          text.observe((event) => {
            if (!event.transaction.local) area.value = text.toString();
          });
      }
      return new Promise<boolean>((resolve) => {
        const began = performance.now();
        const timer = setInterval(() => {
          const conns = (provider as unknown as { room?: { webrtcConns: Map<string, { connected: boolean }> } }).room?.webrtcConns;
          const connected = !!conns && [...conns.values()].some((c) => c.connected);
          if (connected || performance.now() - began > 20_000) {
            clearInterval(timer);
            resolve(connected);
          }
        }, 20);
      });
    },
    { room, url, role },
  );
};

/**
 * A fresh raw room between A (`roles[0]`) and B (`roles[1]`) that carries something: `probe` sends one
 * thing and says whether it arrived within 10 s. A pair y-webrtc calls connected sometimes carries nothing
 * at all (one run in about eight here): it is left for a fresh room, as one that never connected is.
 */
const rawRoom = async ({ server, pageA, pageB }: TwoCoLeads, roles: [Role, Role], probe: () => Promise<boolean>): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    const room = `bench-${Math.random().toString(36).slice(2)}`;
    const ready = (await Promise.all([openRaw(pageA, roles[0], room, server.url), openRaw(pageB, roles[1], room, server.url)])).every(Boolean);
    if (ready) {
      await pageA.waitForTimeout(1000); // let the data channel open and sync
      if (await probe()) return;
    }
    if (attempt === 3) throw new Error(`edit-to-peer: the raw y-webrtc baseline (${roles.join('/')}) carried nothing in three rooms`);
    const what = ready ? 'carried nothing in 10 s' : 'did not open';
    console.error(`edit-to-peer: the raw baseline's data channel ${what} (attempt ${attempt}); trying a fresh room`);
  }
};

/** Whether a wait for something to arrive ended before its timeout. */
const arrived = (wait: Promise<unknown>): Promise<boolean> =>
  wait.then(
    () => true,
    () => false,
  );

const closeRaw = (page: Page) =>
  page.evaluate(() => {
    (globalThis as { __provider?: { destroy(): void } }).__provider?.destroy();
    document.getElementById('bench-floor')?.remove();
  });

/**
 * Raw y-webrtc between the same two board pages the edits go through (same browsers, same load): a Y.Map
 * ping-pong in a throwaway room, the first rounds discarded as warm-up, halved. The floor until December
 * 2026: it has neither the typing nor the other textarea.
 */
const WARM_UP = 20;
const rawOneWay = async (coLeads: TwoCoLeads, rounds: number): Promise<number[]> => {
  const pa = coLeads.pageA;
  let ping = 0;
  const answeredBy = (n: number) => arrived(pa.waitForFunction((n) => (globalThis as BenchWindow).__rtt.length >= n, n, { timeout: 10_000 }));
  await rawRoom(coLeads, ['ping', 'pong'], async () => {
    await pa.evaluate((n) => (globalThis as BenchWindow).__ping(n), ++ping);
    return answeredBy(1);
  });
  // A ping the connection drops (it happens on a loaded machine while the pair is still settling) is sent
  // again under a new number; only answered pings are counted. The first was answered above.
  for (let answered = 2; answered <= rounds + WARM_UP; answered++) {
    for (let attempt = 1; ; attempt++) {
      await pa.evaluate((n) => (globalThis as BenchWindow).__ping(n), ++ping);
      if (await answeredBy(answered)) break;
      if (attempt === 3) throw new Error(`edit-to-peer: ping ${ping} of the raw baseline was not answered in three tries of 10 s`);
      console.error(`edit-to-peer: a ping of the raw baseline was not answered (try ${attempt}); sending it again`);
    }
  }
  const rtt = await pa.evaluate(() => (globalThis as BenchWindow).__rtt);
  await Promise.all([closeRaw(pa), closeRaw(coLeads.pageB)]);
  return rtt.slice(WARM_UP).map((r) => r / 2);
};

/**
 * The fair floor (December 2026): the same keystrokes, pressed the same way, into a plain textarea in A's
 * board page, carried by raw y-webrtc as a Y.Text to a plain textarea in B's: the typing, the shared text
 * and the other textarea's new value, and nothing of the product. The first keys are warm-up.
 */
const typedFloor = async (coLeads: TwoCoLeads, keys: number): Promise<number[]> => {
  const { pageA, pageB } = coLeads;
  await rawRoom(coLeads, ['type', 'show'], async () => {
    await pageA.locator(FLOOR_AREA).press('z');
    return arrived(pageB.waitForFunction((selector) => document.querySelector<HTMLTextAreaElement>(selector)?.value === 'z', FLOOR_AREA, { timeout: 10_000 }));
  });
  const latencies = await keyLatencies(pageA, pageA.locator(FLOOR_AREA), pageB, FLOOR_AREA, keys + WARM_UP);
  await Promise.all([closeRaw(pageA), closeRaw(pageB)]);
  return latencies.slice(WARM_UP);
};

/**
 * `edit-to-peer`: p50 and p95 keypress-to-peer-DOM latency, against the same typing over raw y-webrtc
 * (plain textareas), and, as before December 2026, against raw y-webrtc's one-way latency alone.
 */
export const editToPeer = async (coLeads: TwoCoLeads, edits = 200): Promise<void> => {
  const oneWay = await rawOneWay(coLeads, edits);
  const typed = await typedFloor(coLeads, edits);
  const latencies = await editLatencies(coLeads, edits);
  printLine('edit-to-peer', 'p50-keypress-to-peer-dom', quantile(latencies, 0.5), quantile(typed, 0.5));
  printLine('edit-to-peer', 'p95-keypress-to-peer-dom', quantile(latencies, 0.95), quantile(typed, 0.95));
  printLine('edit-to-peer', 'p50-keypress-to-peer-dom-vs-one-way', quantile(latencies, 0.5), quantile(oneWay, 0.5));
  printLine('edit-to-peer', 'p95-keypress-to-peer-dom-vs-one-way', quantile(latencies, 0.95), quantile(oneWay, 0.95));
};
