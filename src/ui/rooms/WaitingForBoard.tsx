import type { OpenBoard } from '../app/openBoard';
import type { BoardListModel } from '../app/boardList';
import { describeStatus } from './PresenceBar';

/** A joined board before its content has arrived: say what is happening and what would help. */
export function WaitingForBoard({ board, boardList }: { board: OpenBoard; boardList: BoardListModel }) {
  const shared = boardList.boards.value.find((b) => b.id === board.boardId)?.secret;
  const status = describeStatus(board.presence.status.value);
  const relay = board.presence.status.value.relay;
  const relayLine =
    relay === null
      ? null
      : relay.connection === 'connecting' || relay.connection === 'catching-up'
        ? 'Fetching the board from the relay…'
        : relay.connection === 'synced'
          ? 'The relay has nothing of this board yet: it gets it the next time a co-lead who has the board opens UBT Board.'
          : relay.connection === 'unreachable'
            ? 'The relay is unreachable, so the board can only come straight from a co-lead who is online. Check the relay address in Settings.'
            : `The relay refused this board: ${relay.problem ?? 'check the relay in Settings'}.`;
  return (
    <section class="card waiting" aria-labelledby="waiting-title">
      <h1 id="waiting-title">Waiting for your team's board</h1>
      {shared ? (
        <>
          {board.presence.status.value.state === 'catching-up' ? (
            <p>A co-lead is connected and their board is on its way. A large board takes a few seconds; it appears here as soon as all of it is in.</p>
          ) : (
            <p>This board arrives from a co-lead who has it. It appears here as soon as one of them has UBT Board open in their browser.</p>
          )}
          {relayLine && <p class="relay-waiting">{relayLine}</p>}
          <p class={`status-pill tone-${status.tone}`}>{status.text}</p>
          {board.presence.status.value.state !== 'catching-up' && (
            <p class="hint">If nothing arrives, check that your co-lead is online and that you both use the same signalling server and relay (Settings).</p>
          )}
        </>
      ) : (
        <p>This board has no content and is not shared. Create a new board, or join one with an invite.</p>
      )}
    </section>
  );
}
