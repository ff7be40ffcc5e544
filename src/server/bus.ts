import { Redis } from 'ioredis';

/**
 * How one server instance tells the others (and itself) about a relay entry or a signalling message.
 * In-process for a single instance; Redis pub/sub when several instances share a Redis.
 */
export interface Bus {
  publish(channel: string, payload: string): void;
  /** Resolves once messages on `channel` will arrive; the result stops them. */
  subscribe(channel: string, listener: (payload: string) => void): Promise<() => void>;
  close(): Promise<void>;
}

const listenersOf = () => {
  const channels = new Map<string, Set<(payload: string) => void>>();
  return {
    channels,
    add(channel: string, listener: (payload: string) => void): boolean {
      const set = channels.get(channel) ?? new Set<(payload: string) => void>();
      const first = !channels.has(channel);
      channels.set(channel, set);
      set.add(listener);
      return first;
    },
    remove(channel: string, listener: (payload: string) => void): boolean {
      const set = channels.get(channel);
      if (!set) return false;
      set.delete(listener);
      if (set.size > 0) return false;
      channels.delete(channel);
      return true;
    },
    deliver(channel: string, payload: string) {
      for (const listener of channels.get(channel) ?? []) listener(payload);
    },
  };
};

export const localBus = (): Bus => {
  const listeners = listenersOf();
  return {
    publish: (channel, payload) => queueMicrotask(() => listeners.deliver(channel, payload)),
    subscribe: async (channel, listener) => {
      listeners.add(channel, listener);
      return () => void listeners.remove(channel, listener);
    },
    close: async () => listeners.channels.clear(),
  };
};

export const redisBus = async (url: string, log: (line: string) => void = () => {}): Promise<Bus> => {
  const pub = new Redis(url, { lazyConnect: true });
  const sub = new Redis(url, { lazyConnect: true });
  await Promise.all([pub.connect(), sub.connect()]);
  for (const [name, client] of [
    ['publisher', pub],
    ['subscriber', sub],
  ] as const)
    client.on('error', (error) => log(`redis ${name}: ${error.message}`));
  const listeners = listenersOf();
  sub.on('message', (channel: string, payload: string) => listeners.deliver(channel, payload));
  return {
    publish: (channel, payload) => void pub.publish(channel, payload).catch((error: Error) => log(`could not publish on ${channel}: ${error.message}`)),
    subscribe: async (channel, listener) => {
      if (listeners.add(channel, listener)) await sub.subscribe(channel);
      return () => {
        if (listeners.remove(channel, listener)) void sub.unsubscribe(channel).catch(() => {});
      };
    },
    close: async () => {
      listeners.channels.clear();
      await Promise.all([pub.quit().catch(() => pub.disconnect()), sub.quit().catch(() => sub.disconnect())]);
    },
  };
};
