import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { RelayStore } from './store';

/**
 * What IT monitors (`/metrics`, Prometheus text format, through prom-client, which keeps the exposition format
 * right): open connections, rooms and inboxes and the bytes they hold, entries stored (a rate in Prometheus),
 * and every refusal by its reason. Counts only: no room name, token or address is ever a label.
 */
export const createMetrics = (
  store: RelayStore,
  connections: () => { signalling: number; relay: number },
  catchUps: () => { total: number; used: number; waiting: number } = () => ({ total: 0, used: 0, waiting: 0 }),
) => {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ubt_' });
  new Gauge({
    name: 'ubt_connections',
    help: 'Open WebSocket connections',
    labelNames: ['kind'],
    registers: [registry],
    collect() {
      const open = connections();
      this.set({ kind: 'signalling' }, open.signalling);
      this.set({ kind: 'relay' }, open.relay);
    },
  });
  new Gauge({
    name: 'ubt_relay_catch_up_bytes',
    help: 'The memory budget for catch-ups of large rooms: its size, what is in use, and readers waiting for it',
    labelNames: ['what'],
    registers: [registry],
    collect() {
      const now = catchUps();
      this.set({ what: 'budget' }, now.total);
      this.set({ what: 'used' }, now.used);
      this.set({ what: 'readers-waiting' }, now.waiting);
    },
  });
  const stored = new Gauge({ name: 'ubt_relay_stored', help: 'Relay rooms and inboxes, and the bytes they hold', labelNames: ['what'], registers: [registry] });
  const entries = new Counter({
    name: 'ubt_relay_entries_total',
    help: 'Sealed entries and submissions the relay stored',
    labelNames: ['kind'],
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'ubt_refusals_total',
    help: 'Connections, frames and publishes refused, by reason',
    labelNames: ['reason'],
    registers: [registry],
  });
  return {
    contentType: registry.contentType,
    entry: (kind: 'update' | 'snapshot' | 'drop') => entries.inc({ kind }),
    refused: (reason: string) => refusals.inc({ reason }),
    render: async (): Promise<string> => {
      const stats = await store.stats();
      stored.set({ what: 'rooms' }, stats.rooms);
      stored.set({ what: 'inboxes' }, stats.inboxes);
      stored.set({ what: 'bytes' }, stats.bytes);
      return registry.metrics();
    },
  };
};
export type Metrics = ReturnType<typeof createMetrics>;
