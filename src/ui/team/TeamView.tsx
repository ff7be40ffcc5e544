import { updateTeam } from '../../core';
import type { BoardSession } from '../model/session';
import type { OpenBoard } from '../app/openBoard';
import type { BoardListModel } from '../app/boardList';
import { ShortField } from '../fields/Inputs';
import { TeamGoals } from './TeamGoals';
import { People } from './People';
import { Charter } from './Charter';
import { DeleteBoard } from './DeleteBoard';
import { RecentlyDeleted } from './RecentlyDeleted';
import { t } from '../i18n';

const TEAM_FIELDS = ['name', 'department', 'facility', 'region'] as const;

/** The team itself: its details (renaming the team renames the board), people and roles, and charter. */
export function TeamView({ session, board, boardList }: { session: BoardSession; boardId: string; board: OpenBoard; boardList: BoardListModel }) {
  const team = session.team.value;
  return (
    <div class="stack">
      <section class="card" aria-labelledby="team-title">
        <h1 id="team-title" class="clamp" title={team.name || undefined}>
          {team.name || t('team.title')}
        </h1>
        <div class="grid-4">
          {TEAM_FIELDS.map((key) => (
            <ShortField
              key={key}
              label={t(`team.${key}`)}
              value={team[key]}
              readOnly={session.readOnly.value}
              required={key === 'name'}
              onCommit={(value) => session.run(updateTeam, { [key]: value })}
            />
          ))}
        </div>
      </section>
      <TeamGoals session={session} />
      <People session={session} />
      <Charter session={session} />
      <RecentlyDeleted session={session} />
      <DeleteBoard board={board} boardList={boardList} teamName={team.name} />
    </div>
  );
}
