import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Bus } from './bus';
import { bucket, buckets } from './limits';

/**
 * The y-webrtc signalling protocol (subscribe / unsubscribe / publish / ping). It relays opaque,
 * password-encrypted signalling between peers of a room and stores nothing. Based on y-webrtc's
 * bin/server.js, with size limits and validation of every message. A publish goes through the bus, so
 * co-leads connected to two instances over one Redis still find each other.
 */
export interface SignallingOptions {
  bus: Bus;
  maxTopicsPerConnection: number;
  maxBufferedBytes: number;
  onMessage?: (direction: 'in' | 'out', text: string) => void;
  log: (line: string) => void;
  limits?: Partial<SignallingLimits>;
  /** Counts refusals for /metrics. */
  onRefused?: (reason: string) => void;
}

/**
 * Publishes are what one connection can use to flood a room's subscribers (each of whom is dropped once 1 MiB
 * waits for them): limited per connection, in messages and bytes, and per topic in bytes across connections.
 * WebRTC set-up between two co-leads publishes a few dozen messages of a few kB.
 */
export const SIGNALLING_LIMITS = {
  publishesPerSecond: 50,
  publishBurst: 200,
  publishBytesPerSecond: 128 * 1024,
  publishByteBurst: 384 * 1024,
  topicBytesPerSecond: 256 * 1024,
  topicByteBurst: 512 * 1024,
};
export type SignallingLimits = typeof SIGNALLING_LIMITS;

const Topics = z.array(z.string().min(1).max(200)).max(100);
const Message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), topics: Topics.default([]) }),
  z.object({ type: z.literal('unsubscribe'), topics: Topics.default([]) }),
  z.looseObject({ type: z.literal('publish'), topic: z.string().min(1).max(200) }),
  z.object({ type: z.literal('ping') }),
]);

const PING_INTERVAL_MS = 30_000;

export const createSignalling = ({ bus, maxTopicsPerConnection, maxBufferedBytes, onMessage, log, limits: given, onRefused }: SignallingOptions) => {
  const limits = { ...SIGNALLING_LIMITS, ...given };
  const topicBytes = buckets(limits.topicBytesPerSecond, limits.topicByteBurst);
  let refusedLogged = 0;
  /** Local subscribers per topic, and the bus subscription that feeds them. */
  const topics = new Map<string, { conns: Set<WebSocket>; ready: Promise<() => void> }>();

  const sendText = (conn: WebSocket, text: string) => {
    if (conn.readyState !== conn.OPEN) return;
    if (conn.bufferedAmount > maxBufferedBytes) {
      log(`dropped a connection that is not reading: ${conn.bufferedAmount} bytes waiting`);
      onRefused?.('signalling-not-reading');
      return conn.terminate();
    }
    onMessage?.('out', text);
    try {
      conn.send(text);
    } catch {
      conn.close();
    }
  };

  const join = (topic: string, conn: WebSocket): Promise<unknown> => {
    let entry = topics.get(topic);
    if (!entry) {
      const conns = new Set<WebSocket>();
      const ready = bus.subscribe(`sig:${topic}`, (payload) => {
        const message = JSON.parse(payload) as Record<string, unknown>;
        const text = JSON.stringify({ ...message, clients: conns.size });
        for (const receiver of conns) sendText(receiver, text);
      });
      entry = { conns, ready };
      topics.set(topic, entry);
    }
    entry.conns.add(conn);
    return entry.ready;
  };
  const leave = (topic: string, conn: WebSocket) => {
    const entry = topics.get(topic);
    if (!entry) return;
    entry.conns.delete(conn);
    if (entry.conns.size === 0) {
      topics.delete(topic);
      void entry.ready.then((stop) => stop());
    }
  };

  const handle = (conn: WebSocket) => {
    const subscribed = new Set<string>();
    const publishes = bucket(limits.publishesPerSecond, limits.publishBurst);
    const publishBytes = bucket(limits.publishBytesPerSecond, limits.publishByteBurst);
    let alive = true;
    const ping = setInterval(() => {
      if (!alive) return conn.terminate();
      alive = false;
      conn.ping();
    }, PING_INTERVAL_MS);
    conn.on('pong', () => (alive = true));
    conn.on('error', (error) => log(`closed a connection: ${error.message}`));
    conn.on('close', () => {
      clearInterval(ping);
      for (const topic of subscribed) leave(topic, conn);
    });
    // Messages wait for the subscriptions before them, so nothing is published to a topic we are not yet hearing.
    let queue: Promise<unknown> = Promise.resolve();
    conn.on('message', (data) => {
      const text = data.toString();
      onMessage?.('in', text);
      let parsed: ReturnType<typeof Message.safeParse>;
      try {
        parsed = Message.safeParse(JSON.parse(text));
      } catch {
        return log('ignored a message that is not JSON');
      }
      if (!parsed.success) return log(`ignored a malformed message: ${parsed.error.issues[0]?.message}`);
      const message = parsed.data;
      switch (message.type) {
        case 'subscribe': {
          const waits: Promise<unknown>[] = [];
          for (const topic of message.topics) {
            if (subscribed.size >= maxTopicsPerConnection) break;
            if (subscribed.has(topic)) continue;
            subscribed.add(topic);
            waits.push(join(topic, conn));
          }
          queue = queue.then(() => Promise.all(waits)).catch((error: unknown) => log(`could not subscribe: ${String(error)}`));
          break;
        }
        case 'unsubscribe':
          for (const topic of message.topics) {
            if (subscribed.delete(topic)) leave(topic, conn);
          }
          break;
        case 'publish': {
          // Over a limit, the publish is dropped: y-webrtc sends its offers again, and honest peers keep their connections.
          if (publishes.take(1) > 0 || publishBytes.take(text.length) > 0 || topicBytes(message.topic).take(text.length) > 0) {
            onRefused?.('signalling-rate-limited');
            if (Date.now() - refusedLogged > 10_000) {
              refusedLogged = Date.now();
              log('signalling: dropped publishes over the rate limit');
            }
            break;
          }
          queue = queue.then(() => bus.publish(`sig:${message.topic}`, JSON.stringify(message)));
          break;
        }
        case 'ping':
          sendText(conn, JSON.stringify({ type: 'pong' }));
      }
    });
  };
  return { handle };
};
