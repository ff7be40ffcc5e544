import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  adoptPractice,
  buildMeasureChart,
  COMPASS_POINTS,
  DataPoint,
  defaultContext,
  Measure,
  readPractices,
  recordAdoption,
  searchPractices,
  type CompassPoint,
  type PracticeEntry,
  isolate,
  localDay,
} from '../../core';
import { withBoardDocument } from '../../sync/replica';
import type { BoardSession } from '../model/session';
import type { BoardListModel } from '../app/boardList';
import { navigate } from '../app/route';
import { MeasureChartView } from '../measures/MeasureChartView';
import { t, tDay, tError, tList, tNumber, tParts, uiLanguage } from '../i18n';

/** The entries of a practice library, re-read whenever a team publishes or adopts. */
const useEntries = (session: BoardSession): PracticeEntry[] => {
  const [entries, setEntries] = useState(() => readPractices(session.doc));
  useEffect(() => {
    const map = session.doc.getMap('entries');
    const refresh = () => setEntries(readPractices(session.doc));
    refresh();
    map.observeDeep(refresh);
    return () => map.unobserveDeep(refresh);
  }, [session]);
  return entries;
};

const distinct = (values: string[]) => [...new Set(values.filter(Boolean))].sort((a, b) => a.localeCompare(b));

/**
 * A practice library many teams share: browse and search what other teams tested, by Value Compass point,
 * department, measure and words, and adopt a practice into one of your own boards.
 */
export function PracticeLibraryView({ session, boardList }: { session: BoardSession; boardId: string; boardList: BoardListModel }) {
  const entries = useEntries(session);
  const [words, setWords] = useState('');
  const [compass, setCompass] = useState<CompassPoint | ''>('');
  const [department, setDepartment] = useState('');
  const [measure, setMeasure] = useState('');
  const found = searchPractices(entries, { words, compass, department, measure });
  const departments = distinct(entries.map((e) => e.department));
  const measures = distinct(entries.map((e) => e.measure?.name ?? ''));
  const name = session.team.value.name || t('practice.library');
  return (
    <div class="stack practice-library">
      <h1 class="library-title">
        <bdi class="clamp" title={name}>
          {name}
        </bdi>{' '}
        <span class="badge">{t('practice.library')}</span>
      </h1>
      <p class="meta">{t('practice.intro')}</p>
      <form class="card row wrap practice-search" role="search" aria-label={t('practice.find')} onSubmit={(e) => e.preventDefault()}>
        <div class="field grow">
          <label for="practice-words">{t('practice.search')}</label>
          <input
            id="practice-words"
            type="search"
            value={words}
            placeholder={t('practice.searchPlaceholder')}
            onInput={(e) => setWords(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="practice-compass">{t('practice.compass')}</label>
          <select id="practice-compass" value={compass} onChange={(e) => setCompass(e.currentTarget.value as CompassPoint | '')}>
            <option value="">{t('practice.anyPoint')}</option>
            {COMPASS_POINTS.map((p) => (
              <option key={p} value={p}>
                {t(`compass.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="practice-department">{t('practice.department')}</label>
          <select id="practice-department" value={department} onChange={(e) => setDepartment(e.currentTarget.value)}>
            <option value="">{t('practice.anyDepartment')}</option>
            {departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="practice-measure">{t('practice.measure')}</label>
          <select id="practice-measure" value={measure} onChange={(e) => setMeasure(e.currentTarget.value)}>
            <option value="">{t('practice.anyMeasure')}</option>
            {measures.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p class="meta" role="status">
        {entries.length === 0 ? t('practice.nothing') : t('practice.shown', { count: entries.length, found: tNumber(found.length) })}
      </p>
      <ul class="practice-list">
        {found.map((entry) => (
          <li key={entry.id}>
            <PracticeCard entry={entry} session={session} boardList={boardList} libraryName={name} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function PracticeCard({
  entry,
  session,
  boardList,
  libraryName,
}: {
  entry: PracticeEntry;
  session: BoardSession;
  boardList: BoardListModel;
  libraryName: string;
}) {
  const boards = boardList.boards.value.filter((b) => b.kind === 'board' && b.id !== session.doc.getMap('meta').get('boardId'));
  const [target, setTarget] = useState(boards[0]?.id ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const chart = useMemo(() => {
    if (!entry.measure || entry.measure.points.length === 0) return null;
    const measure = Measure.parse({
      id: 'm',
      name: entry.measure.name,
      unit: entry.measure.unit,
      better: entry.measure.better,
      chart: entry.measure.chart,
      order: 'a0',
    });
    const points = entry.measure.points.map((p, i) => DataPoint.parse({ id: `p${i}`, measureId: 'm', date: p.date, value: p.value }));
    return buildMeasureChart(measure, points, [], [], uiLanguage.value);
  }, [entry]);
  const adoptions = Object.values(entry.adoptions);
  const titleId = `practice-${entry.id}`;
  const adopt = async () => {
    const board = boards.find((b) => b.id === target);
    if (!board) return;
    setMessage(null);
    try {
      const projectId = await withBoardDocument(board.id, ({ doc }) =>
        adoptPractice(doc, { libraryId: String(session.doc.getMap('meta').get('boardId') ?? ''), libraryName, entry }, defaultContext({ adopt: true })),
      );
      session.run(recordAdoption, { entryId: entry.id, boardId: board.id, team: board.name });
      navigate({ boardId: board.id, view: 'projects', itemId: projectId });
    } catch (error) {
      setMessage(t('practice.adoptFailed', { board: isolate(board.name), error: tError(error) }));
    }
  };
  return (
    <article class="card practice" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <bdi>{entry.title}</bdi>
      </h2>
      <p class="meta">
        <bdi>{[entry.team, entry.department, entry.facility].filter(Boolean).map(isolate).join(' · ')}</bdi>
        {entry.contact && <> · {tParts('practice.contact', { contact: <bdi>{entry.contact}</bdi> })}</>} ·{' '}
        {t('practice.published', { day: tDay(localDay(entry.publishedAt)) })}
      </p>
      {entry.compass.length > 0 && (
        <p class="chips">
          {entry.compass.map((p) => (
            <span key={p} class={`chip compass-${p}`}>
              {t(`compass.${p}`)}
            </span>
          ))}
        </p>
      )}
      {entry.problem && (
        <p>
          <strong>{t('practice.problem')}</strong> <bdi>{entry.problem}</bdi>
        </p>
      )}
      {entry.aim && (
        <p>
          <strong>{t('practice.aim')}</strong> <bdi>{entry.aim}</bdi>
        </p>
      )}
      {entry.changes.length > 0 && (
        <>
          <h3>{t('practice.changes')}</h3>
          <ul>
            {entry.changes.map((c, i) => (
              <li key={i}>
                <strong>
                  <bdi>{c.title}</bdi>
                </strong>
                {c.plan && (
                  <>
                    : <bdi>{c.plan}</bdi>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {entry.learnings.length > 0 && (
        <>
          <h3>{t('practice.learned')}</h3>
          <ul>
            {entry.learnings.map((l, i) => (
              <li key={i}>
                <bdi>{l.title}</bdi>
                {l.decision && <> ({t(`actDecision.${l.decision}`).toLowerCase()})</>}
                {l.learning && (
                  <>
                    : <bdi>{l.learning}</bdi>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {chart && <MeasureChartView chart={chart} />}
      <p class="adoptions">
        {adoptions.length === 0 ? t('practice.notAdopted') : t('practice.adoptedBy', { count: adoptions.length, teams: tList(adoptions.map(isolate)) })}
      </p>
      {boards.length === 0 ? (
        <p class="meta">{t('practice.noBoard')}</p>
      ) : (
        <div class="row wrap">
          <div class="field">
            <label for={`adopt-into-${entry.id}`}>{t('practice.adoptInto')}</label>
            <select id={`adopt-into-${entry.id}`} value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              {boards.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name || t('practice.untitledBoard')}
                </option>
              ))}
            </select>
          </div>
          <button type="button" class="primary" onClick={() => void adopt()}>
            {t('practice.adopt')}
          </button>
        </div>
      )}
      {message && (
        <p class="banner error" role="alert">
          {message}
        </p>
      )}
    </article>
  );
}
