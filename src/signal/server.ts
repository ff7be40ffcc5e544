import { createServer, type Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';

/**
 * UBT Board's signalling server: the y-webrtc signalling protocol (subscribe / unsubscribe / publish / ping),
 * bound to 127.0.0.1 unless told otherwise. It relays opaque, password-encrypted signalling between peers
 * of a room and stores nothing. Based on y-webrtc's bin/server.js, with a host option, size limits and
 * validation of every message.
 */
export interface SignalServerOptions {
  host?: string;
  port?: number;
  /** Larger messages close the connection; SDP offers are a few kB. */
  maxMessageBytes?: number;
  maxTopicsPerConnection?: number;
  /**
   * A connection with more than this many bytes waiting to be sent (a client that does not read) is
   * dropped, so one stuck client cannot make the server hold an ever-growing queue for it.
   */
  maxBufferedBytes?: number;
  /** Sees every message received and sent, for the privacy test and for debugging. */
  onMessage?: (direction: 'in' | 'out', text: string) => void;
  log?: (line: string) => void;
}

export interface SignalServer {
  readonly url: string;
  readonly port: number;
  readonly clients: () => number;
  close(): Promise<void>;
}

const Topics = z.array(z.string().min(1).max(200)).max(100);
const Message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('subscribe'), topics: Topics.default([]) }),
  z.object({ type: z.literal('unsubscribe'), topics: Topics.default([]) }),
  z.looseObject({ type: z.literal('publish'), topic: z.string().min(1).max(200) }),
  z.object({ type: z.literal('ping') }),
]);

const PING_INTERVAL_MS = 30_000;

export const startSignalServer = async (options: SignalServerOptions = {}): Promise<SignalServer> => {
  const { host = '127.0.0.1', port = 4444, maxMessageBytes = 64 * 1024, maxTopicsPerConnection = 200, maxBufferedBytes = 1024 * 1024, onMessage, log = () => {} } = options;
  const topics = new Map<string, Set<WebSocket>>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });

  const send = (conn: WebSocket, message: object) => {
    if (conn.readyState !== conn.OPEN) return;
    if (conn.bufferedAmount > maxBufferedBytes) {
      log(`dropped a connection that is not reading: ${conn.bufferedAmount} bytes waiting`);
      return conn.terminate();
    }
    const text = JSON.stringify(message);
    onMessage?.('out', text);
    try {
      conn.send(text);
    } catch {
      conn.close();
    }
  };

  wss.on('connection', (conn: WebSocket) => {
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
      for (const topic of subscribed) {
        const subscribers = topics.get(topic);
        subscribers?.delete(conn);
        if (subscribers?.size === 0) topics.delete(topic);
      }
    });
    conn.on('message', (data) => {
      const text = data.toString();
      onMessage?.('in', text);
      let parsed;
      try {
        parsed = Message.safeParse(JSON.parse(text));
      } catch {
        return log('ignored a message that is not JSON');
      }
      if (!parsed.success) return log(`ignored a malformed message: ${parsed.error.issues[0]?.message}`);
      const message = parsed.data;
      switch (message.type) {
        case 'subscribe':
          for (const topic of message.topics) {
            if (subscribed.size >= maxTopicsPerConnection) break;
            let subscribers = topics.get(topic);
            if (!subscribers) topics.set(topic, (subscribers = new Set()));
            subscribers.add(conn);
            subscribed.add(topic);
          }
          break;
        case 'unsubscribe':
          for (const topic of message.topics) {
            topics.get(topic)?.delete(conn);
            subscribed.delete(topic);
          }
          break;
        case 'publish': {
          const receivers = topics.get(message.topic);
          if (receivers) for (const receiver of receivers) send(receiver, { ...message, clients: receivers.size });
          break;
        }
        case 'ping':
          send(conn, { type: 'pong' });
      }
    });
  });

  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('UBT Board signalling server. It relays encrypted WebRTC signalling and stores nothing.\n');
  });
  server.on('upgrade', (request, socket, head) => wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `ws://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
  log(`UBT Board signalling server listening on ${url}`);
  return {
    url,
    port: actualPort,
    clients: () => wss.clients.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.close(() => resolve());
      }),
  };
};
