import { useContext } from 'preact/hooks';
import { CHARTER_LABELS, collection, plural, ROLE_LABELS, type CharterSection, formatTime, formatShortDay, localDay, textFieldLabel } from '../../core';
import { BoardListContext, PresenceContext } from '../app/context';
import type { BoardSession } from '../model/session';
import type { ConnectionStatus, PresentPerson, RelayStatus } from '../../sync/presence';

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** "Ben Okafor", "Ben Okafor and Dee Park", "Ben Okafor and 2 others". */
const whoWith = (names: readonly string[]): string => (names.length <= 2 ? names.join(' and ') : `${names[0]} and ${plural(names.length - 1, 'other')}`);

/**
 * The connection in words. `others` are the names of the people connected with this browser (not oneself):
 * "Connected with Ben Okafor"; before their names have arrived, "Connected to 1 peer".
 */
export const describeStatus = (status: ConnectionStatus, others: readonly string[] = []): { text: string; tone: 'good' | 'warn' | 'bad' | 'quiet' } => {
  if (status.access === 'read' && status.state !== 'local') {
    if (status.state === 'connected') return { text: 'Read-only: following the board live', tone: 'good' };
    if (status.state === 'catching-up' || status.state === 'connecting') return { text: 'Read-only: catching up from the relay…', tone: 'quiet' };
    return { text: status.problem ? `Read-only: ${status.problem}` : 'Read-only: the relay is out of reach; this is the board as last received', tone: 'warn' };
  }
  switch (status.state) {
    case 'local':
      return { text: 'Only on this computer', tone: 'quiet' };
    case 'offline':
      if (status.signalling.length === 0) {
        return status.relay
          ? { text: 'No live editing (no signalling server set): edits go through the relay', tone: 'quiet' }
          : { text: 'Offline: no signalling server set', tone: 'warn' };
      }
      return { text: 'Offline: edits are kept and sync when you reconnect', tone: 'warn' };
    case 'connecting':
      return { text: 'Connecting…', tone: 'quiet' };
    case 'unreachable':
      return { text: 'Signalling server unreachable: edits are kept; check the server in Settings', tone: 'bad' };
    case 'catching-up':
      return {
        text: status.progress
          ? `Catching up: ${megabytes(status.progress.received)} of ${megabytes(status.progress.total)} received`
          : 'Catching up with your team…',
        tone: 'quiet',
      };
    case 'stalled':
      return { text: 'Sync stopped: your edits are kept here', tone: 'bad' };
    case 'connected':
      return status.peers === 0
        ? { text: 'Connected, waiting for co-leads', tone: 'good' }
        : others.length > 0
          ? { text: `Connected with ${whoWith(others)}`, tone: 'good' }
          : { text: `Connected to ${plural(status.peers, 'peer')}`, tone: 'good' };
  }
};

/** “14:02” today, “3 Mar 14:02” another day. */
export const syncTime = (at: number, now = Date.now()): string => {
  const time = formatTime(at);
  return localDay(now) === localDay(at) ? time : `${formatShortDay(localDay(at))} ${time}`;
};

/** The relay (mailbox) line of the header: when it last confirmed it holds this board, or why not. */
export const describeRelay = (relay: RelayStatus | null, now = Date.now()): { text: string; tone: 'good' | 'warn' | 'bad' | 'quiet' } | null => {
  if (!relay) return null;
  const last = relay.lastSyncAt !== null ? `last synced ${syncTime(relay.lastSyncAt, now)}` : 'never synced';
  if (relay.connection === 'refused') return { text: `Relay refused this board (${last}): ${relay.problem ?? 'check the relay in Settings'}`, tone: 'bad' };
  if (relay.problem) return { text: `Relay: ${relay.problem}`, tone: 'warn' };
  if (relay.connection === 'unreachable') return { text: `Relay unreachable, ${last}: edits are kept and sent when it is back`, tone: 'warn' };
  if (relay.connection === 'connecting' || relay.connection === 'catching-up')
    return { text: relay.lastSyncAt !== null ? `Relay: checking for news (${last})` : 'Relay: connecting…', tone: 'quiet' };
  if (relay.pending) return { text: `Relay: sending your edits… (${last})`, tone: 'quiet' };
  return { text: `Relay synced ${relay.lastSyncAt !== null ? syncTime(relay.lastSyncAt, now) : ''}`.trim(), tone: 'good' };
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
  if (editing.kind === 'charter') return `Charter: ${Object.hasOwn(CHARTER_LABELS, editing.id) ? CHARTER_LABELS[editing.id as CharterSection] : editing.id}`;
  const entity = collection(session.doc, editing.kind).get(editing.id);
  if (!entity) return null;
  const title = entity.get('title') ?? entity.get('name') ?? String(entity.get('text') ?? '').slice(0, 40);
  return `${textFieldLabel(editing.kind, editing.field) ?? editing.field} of “${String(title)}”`;
};

/** The connection state and the co-leads on this board now, with what each is editing. */
export function PresenceBar({ session }: { session: BoardSession }) {
  const presence = useContext(PresenceContext);
  if (!presence) return null;
  const me = useContext(BoardListContext)?.settings.value.userId;
  const others = [...new Set(presence.people.value.filter((p) => p.userId !== me).map((p) => p.name || 'someone'))];
  const status = describeStatus(presence.status.value, others);
  const relay = describeRelay(presence.status.value.relay);
  const people = presence.people.value;
  return (
    <div class="presence" role="group" aria-label="Who is here">
      <span class={`status-pill tone-${status.tone}`} role="status" data-state={presence.status.value.state}>
        {status.text}
      </span>
      {relay && (
        <span
          class={`relay-status tone-${relay.tone}`}
          role="status"
          aria-label="Relay"
          data-state={presence.status.value.relay?.connection}
          title="The relay keeps this board, encrypted, for co-leads who are not online at the same time. It cannot read it."
        >
          {relay.text}
        </span>
      )}
      {people.length > 0 && (
        <ul class="people-here">
          {people.map((person) => {
            const editing = describeEditing(session, person);
            return (
              <li key={person.clientId} class="person-here" title={editing ? `Editing ${editing}` : undefined}>
                <span class="avatar" style={{ background: person.colour }} aria-hidden="true">
                  {initials(person.name)}
                </span>
                <span class="who">
                  <strong>{person.name}</strong> <span class="role">{ROLE_LABELS[person.role]}</span>
                  {editing && <span class="editing">editing {editing}</span>}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
