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
  /**
   * Posts the state if it changed since the last post (always, with `force`): once for every call made in
   * the same task, in a microtask after it.
   */
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
  let due = false;
  let forced = false;
  let closed = false;
  // Reading the state (who is here, checked through their schema) took about 0.3 ms, and a peer's message
  // asked for it after each keystroke it brought, before the engine's microtask handed that keystroke to
  // its page (bench edit-to-peer, profiled). Now every call in a task is answered once, after that.
  const postNow = () => {
    due = false;
    const force = forced;
    forced = false;
    if (closed) return;
    try {
      const message: PresenceMessage = { type: 'state', ...options.state() };
      const text = JSON.stringify(message);
      if (!force && text === lastPosted) return;
      lastPosted = text;
      channel.postMessage(message);
    } catch (error) {
      options.log(`Could not tell the pages of ${boardId} who is here: ${String(error)}`);
    }
  };
  const post = (force = false) => {
    forced ||= force;
    if (due) return;
    due = true;
    queueMicrotask(postNow);
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
      closed = true;
      channel.postMessage({ type: 'state', status: LOCAL_STATUS, people: [], movedBy: '' } satisfies PresenceMessage);
      channel.close();
    },
  };
};
