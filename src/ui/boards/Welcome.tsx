import type { BoardListModel } from '../app/boardList';
import { CreateBoard } from './CreateBoard';
import { JoinBoard } from '../rooms/JoinBoard';
import { RestoreBackup } from '../report/RestoreBackup';

/** First run: what UBT Board is, the form to create the team's first board, and joining a co-lead's. */
export function Welcome({ boardList, problem }: { boardList: BoardListModel; problem?: string | null }) {
  return (
    <main class="welcome">
      <h1>UBT Board</h1>
      <p class="lede">
        One board for your unit-based team: ideas from staff, projects and aims, tests of change as PDSA cycles, measures, and actions. It lives in your
        browsers and goes straight between co-leads; the relay that passes it on to those not online keeps it only encrypted with your invite, so no server can
        read it.
      </p>
      {problem && (
        <p role="alert" class="banner error">
          {problem}
        </p>
      )}
      <CreateBoard boardList={boardList} />
      <JoinBoard boardList={boardList} />
      <section class="card" aria-label="Restore a backup">
        <RestoreBackup />
      </section>
    </main>
  );
}
