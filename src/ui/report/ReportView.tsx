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
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
} from '../../core';
import type { BoardSession } from '../model/session';
import { downloadText, fileStem } from './download';
import { scopeToParam } from './scope';
import { RestoreBackup } from './RestoreBackup';
import { KeptCopies } from './KeptCopies';
import { openPrintPage } from './printLink';
import { SelectField } from '../fields/Inputs';
import { t, uiLanguage } from '../i18n';

/** Reports for sponsors and the team's records, and backups the team can take with them. */
export function ReportView({ session, boardId }: { session: BoardSession; boardId: string }) {
  const projects = session.collections.projects.live.value;
  const [kind, setKind] = useState<ReportScope['kind']>('board');
  const [projectId, setProjectId] = useState(projects[0]?.id ?? '');
  const [since, setSince] = useState(() => addDays(localDay(), -90));
  const [note, setNote] = useState<string | null>(null);
  // The report's language, whatever the person's own: an English report for sponsors from a Spanish board, say.
  const [language, setLanguage] = useState<Language>(uiLanguage.peek());
  const scope: ReportScope = kind === 'project' ? { kind, projectId } : kind === 'since' ? { kind, date: since } : { kind: 'board' };
  const stem = fileStem(session.team.value.name);
  const report = () => buildReport(readBoard(session.doc), scope, new Date(), language);

  const openPrintable = () => openPrintPage(boardId, { scope: scopeToParam(scope), lang: language });
  const backup = () => {
    const { backup, skipped } = exportBackup(session.doc);
    downloadText(`${stem}.ubt.json`, JSON.stringify(backup, null, 1), 'application/json');
    setNote(skipped ? t('reportView.backupSkipped', { count: skipped }) : t('reportView.backupSaved'));
  };

  return (
    <div class="stack">
      <h1>{t('reportView.title')}</h1>
      <section class="card" aria-labelledby="report-title">
        <h2 id="report-title">{t('reportView.reportTitle')}</h2>
        <fieldset class="row wrap scope">
          <legend>{t('reportView.scope')}</legend>
          <label class="check">
            <input type="radio" name="scope" checked={kind === 'board'} onChange={() => setKind('board')} /> {t('reportView.whole')}
          </label>
          <label class="check">
            <input type="radio" name="scope" checked={kind === 'project'} disabled={projects.length === 0} onChange={() => setKind('project')} />{' '}
            {t('reportView.oneProject')}
          </label>
          {kind === 'project' && (
            <span class="field">
              <label for="report-project" class="visually-hidden">
                {t('reportView.project')}
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
            <input type="radio" name="scope" checked={kind === 'since'} onChange={() => setKind('since')} /> {t('reportView.since')}
          </label>
          {kind === 'since' && (
            <span class="field">
              <label for="report-since" class="visually-hidden">
                {t('reportView.changedSince')}
              </label>
              <input id="report-since" type="date" value={since} onInput={(e) => setSince(e.currentTarget.value)} />
            </span>
          )}
        </fieldset>
        <SelectField label={t('reportView.language')} value={language} options={LANGUAGES} labels={LANGUAGE_NAMES} onChange={setLanguage} />
        <p class="hint">{t('reportView.hint')}</p>
        <div class="row wrap">
          <button type="button" class="primary" onClick={openPrintable}>
            {t('reportView.open')}
          </button>
          <button type="button" onClick={() => downloadText(`${stem}-report.html`, renderReportHtml(report()), 'text/html')}>
            {t('reportView.html')}
          </button>
          <button type="button" onClick={() => downloadText(`${stem}-report.md`, renderReportMarkdown(report()), 'text/markdown')}>
            {t('reportView.markdown')}
          </button>
          <button type="button" onClick={() => downloadText(`${stem}-measures.csv`, renderMeasuresCsv(readBoard(session.doc), language), 'text/csv')}>
            {t('reportView.csv')}
          </button>
        </div>
      </section>
      <section class="card" aria-labelledby="backup-title">
        <h2 id="backup-title">{t('reportView.backupTitle')}</h2>
        <p>{t('reportView.backupHint')}</p>
        <button type="button" class="primary" onClick={backup}>
          {t('reportView.backup')}
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
