import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { Bus } from './bus';

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
}

const Topics = z.array(z.string().min(1).max(200)).max(100);
const Message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), topics: Topics.default([]) }),
  z.object({ type: z.literal('unsubscribe'), topics: Topics.default([]) }),
  z.looseObject({ type: z.literal('publish'), topic: z.string().min(1).max(200) }),
  z.object({ type: z.literal('ping') }),
]);

const PING_INTERVAL_MS = 30_000;

export const createSignalling = ({ bus, maxTopicsPerConnection, maxBufferedBytes, onMessage, log }: SignallingOptions) => {
  /** Local subscribers per topic, and the bus subscription that feeds them. */
  const topics = new Map<string, { conns: Set<WebSocket>; ready: Promise<() => void> }>();

  const sendText = (conn: WebSocket, text: string) => {
    if (conn.readyState !== conn.OPEN) return;
    if (conn.bufferedAmount > maxBufferedBytes) {
      log(`dropped a connection that is not reading: ${conn.bufferedAmount} bytes waiting`);
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
        case 'publish':
          queue = queue.then(() => bus.publish(`sig:${message.topic}`, JSON.stringify(message)));
          break;
        case 'ping':
          sendText(conn, JSON.stringify({ type: 'pong' }));
      }
    });
  };
  return { handle };
};
