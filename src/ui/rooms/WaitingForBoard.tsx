import type { OpenBoard } from '../app/openBoard';
import type { BoardListModel } from '../app/boardList';
import { describeStatus } from './PresenceBar';
import { t } from '../i18n';

/** A joined board before its content has arrived: say what is happening and what would help. */
export function WaitingForBoard({ board, boardList }: { board: OpenBoard; boardList: BoardListModel }) {
  const shared = boardList.boards.value.find((b) => b.id === board.boardId)?.secret;
  const status = describeStatus(board.presence.status.value);
  const relay = board.presence.status.value.relay;
  const relayLine =
    relay === null
      ? null
      : relay.connection === 'connecting' || relay.connection === 'catching-up'
        ? t('waiting.relayFetching')
        : relay.connection === 'synced'
          ? t('waiting.relayEmpty')
          : relay.connection === 'unreachable'
            ? t('waiting.relayUnreachable')
            : t('waiting.relayRefused', { problem: relay.problem ?? t('presence.relayCheckSettings') });
  return (
    <section class="card waiting" aria-labelledby="waiting-title">
      <h1 id="waiting-title">{t('waiting.title')}</h1>
      {shared ? (
        <>
          {board.presence.status.value.state === 'catching-up' ? <p>{t('waiting.catchingUp')}</p> : <p>{t('waiting.fromCoLead')}</p>}
          {relayLine && <p class="relay-waiting">{relayLine}</p>}
          <p class={`status-pill tone-${status.tone}`}>{status.text}</p>
          {board.presence.status.value.state !== 'catching-up' && <p class="hint">{t('waiting.hint')}</p>}
        </>
      ) : (
        <p>{t('waiting.notShared')}</p>
      )}
    </section>
  );
}
