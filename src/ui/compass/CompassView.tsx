import { compassGroups, mainMeasureOf, type Project, byOrder } from '../../core';
import type { BoardSession } from '../model/session';
import { hrefFor } from '../app/route';
import { chartFor } from '../measures/chartData';
import { MeasureChartView } from '../measures/MeasureChartView';
import { t, tNumber, tParts, tValue } from '../i18n';

/** The Value Compass: every project under the points it serves, with its main measure and current signal. */
export function CompassView({ session, boardId }: { session: BoardSession; boardId: string }) {
  const projects = session.collections.projects.live.value.slice().sort(byOrder);
  const measures = session.collections.measures.live.value.slice().sort(byOrder);
  const { groups, unassigned } = compassGroups(projects);
  const card = (p: Project) => {
    const measure = mainMeasureOf(p, measures);
    const chart = measure ? chartFor(session, measure) : null;
    // The latest signal (the longest when two end together) says best where the project stands now.
    const latest = chart ? [...chart.signals].sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start))[0] : undefined;
    const headline = latest?.sentence ?? chart?.summary[0];
    return (
      <li key={p.id} class="compass-project">
        <a href={hrefFor({ boardId, view: 'projects', itemId: p.id })}>{p.title || t('projects.untitled')}</a>{' '}
        <span class={`badge status-${p.status}`}>{t(`projectStatus.${p.status}`)}</span>
        {p.goal && <p class="meta goal">{tParts('compassView.supports', { goal: <bdi>{p.goal}</bdi> })}</p>}
        {chart && measure ? (
          <div class="compass-measure">
            <p class="meta">{measure.name}</p>
            <MeasureChartView chart={chart} compact />
            {chart.values.length > 0 && (
              <p class="compass-numbers">
                {tParts('compassView.latest', { value: <strong>{tValue(chart.values.at(-1)!, chart.unit)}</strong> })}
                {typeof chart.centre.at(-1) === 'number' && (
                  <> · {t(chart.kind === 'xmr' ? 'compassView.mean' : 'compassView.median', { value: tValue(chart.centre.at(-1)!, chart.unit) })}</>
                )}
                {chart.goal !== null && <> · {t('compassView.goal', { value: tValue(chart.goal, chart.unit) })}</>}
              </p>
            )}
            <p class="signal-line">{headline}</p>
          </div>
        ) : (
          <p class="meta">{t('compassView.noMeasure')}</p>
        )}
      </li>
    );
  };
  return (
    <div class="stack">
      <h1>{t('compassView.title')}</h1>
      <div class="compass">
        {groups.map((group, index) => [
          index === 2 && (
            <div key="centre" class="compass-centre" aria-hidden="true">
              {t('compassView.centre')}
            </div>
          ),
          <section key={group.point} class={`card quadrant compass-${group.point}`} aria-labelledby={`cp-${group.point}`}>
            <h2 id={`cp-${group.point}`}>
              {t(`compass.${group.point}`)} <span class="count">{tNumber(group.projects.length)}</span>
            </h2>
            {group.projects.length ? <ul class="compass-list">{group.projects.map(card)}</ul> : <p class="empty">{t('compassView.none')}</p>}
          </section>,
        ])}
      </div>
      {unassigned.length > 0 && (
        <section class="card" aria-labelledby="cp-none">
          <h2 id="cp-none">{t('compassView.unassigned')}</h2>
          <ul class="compass-list">{unassigned.map(card)}</ul>
        </section>
      )}
    </div>
  );
}
