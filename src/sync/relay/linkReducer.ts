import { toBase64 } from '../../core/text/bytes';
import { copyModel, extendSv, isPending, markSeen, savedOf, type LinkContext, type LinkModel } from './linkModel';
import { acknowledge, pushBase, pushWait } from './outbox';
import type { Frame, LinkEffect, LinkEvent } from './linkEvents';
import { FATAL_ERRORS, RELAY_LIMITS } from './protocol';
import { syncWords } from '../words';

/**
 * The relay link's rules as a reducer: the model plus an event gives a new model plus effects, which
 * link.ts performs in order (and some of which feed an event back, such as a sealed push). Tested with no
 * socket in test/relay/linkReducer.test.ts.
 */
export const reduce = (model: LinkModel, event: LinkEvent, ctx: LinkContext): { model: LinkModel; effects: LinkEffect[] } => {
  const m = copyModel(model);
  const effects: LinkEffect[] = [];
  new Rules(m, effects, ctx).on(event);
  return { model: m, effects };
};

class Rules {
  constructor(
    private readonly m: LinkModel,
    private readonly out: LinkEffect[],
    private readonly ctx: LinkContext,
  ) {}

  private emit(...effects: LinkEffect[]) {
    this.out.push(...effects);
  }
  private persist() {
    const saved = savedOf(this.m);
    if (saved) this.emit({ type: 'persist', saved });
  }
  private log(line: string) {
    this.emit({ type: 'log', line });
  }
  private id(prefix: string) {
    return `${prefix}${++this.m.requests}`;
  }
  /** Sends the relay this board again from nothing: it lacks entries we thought it held. */
  private forgetRelayHolds() {
    this.m.relaySv = new Map();
    if (this.m.saved) this.m.saved.dirty = true;
  }
  private schedulePush(delay?: number) {
    const now = this.ctx.now();
    if (!this.m.firstWaitingAt) this.m.firstWaitingAt = now;
    const ms = pushWait(now, this.m.firstWaitingAt, delay);
    this.m.pushDueAt = now + ms;
    this.emit({ type: 'timer', ms });
  }
  private openInbox() {
    const { m } = this;
    if (m.inbox && m.writer && m.connection === 'synced') this.emit({ type: 'send', frame: { type: 'inbox-open', id: this.id('i'), token: m.inbox.token } });
  }

  on(event: LinkEvent) {
    const { m } = this;
    if (!m.saved && event.type !== 'loaded') return;
    const saved = m.saved!;
    switch (event.type) {
      case 'loaded':
        m.saved = { roomId: event.saved.roomId, since: event.saved.since, dirty: event.saved.dirty, lastSyncAt: event.saved.lastSyncAt };
        m.relaySv = new Map(event.relaySv);
        return this.emit({ type: 'changed' });
      case 'connecting':
        if (m.connection !== 'refused') m.connection = 'connecting';
        m.inflight = [];
        m.snapshotting = null;
        m.ahead.clear();
        m.firstUnreadable = 0;
        m.repairPush = null;
        return this.emit({ type: 'drop-held' });
      case 'invalid-address':
        m.connection = 'unreachable';
        m.problem = syncWords().t('sync.relayInvalid', { url: event.url, error: event.error });
        return this.emit({ type: 'changed' });
      case 'open':
        m.connection = 'catching-up';
        return this.emit({ type: 'hello', since: saved.since }, { type: 'changed' });
      case 'closed':
        m.inflight = [];
        if (m.connection !== 'refused') m.connection = 'unreachable';
        return this.emit({ type: 'changed' });
      case 'welcome':
        m.lastCaughtUp = Math.min(saved.since, event.head);
        m.snapshotCovers = event.snapshotCovers;
        m.entryLimit = Math.min(event.limits.entryBytes, RELAY_LIMITS.entryBytes);
        if (event.head < saved.since) {
          // The relay was restored from an older copy or lost its store: start over so it gets everything again.
          this.log(`the relay holds entries up to ${event.head} but we had seen ${saved.since}; sending it this board again`);
          saved.since = 0;
          this.forgetRelayHolds();
          this.persist();
          this.emit({ type: 'reconnect' });
        }
        return;
      case 'entry':
        return this.entry(event);
      case 'synced':
        // Apply the catch-up first: what comes next asks whether the board holds more than the relay.
        return this.emit(
          { type: 'apply-held' },
          { type: 'dispatch', event: { type: 'caught-up', head: event.head, logBytes: event.logBytes, logEntries: event.logEntries } },
        );
      case 'held-applied':
        for (const [client, clock] of event.covered) m.relaySv.set(client, Math.max(m.relaySv.get(client) ?? 0, clock));
        m.wholeFromRelay = event.whole === true;
        return;
      case 'caught-up':
        return this.caughtUp(event);
      case 'dropped':
        if (event.inbox === m.inbox?.inbox) this.emit({ type: 'dropped', inbox: event.inbox, seq: event.seq, data: event.data });
        return;
      case 'ack':
        return this.ack(event);
      case 'error':
        return this.error(event);
      case 'edit':
        if (!m.writer) return;
        m.edits++;
        if (!saved.dirty) {
          saved.dirty = true;
          this.persist();
        }
        return this.schedulePush();
      case 'unreadable':
        m.unreadable += event.count;
        return;
      case 'push-now':
        m.pushDueAt = null;
        m.firstWaitingAt = 0;
        this.emit({ type: 'cancel-timer' });
        if (m.connection !== 'synced' || !m.writer) return this.emit({ type: 'changed' });
        return this.emit({ type: 'seal-push', base: pushBase(m.inflight, m.relaySv) });
      case 'sealed-push': {
        if (m.connection !== 'synced') return this.emit({ type: 'changed' });
        if (event.sealed.length > m.entryLimit) {
          m.problem = syncWords().t('sync.changesTooLarge', { size: Math.round(event.sealed.length / 1e5) / 10, limit: Math.round(m.entryLimit / 1e6) });
          this.log(m.problem);
          return this.emit({ type: 'changed' });
        }
        const id = this.id('p');
        m.inflight.push({ id, sv: event.sv, edits: m.edits, bytes: event.sealed.length });
        return this.emit({ type: 'send', frame: { type: 'push', id, data: toBase64(event.sealed) } }, { type: 'changed' });
      }
      case 'consider-snapshot': {
        if (!m.writer || m.snapshotting || m.connection !== 'synced' || saved.since <= m.snapshotCovers) return;
        const limits = this.ctx.snapshotAfter;
        if (m.bytesSinceSnapshot < limits.bytes && m.entriesSinceSnapshot < limits.entries) return;
        return this.emit({ type: 'seal-snapshot', covers: saved.since });
      }
      case 'sealed-snapshot':
        if (event.sealed.length > m.entryLimit) return;
        m.snapshotting = this.id('s');
        this.log(
          `uploading a snapshot covering entries up to ${event.covers} (${m.entriesSinceSnapshot} entries, ${m.bytesSinceSnapshot} bytes since the last one)`,
        );
        return this.emit({ type: 'send', frame: { type: 'snapshot', id: m.snapshotting, covers: event.covers, data: toBase64(event.sealed) } });
      case 'mark-repair-push':
        m.repairPush = m.inflight[m.inflight.length - 1]?.id ?? null;
        return;
      case 'watch-inbox':
        if (event.inbox?.token === m.inbox?.token) return;
        m.inbox = event.inbox;
        return this.openInbox();
      case 'clear-inbox':
        if (m.writer) this.emit({ type: 'send', frame: { type: 'inbox-clear', id: this.id('c'), token: event.token, upTo: event.upTo } });
        return;
      case 'close-inbox':
        if (m.writer) this.emit({ type: 'send', frame: { type: 'inbox-close', id: this.id('x'), token: event.token } });
        return;
      case 'forget': {
        if (!m.writer || m.connection !== 'synced') return this.emit({ type: 'reply', to: event.reply, ok: false });
        const id = this.id('f');
        return this.emit({ type: 'request', id, frame: { type: 'forget', id }, ms: event.ms, reply: event.reply });
      }
    }
  }

  private entry(event: Extract<LinkEvent, { type: 'entry' }>) {
    const { m } = this;
    const saved = m.saved!;
    const catchingUp = m.connection === 'catching-up';
    const { plain, seq, kind } = event;
    if (!plain) {
      m.unreadable++;
      // An unreadable snapshot stands for every entry it covers: none of them counts as received.
      const first = kind === 'snapshot' ? saved.since + 1 : seq;
      if (!m.firstUnreadable || first < m.firstUnreadable) m.firstUnreadable = first;
      if (m.writer) m.repairing = true;
      this.log(`skipped entry ${seq}: it is not sealed with this board's key`);
    } else {
      // A held entry counts towards what the relay holds once the catch-up is applied ('held-applied').
      if (catchingUp) this.emit({ type: 'hold', update: plain });
      else {
        this.emit({ type: 'apply', update: plain, label: `entry ${seq}` });
        extendSv(m.relaySv, plain);
      }
    }
    if (kind === 'update' && catchingUp && seq > m.lastCaughtUp + 1 && m.lastCaughtUp >= m.snapshotCovers) {
      // Entries are missing from the relay's log: give it everything we have, which may fill the hole.
      this.log(`the relay's log jumps from ${m.lastCaughtUp} to ${seq}; sending it this board again`);
      this.forgetRelayHolds();
    }
    if (catchingUp) m.lastCaughtUp = seq;
    // An unreadable entry is never counted as received: the next catch-up asks again from before it.
    if (plain && kind === 'snapshot') {
      saved.since = Math.max(saved.since, seq);
      m.snapshotCovers = Math.max(m.snapshotCovers, seq);
    } else if (plain) {
      markSeen(m, seq);
      m.bytesSinceSnapshot += event.size;
      m.entriesSinceSnapshot++;
    }
    if (!catchingUp) {
      this.persist();
      this.emit({ type: 'dispatch', event: { type: 'consider-snapshot' } }, { type: 'changed' });
    }
  }

  private caughtUp(event: Extract<LinkEvent, { type: 'caught-up' }>) {
    const { m } = this;
    const saved = m.saved!;
    saved.since = Math.max(saved.since, m.firstUnreadable ? Math.min(event.head, m.firstUnreadable - 1) : event.head);
    m.ahead.clear();
    m.bytesSinceSnapshot = event.logBytes;
    m.entriesSinceSnapshot = event.logEntries;
    m.connection = 'synced';
    m.problem = null;
    this.emit({ type: 'healthy' });
    // Never synced with this room: deletions already made here are news to it, as are any structs it lacks;
    // not those of a board that was empty and came whole from this catch-up (until December 2026 every
    // newcomer pushed a board's deletions back, and waited for that before showing "synced").
    if (saved.lastSyncAt === null && !m.wholeFromRelay && this.ctx.docHasDeletions()) saved.dirty = true;
    m.wholeFromRelay = false;
    if (m.repairing) {
      // Something in the relay's copy is not ours (a replayed or forged entry): send the whole board,
      // then a snapshot over it, which replaces everything before it.
      this.log('the relay holds entries this board cannot read; sending the whole board and a snapshot over them');
      this.forgetRelayHolds();
    }
    const needsPush = m.writer && (saved.dirty || this.ctx.docAhead(m.relaySv));
    if (!needsPush) saved.lastSyncAt = this.ctx.now();
    this.persist();
    if (needsPush) this.emit({ type: 'dispatch', event: { type: 'push-now' } });
    this.openInbox();
    if (m.repairing) this.emit({ type: 'dispatch', event: { type: 'mark-repair-push' } });
    this.emit({ type: 'dispatch', event: { type: 'consider-snapshot' } }, { type: 'changed' });
  }

  private ack(event: Frame<'ack'>) {
    const { m } = this;
    const saved = m.saved!;
    this.emit({ type: 'answer', id: event.id, ok: true });
    if (event.id === m.snapshotting) {
      m.snapshotting = null;
      m.snapshotCovers = event.seq;
      if (m.repairing && event.seq > saved.since) {
        saved.since = event.seq;
        m.repairing = false;
        m.firstUnreadable = 0;
        this.persist();
      }
      m.bytesSinceSnapshot = 0;
      m.entriesSinceSnapshot = 0;
      return this.emit({ type: 'changed' });
    }
    const acked = acknowledge(m.inflight, event.id);
    if (!acked) return;
    const { done, rest } = acked;
    m.inflight = rest;
    for (const [client, clock] of done.sv) m.relaySv.set(client, Math.max(m.relaySv.get(client) ?? 0, clock));
    if (done.edits === m.edits && m.pushDueAt === null) saved.dirty = false;
    markSeen(m, event.seq);
    m.bytesSinceSnapshot += Math.ceil((done.bytes * 4) / 3);
    m.entriesSinceSnapshot++;
    if (!isPending(m, this.ctx)) saved.lastSyncAt = this.ctx.now();
    this.persist();
    if (m.repairing && done.id === m.repairPush) {
      m.repairPush = null;
      return this.emit({ type: 'seal-snapshot', covers: event.seq }, { type: 'changed' });
    }
    this.emit({ type: 'dispatch', event: { type: 'consider-snapshot' } }, { type: 'changed' });
  }

  private error(event: Frame<'error'>) {
    const { m } = this;
    this.log(`${event.code}: ${event.message}`);
    if (event.id) this.emit({ type: 'answer', id: event.id, ok: false });
    if (event.id && event.id === m.snapshotting) {
      m.snapshotting = null;
      return;
    }
    if (event.id) m.inflight = m.inflight.filter((p) => p.id !== event.id);
    if (event.code === 'rate-limited' || event.code === 'server-error') {
      // The push is lost; send the difference again from what the relay is known to hold.
      m.inflight = [];
      this.schedulePush(event.retryAfterMs ?? 2000);
    } else if (event.code === 'too-large' || event.code === 'room-full') {
      m.problem = event.code === 'too-large' ? syncWords().t('sync.boardTooLarge') : syncWords().t('sync.relayFull');
    } else if (FATAL_ERRORS.has(event.code)) {
      m.connection = 'refused';
      m.problem = event.message;
    }
    this.emit({ type: 'changed' });
  }
}
