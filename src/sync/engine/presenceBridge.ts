import { type ConnectionStatus, type Editing, presenceChannelName, PresenceMessage, type PresentPerson } from '../presence';
import { LOCAL_STATUS } from './connectionStatus';

/**
 * Between a board's room (in the engine) and the pages showing that board, over the board's presence
 * channel: the room posts its status and who is here, whenever it changes and to every page that says
 * hello; pages say which field they are editing, and may ask for a retry after a stall.
 */
export interface PresenceState {
  status: ConnectionStatus;
  people: PresentPerson[];
  movedBy: string;
}

export interface PresenceBridgeOptions {
  boardId: string;
  state(): PresenceState;
  /** What this browser's pages are editing changed: the field of the page that last said, or null. */
  onEditing?(editing: Editing): void;
  onRetry?(): void;
  log(line: string): void;
}

export interface PresenceBridge {
  /** Posts the state if it changed since the last post (always, with `force`). */
  post(force?: boolean): void;
  /** Tells the pages the board is local again, and stops. */
  close(): void;
}

export const openPresenceBridge = (options: PresenceBridgeOptions): PresenceBridge => {
  const { boardId } = options;
  const channel = new BroadcastChannel(presenceChannelName(boardId));
  /** What each open page of this browser is editing. */
  const focus = new Map<string, Editing>();
  let lastPosted = '';
  const post = (force = false) => {
    const message: PresenceMessage = { type: 'state', ...options.state() };
    const text = JSON.stringify(message);
    if (!force && text === lastPosted) return;
    lastPosted = text;
    channel.postMessage(message);
  };
  channel.onmessage = (event: MessageEvent) => {
    const parsed = PresenceMessage.safeParse(event.data);
    if (!parsed.success) return options.log(`Ignored a malformed presence message for ${boardId}.`);
    const message = parsed.data;
    if (message.type === 'hello') post(true);
    if (message.type === 'retry') {
      options.log(`Retrying the sync of ${boardId} at a person's request.`);
      options.onRetry?.();
    }
    if (message.type === 'focus') focus.set(message.pageId, message.editing);
    if (message.type === 'bye') focus.delete(message.pageId);
    if (message.type === 'focus' || message.type === 'bye') {
      const editing = message.type === 'focus' && message.editing ? message.editing : ([...focus.values()].find((e) => e !== null) ?? null);
      options.onEditing?.(editing);
    }
  };
  return {
    post,
    close: () => {
      channel.postMessage({ type: 'state', status: LOCAL_STATUS, people: [], movedBy: '' } satisfies PresenceMessage);
      channel.close();
    },
  };
};
