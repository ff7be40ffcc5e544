import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { presenceChannelName, PresenceMessage, type ConnectionStatus, type Editing, type PresentPerson } from '../../sync/presence';
import { randomId } from '../../core';

export interface PresenceModel {
  readonly status: ReadonlySignal<ConnectionStatus>;
  readonly people: ReadonlySignal<PresentPerson[]>;
  /** Name of the co-lead whose rotation of the secret moved this board, if that is how we got here. */
  readonly movedBy: ReadonlySignal<string>;
  /** Asks the engine to sync this board again after a stall. */
  retry(): void;
  /** Tells co-leads which field this page is editing (null when none). */
  focus(editing: Editing): void;
  /** Names of the co-leads editing this field now, as one stable string ('' for nobody). */
  editorsOf(kind: string, id: string, field: string): ReadonlySignal<PresentPerson[]>;
  dispose(): void;
}

const LOCAL: ConnectionStatus = { state: 'local', peers: 0, signalling: [], progress: null, problem: null, relay: null, access: 'write' };

/** The page's view of the engine's presence for one board, over the board's presence channel. */
export const createPresenceModel = (boardId: string): PresenceModel => {
  const pageId = randomId();
  const channel = new BroadcastChannel(presenceChannelName(boardId));
  const status = signal<ConnectionStatus>(LOCAL);
  const people = signal<PresentPerson[]>([]);
  const movedBy = signal('');
  channel.onmessage = (event: MessageEvent) => {
    const parsed = PresenceMessage.safeParse(event.data);
    if (!parsed.success || parsed.data.type !== 'state') return;
    status.value = parsed.data.status;
    people.value = parsed.data.people;
    movedBy.value = parsed.data.movedBy;
  };
  const send = (message: PresenceMessage) => channel.postMessage(message);
  send({ type: 'hello', pageId });
  const onHide = () => send({ type: 'bye', pageId });
  addEventListener('pagehide', onHide);
  const editors = new Map<string, ReadonlySignal<PresentPerson[]>>();
  return {
    status,
    people,
    movedBy,
    focus: (editing) => send({ type: 'focus', pageId, editing }),
    retry: () => send({ type: 'retry', pageId }),
    editorsOf: (kind, id, field) => {
      const key = `${kind}/${id}/${field}`;
      let editing = editors.get(key);
      if (!editing) {
        let last: PresentPerson[] = [];
        editing = computed(() => {
          const now = people.value.filter((p) => p.editing?.kind === kind && p.editing.id === id && p.editing.field === field);
          // Same people as before: keep the same array so the field does not re-render.
          if (now.length === last.length && now.every((p, i) => p.clientId === last[i]?.clientId && p.name === last[i]?.name)) return last;
          last = now;
          return now;
        });
        editors.set(key, editing);
      }
      return editing;
    },
    dispose: () => {
      onHide();
      removeEventListener('pagehide', onHide);
      channel.close();
    },
  };
};
