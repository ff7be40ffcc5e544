import { useEffect, useMemo, useState } from 'preact/hooks';
import { importDataPoints, previewImport, type Measure } from '../../core';
import type { BoardSession } from '../model/session';
import { t, tDay, uiLanguage } from '../i18n';

const SHOWN = 8;
/** How long typing must pause before the preview is announced. */
const ANNOUNCE_AFTER_MS = 900;

/**
 * The preview's summary for a screen reader, said once typing pauses: the visible summary and problem list
 * change on every keystroke, so they are not live regions themselves.
 */
function usePausedAnnouncement(message: string): string {
  const [said, setSaid] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSaid(message), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return said;
}

/**
 * Paste rows from a spreadsheet or choose a CSV file. Nothing is written until every row can be read;
 * then all rows go in as one step that Ctrl+Z undoes.
 */
export function ImportPanel({ session, measure, existingDates }: { session: BoardSession; measure: Measure; existingDates: ReadonlySet<string> }) {
  const [text, setText] = useState('');
  const [source, setSource] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const preferDayFirst = !/^en-US$/i.test(navigator.language);
  const preview = useMemo(
    () => (text.trim() ? previewImport(text, { rate: measure.rate, existingDates, preferDayFirst, language: uiLanguage.value }) : null),
    [text, measure.rate, existingDates, preferDayFirst, uiLanguage.value],
  );
  const id = measure.id;
  const summary = preview
    ? `${source ? t('import.rowsFrom', { count: preview.rows.length, source }) : t('import.rows', { count: preview.rows.length })}${preview.problems.length > 0 ? t('import.cannotRead', { count: preview.problems.length }) : ''}.`
    : '';
  const announced = usePausedAnnouncement(preview && preview.problems.length > 0 ? t('import.announceProblems', { summary }) : summary);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setDone(null);
    setSource(file.name);
    setText(await file.text());
  };
  const run = () => {
    if (!preview || preview.problems.length) return;
    const result = session.run(importDataPoints, { measureId: id, points: preview.rows.map((r) => r.point) });
    if (result.ok) {
      setDone(source ? t('import.doneFrom', { count: result.value, source }) : t('import.done', { count: result.value }));
      setText('');
      setSource(null);
    }
  };
  return (
    <div class="import-panel">
      <div class="field">
        <label for={`paste-${id}`}>{t('import.paste')}</label>
        <p class="hint" id={`paste-hint-${id}`}>
          {t('import.pasteHint', { columns: t(measure.rate ? 'import.rateColumns' : 'import.valueColumns') })}
        </p>
        <textarea
          id={`paste-${id}`}
          rows={4}
          value={text}
          aria-describedby={`paste-hint-${id}`}
          spellcheck={false}
          onInput={(e) => {
            setDone(null);
            setSource(null);
            setText(e.currentTarget.value);
          }}
        />
      </div>
      <div class="field">
        <label for={`csv-${id}`}>{t('import.file')}</label>
        <input id={`csv-${id}`} type="file" accept=".csv,.tsv,.txt,text/csv" onChange={(e) => void readFile(e.currentTarget.files?.[0])} />
      </div>
      {preview && (
        <section class="import-preview" aria-label={t('import.preview')}>
          <p>{summary}</p>
          {preview.problems.length > 0 && (
            <div class="banner error import-problems">
              <p>{t('import.problems')}</p>
              <ul>
                {preview.problems.map((p) => (
                  <li key={p.line}>
                    {p.line > 0 ? t('import.line', { line: p.line }) : t('import.whole')}
                    {p.text ? (
                      <>
                        {' '}
                        (<bdi>{p.text}</bdi>)
                      </>
                    ) : (
                      ''
                    )}
                    : <bdi>{p.problem}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {preview.rows.length > 0 && (
            <table class="data">
              <caption class="visually-hidden">{t('import.toImport')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.lineColumn')}</th>
                  <th scope="col">{t('data.date')}</th>
                  <th scope="col">{t(measure.rate ? 'import.rateColumn' : 'data.value')}</th>
                  <th scope="col">{t('data.note')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.slice(0, SHOWN).map(({ line, point }) => (
                  <tr key={line}>
                    <td>{line}</td>
                    <td>{tDay(point.date)}</td>
                    <td>{point.value ?? `${point.numerator} / ${point.denominator}`}</td>
                    <td>{point.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {preview.rows.length > SHOWN && <p class="meta">{t('import.more', { count: preview.rows.length - SHOWN })}</p>}
          <button type="button" class="primary" disabled={preview.problems.length > 0 || preview.rows.length === 0} onClick={run}>
            {t('import.button', { count: preview.rows.length })}
          </button>
        </section>
      )}
      <p class="visually-hidden" role="status">
        {done ? '' : announced}
      </p>
      {done && (
        <p class="banner good" role="status">
          {done}
        </p>
      )}
    </div>
  );
}
