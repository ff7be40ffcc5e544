/**
 * A WebSocket to one service with several addresses (instances that share a store), used one at a time
 * in order: when one fails the next is tried at once, and only once every address has failed does it wait,
 * longer each round (with jitter), before going round again.
 */
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

export interface FailoverSocketOptions {
  urls: readonly string[];
  WebSocket: typeof WebSocket;
  /** A socket was created for `url` (before it opens). */
  onConnecting(url: string): void;
  /** The address could not even be used (a malformed URL): it is not retried. */
  onInvalid(url: string, error: string): void;
  onOpen(): void;
  onMessage(data: string): void;
  onClose(): void;
  /** A wait that overrides the usual backoff (a refused link retries rarely), and holds off failover; null: the usual. */
  holdOff(): number | null;
  random?: () => number;
}

export interface FailoverSocket {
  readonly url: string;
  start(): void;
  send(text: string): void;
  /** Close this connection; the usual failover and backoff follow. */
  reconnect(): void;
  /** The connection works: the next failure starts the backoff afresh. */
  healthy(): void;
  close(): void;
}

/** The wait before round `attempt` (0-based) once every address failed. */
export const backoffMs = (attempt: number, random: () => number = Math.random): number =>
  Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** attempt) * (0.75 + random() * 0.5);

export const openFailoverSocket = (options: FailoverSocketOptions): FailoverSocket => {
  const { urls } = options;
  const Socket = options.WebSocket;
  let current = 0;
  let attempt = 0;
  let closed = false;
  let ws: WebSocket | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const url = () => urls[current % urls.length]!;

  const scheduleReconnect = () => {
    if (closed || timer) return;
    const delay = options.holdOff() ?? (attempt === 0 && urls.length > 1 ? 0 : backoffMs(attempt, options.random));
    attempt++;
    timer = setTimeout(() => {
      timer = null;
      connect();
    }, delay);
  };

  const connect = () => {
    if (closed) return;
    let socket: WebSocket;
    try {
      socket = new Socket(url());
    } catch (error) {
      return options.onInvalid(url(), String(error));
    }
    ws = socket;
    options.onConnecting(url());
    socket.onopen = () => {
      if (ws === socket) options.onOpen();
    };
    socket.onmessage = (event: MessageEvent) => {
      if (ws === socket) options.onMessage(String(event.data));
    };
    socket.onclose = () => {
      if (ws !== socket) return;
      ws = null;
      options.onClose();
      current++;
      if (urls.length > 1 && current % urls.length !== 0 && options.holdOff() === null) return connect();
      scheduleReconnect();
    };
    socket.onerror = () => {
      /* onclose follows */
    };
  };

  return {
    get url() {
      return url();
    },
    start: connect,
    send: (text) => {
      if (ws && ws.readyState === Socket.OPEN) ws.send(text);
    },
    reconnect: () => ws?.close(),
    healthy: () => {
      attempt = 0;
    },
    close: () => {
      closed = true;
      if (timer) clearTimeout(timer);
      ws?.close();
      ws = null;
    },
  };
};
