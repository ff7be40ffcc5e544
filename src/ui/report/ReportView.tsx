import { useState } from 'preact/hooks';
import {
  buildReport,
  exportBackup,
  readBoard,
  renderMeasuresCsv,
  renderReportHtml,
  renderReportMarkdown,
  type ReportScope,
  addDays,
  localDay,
  plural,
} from '../../core';
import type { BoardSession } from '../model/session';
import { downloadText, fileStem } from './download';
import { scopeToParam } from './scope';
import { RestoreBackup } from './RestoreBackup';
import { KeptCopies } from './KeptCopies';
import { openPrintPage } from './printLink';

/** Reports for sponsors and the team's records, and backups the team can take with them. */
export function ReportView({ session, boardId }: { session: BoardSession; boardId: string }) {
  const projects = session.collections.projects.live.value;
  const [kind, setKind] = useState<ReportScope['kind']>('board');
  const [projectId, setProjectId] = useState(projects[0]?.id ?? '');
  const [since, setSince] = useState(() => addDays(localDay(), -90));
  const [note, setNote] = useState<string | null>(null);
  const scope: ReportScope = kind === 'project' ? { kind, projectId } : kind === 'since' ? { kind, date: since } : { kind: 'board' };
  const stem = fileStem(session.team.value.name);
  const report = () => buildReport(readBoard(session.doc), scope);

  const openPrintable = () => openPrintPage(boardId, { scope: scopeToParam(scope) });
  const backup = () => {
    const { backup, skipped } = exportBackup(session.doc);
    downloadText(`${stem}.ubt.json`, JSON.stringify(backup, null, 1), 'application/json');
    setNote(
      skipped
        ? `Backup saved. ${plural(skipped, 'item')} that need attention could not be included; see the warning at the top of the board.`
        : 'Backup saved: it holds the whole board.',
    );
  };

  return (
    <div class="stack">
      <h1>Report and backup</h1>
      <section class="card" aria-labelledby="report-title">
        <h2 id="report-title">Report for sponsors and the team's records</h2>
        <fieldset class="row wrap scope">
          <legend>What goes in</legend>
          <label class="check">
            <input type="radio" name="scope" checked={kind === 'board'} onChange={() => setKind('board')} /> The whole board
          </label>
          <label class="check">
            <input type="radio" name="scope" checked={kind === 'project'} disabled={projects.length === 0} onChange={() => setKind('project')} /> One project
          </label>
          {kind === 'project' && (
            <span class="field">
              <label for="report-project" class="visually-hidden">
                Project
              </label>
              <select id="report-project" value={projectId} onChange={(e) => setProjectId(e.currentTarget.value)}>
                {projects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </span>
          )}
          <label class="check">
            <input type="radio" name="scope" checked={kind === 'since'} onChange={() => setKind('since')} /> Everything changed since
          </label>
          {kind === 'since' && (
            <span class="field">
              <label for="report-since" class="visually-hidden">
                Changed since
              </label>
              <input id="report-since" type="date" value={since} onInput={(e) => setSince(e.currentTarget.value)} />
            </span>
          )}
        </fieldset>
        <p class="hint">
          The printable report has the team, charter, the evidence of improvement work (tests of change, results reviewed, practices shared or adopted), each
          project with its aim, charts and every PDSA worksheet, ideas and open actions. Print it or save it as PDF from the page that opens.
        </p>
        <div class="row wrap">
          <button type="button" class="primary" onClick={openPrintable}>
            Open printable report
          </button>
          <button type="button" onClick={() => downloadText(`${stem}-report.html`, renderReportHtml(report()), 'text/html')}>
            Download HTML report
          </button>
          <button type="button" onClick={() => downloadText(`${stem}-report.md`, renderReportMarkdown(report()), 'text/markdown')}>
            Download Markdown
          </button>
          <button type="button" onClick={() => downloadText(`${stem}-measures.csv`, renderMeasuresCsv(readBoard(session.doc)), 'text/csv')}>
            Download measure data (CSV)
          </button>
        </div>
      </section>
      <section class="card" aria-labelledby="backup-title">
        <h2 id="backup-title">Backup</h2>
        <p>A JSON file with everything on this board. Keep it with the team's records; restore it as a new board in any browser with UBT Board.</p>
        <button type="button" class="primary" onClick={backup}>
          Download JSON backup
        </button>
        {note && (
          <p class="banner good" role="status">
            {note}
          </p>
        )}
        <RestoreBackup session={session} boardId={boardId} />
        {!session.viewOnly && <KeptCopies session={session} boardId={boardId} />}
      </section>
    </div>
  );
}
