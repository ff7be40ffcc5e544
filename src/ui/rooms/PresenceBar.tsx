import { useContext } from 'preact/hooks';
import { CHARTER_LABELS, collection, type CharterSection, formatTime, formatShortDay, localDay, textFieldLabel } from '../../core';
import { t, tNumber, uiLanguage } from '../i18n';
import { BoardListContext, PresenceContext } from '../app/context';
import type { BoardSession } from '../model/session';
import type { ConnectionStatus, PresentPerson, RelayStatus } from '../../sync/presence';

const megabytes = (bytes: number) => t('presence.megabytes', { amount: tNumber(Math.round(bytes / 1e5) / 10) });

/** "Ben Okafor", "Ben Okafor and Dee Park", "Ben Okafor and 2 others". */
const whoWith = (names: readonly string[]): string =>
  names.length === 1
    ? names[0]!
    : names.length === 2
      ? t('presence.two', { first: names[0]!, second: names[1]! })
      : t('presence.andOthers', { first: names[0]!, count: names.length - 1 });

/**
 * The connection in words. `others` are the names of the people connected with this browser (not oneself):
 * "Connected with Ben Okafor"; before their names have arrived, "Connected to 1 peer".
 */
export const describeStatus = (status: ConnectionStatus, others: readonly string[] = []): { text: string; tone: 'good' | 'warn' | 'bad' | 'quiet' } => {
  if (status.access === 'read' && status.state !== 'local') {
    if (status.state === 'connected') return { text: t('presence.readLive'), tone: 'good' };
    if (status.state === 'catching-up' || status.state === 'connecting') return { text: t('presence.readCatchingUp'), tone: 'quiet' };
    return { text: status.problem ? t('presence.readProblem', { problem: status.problem }) : t('presence.readOut'), tone: 'warn' };
  }
  switch (status.state) {
    case 'local':
      return { text: t('presence.local'), tone: 'quiet' };
    case 'offline':
      if (status.signalling.length === 0) {
        return status.relay ? { text: t('presence.relayOnly'), tone: 'quiet' } : { text: t('presence.noSignalling'), tone: 'warn' };
      }
      return { text: t('presence.offline'), tone: 'warn' };
    case 'connecting':
      return { text: t('presence.connecting'), tone: 'quiet' };
    case 'unreachable':
      return { text: t('presence.unreachable'), tone: 'bad' };
    case 'catching-up':
      return {
        text: status.progress
          ? t('presence.catchingUpBytes', { received: megabytes(status.progress.received), total: megabytes(status.progress.total) })
          : t('presence.catchingUp'),
        tone: 'quiet',
      };
    case 'stalled':
      return { text: t('presence.stalled'), tone: 'bad' };
    case 'connected':
      return status.peers === 0
        ? { text: t('presence.waiting'), tone: 'good' }
        : others.length > 0
          ? { text: t('presence.connectedWith', { people: whoWith(others) }), tone: 'good' }
          : { text: t('presence.connectedPeers', { count: status.peers }), tone: 'good' };
  }
};

/** “14:02” today, “3 Mar 14:02” another day. */
export const syncTime = (at: number, now = Date.now()): string => {
  const time = formatTime(at);
  return localDay(now) === localDay(at) ? time : `${formatShortDay(localDay(at), uiLanguage.value)} ${time}`;
};

/** The relay (mailbox) line of the header: when it last confirmed it holds this board, or why not. */
export const describeRelay = (relay: RelayStatus | null, now = Date.now()): { text: string; tone: 'good' | 'warn' | 'bad' | 'quiet' } | null => {
  if (!relay) return null;
  const last = relay.lastSyncAt !== null ? t('presence.lastSynced', { time: syncTime(relay.lastSyncAt, now) }) : t('presence.neverSynced');
  if (relay.connection === 'refused')
    return { text: t('presence.relayRefused', { last, problem: relay.problem ?? t('presence.relayCheckSettings') }), tone: 'bad' };
  if (relay.problem) return { text: t('presence.relayProblem', { problem: relay.problem }), tone: 'warn' };
  if (relay.connection === 'unreachable') return { text: t('presence.relayUnreachable', { last }), tone: 'warn' };
  if (relay.connection === 'connecting' || relay.connection === 'catching-up')
    return { text: relay.lastSyncAt !== null ? t('presence.relayChecking', { last }) : t('presence.relayConnecting'), tone: 'quiet' };
  if (relay.pending) return { text: t('presence.relaySending', { last }), tone: 'quiet' };
  return {
    text: relay.lastSyncAt !== null ? t('presence.relaySynced', { time: syncTime(relay.lastSyncAt, now) }) : t('presence.relaySyncedNever'),
    tone: 'good',
  };
};

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('') || '?';

/** What a co-lead is editing, in words: “problem statement of “Timely discharge””. */
const describeEditing = (session: BoardSession, person: PresentPerson): string | null => {
  const editing = person.editing;
  if (!editing) return null;
  if (editing.kind === 'charter')
    return t('presence.charter', { section: Object.hasOwn(CHARTER_LABELS, editing.id) ? CHARTER_LABELS[editing.id as CharterSection] : editing.id });
  const entity = collection(session.doc, editing.kind).get(editing.id);
  if (!entity) return null;
  const title = entity.get('title') ?? entity.get('name') ?? String(entity.get('text') ?? '').slice(0, 40);
  return t('presence.fieldOf', { field: textFieldLabel(editing.kind, editing.field) ?? editing.field, title: String(title) });
};

/** The connection state and the co-leads on this board now, with what each is editing. */
export function PresenceBar({ session }: { session: BoardSession }) {
  const presence = useContext(PresenceContext);
  if (!presence) return null;
  const me = useContext(BoardListContext)?.settings.value.userId;
  const others = [...new Set(presence.people.value.filter((p) => p.userId !== me).map((p) => p.name || t('presence.someone')))];
  const status = describeStatus(presence.status.value, others);
  const relay = describeRelay(presence.status.value.relay);
  const people = presence.people.value;
  return (
    <div class="presence" role="group" aria-label={t('presence.group')}>
      <span class={`status-pill tone-${status.tone}`} role="status" data-state={presence.status.value.state}>
        {status.text}
      </span>
      {relay && (
        <span
          class={`relay-status tone-${relay.tone}`}
          role="status"
          aria-label={t('presence.relay')}
          data-state={presence.status.value.relay?.connection}
          title={t('presence.relayHint')}
        >
          {relay.text}
        </span>
      )}
      {people.length > 0 && (
        <ul class="people-here">
          {people.map((person) => {
            const editing = describeEditing(session, person);
            return (
              <li key={person.clientId} class="person-here" title={editing ? t('presence.editingTitle', { what: editing }) : undefined}>
                <span class="avatar" style={{ background: person.colour }} aria-hidden="true">
                  {initials(person.name)}
                </span>
                <span class="who">
                  <strong>{person.name}</strong> <span class="role">{t(`role.${person.role}`)}</span>
                  {editing && <span class="editing">{t('presence.editing', { what: editing })}</span>}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
