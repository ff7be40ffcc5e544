import { CHANGE_KIND_LABELS, changesSince, formatMoment } from '../../core';
import type { BoardSession } from '../model/session';

/** What changed on the board since the previous meeting ended, newest first, with who changed it. */
export function SinceLastMeeting({ session, since }: { session: BoardSession; since: number | null }) {
  for (const kind of ['ideas', 'projects', 'cycles', 'measures', 'points', 'actions'] as const) void session.collections[kind].all.value;
  if (since === null)
    return (
      <section class="card since">
        <h2>Since the last meeting</h2>
        <p class="empty">This is the team's first meeting on the board: from the next one on, this lists what changed in between.</p>
      </section>
    );
  const changes = changesSince(session.doc, since);
  const shown = changes.slice(0, 50);
  return (
    <section class="card since">
      <h2>Since the last meeting ({formatMoment(since)})</h2>
      {changes.length === 0 ? (
        <p class="empty">Nothing changed on the board in between.</p>
      ) : (
        <ul>
          {shown.map((c) => (
            <li key={`${c.kind}-${c.id}`}>
              <span class="badge">{CHANGE_KIND_LABELS[c.kind]}</span> <bdi>{c.title}</bdi> <span class="meta">{c.what}</span>
              {c.by && (
                <span class="meta">
                  {' '}
                  by <bdi>{c.by}</bdi>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {changes.length > shown.length && <p class="meta">and {changes.length - shown.length} more.</p>}
    </section>
  );
}
