import { describe, expect, it } from 'vitest';
import {
  buildMeasureChart,
  buildMinutes,
  buildReport,
  chartAlternative,
  pointTable,
  readBoard,
  renderChartSvg,
  renderMinutesHtml,
  renderMinutesMarkdown,
  renderReportHtml,
  renderReportMarkdown,
} from '../../../src/core';
import { charts } from '../../../src/core/i18n/en/charts';
import { labels } from '../../../src/core/i18n/en/labels';
import { report } from '../../../src/core/i18n/en/report';
import { es } from '../../../src/core/i18n/es';
import { buildBoardAfterMeeting } from '../../fixtures/boards';
import type { DataPoint, Measure } from '../../../src/core';

const TODAY = '2026-11-30';
/** English sentences of the printed parts that no Spanish printout may hold (those with nothing to fill in, long enough to be a sentence). */
const englishSentences = Object.entries({ ...report, ...charts, ...labels })
  .filter(([key, text]) => typeof text === 'string' && !text.includes('{') && text.length > 12 && es[key as keyof typeof es] !== text)
  .map(([, text]) => text as string);
const plainText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');

describe('a report, its minutes and its charts in Spanish', () => {
  // The meeting was started by a co-lead whose board is in Spanish, so its agenda says why in Spanish.
  const { doc, now } = buildBoardAfterMeeting(TODAY, 'es');
  const board = readBoard(doc);

  it('writes the printed report in Spanish, with none of the English sentences left', () => {
    const html = renderReportHtml(buildReport(board, { kind: 'board' }, now, 'es'));
    expect(html).toContain('<html lang="es">');
    for (const words of [
      'ED Triage: informe de mejora',
      'Modelo de Mejora Rápida (RIM)',
      '¿Qué intentamos lograr?',
      'Ámbito de la práctica profesional',
      'enviada a',
      'medida de resultado, más bajo es mejor, meta',
      'de seguido por debajo de la mediana',
      'Más bajo es mejor, así que parece una mejora.',
      'Acciones abiertas',
      'Vencida',
      'de noviembre de 2026',
      'counter(page) " de " counter(pages)',
    ])
      expect(html).toContain(words);
    const text = plainText(html);
    for (const sentence of englishSentences) expect(text, sentence).not.toContain(sentence);
  });

  it('writes the Markdown report in Spanish', () => {
    const md = renderReportMarkdown(buildReport(board, { kind: 'board' }, now, 'es'));
    expect(md).toContain('# ED Triage: informe de mejora');
    expect(md).toContain('| Pregunta | Respuesta |');
    expect(md).toContain('## Reuniones del equipo (1)');
    expect(md).toContain('1 voto');
    for (const sentence of englishSentences) expect(md, sentence).not.toContain(sentence);
  });

  it('makes the same report in English whatever language came before', () => {
    renderReportHtml(buildReport(board, { kind: 'board' }, now, 'es'));
    const html = renderReportHtml(buildReport(board, { kind: 'board' }, now));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('ED Triage: improvement report');
    expect(html).toContain('outcome measure, lower is better, goal');
    expect(html).not.toContain('informe');
  });

  it('writes the minutes in Spanish', () => {
    const meeting = board.meetings[0]!;
    const minutes = buildMinutes(board, meeting.id, 'es')!;
    const html = renderMinutesHtml(minutes);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('ED Triage: reunión del equipo, 30 de noviembre de 2026');
    expect(html).toContain('iniciada por');
    expect(html).toContain('Orden del día');
    expect(html).toContain('Idea nueva para clasificar');
    // The decision made in the meeting, recorded in the words of the co-lead who made it.
    expect(html).toContain('Fuera del alcance (ámbito de la práctica profesional); enviada a Nurse practice council.');
    const md = renderMinutesMarkdown(minutes);
    expect(md).toContain('## Orden del día');
    expect(md).toMatch(/puntos? tratados?/);
    for (const sentence of englishSentences) expect(plainText(html), sentence).not.toContain(sentence);
  });
});

describe('a chart in Spanish', () => {
  const measure = {
    id: 'm',
    name: 'Minutos de espera',
    unit: 'min',
    rate: false,
    better: 'down',
    goal: 12_000,
    chart: 'xmr',
    rebase: {},
  } as unknown as Measure;
  const values = [14_250, 14_900, 13_800, 14_400, 15_100, 14_050, 14_700, 13_950, 14_300, 14_800, 14_150, 14_600, 31_250];
  const points = values.map((value, i) => ({
    id: `p${i}`,
    measureId: 'm',
    date: new Date(Date.UTC(2026, 0, 5) + i * 7 * 86_400_000).toISOString().slice(0, 10),
    value,
    deleted: false,
  })) as unknown as DataPoint[];

  it('writes numbers, days and signals as Spanish does', () => {
    const chart = buildMeasureChart(measure, points, [], [], 'es');
    expect(chart.summary.join(' ')).toContain('El 30 de marzo de 2026 el valor (31.250 min) estuvo por encima del límite superior del proceso');
    expect(chartAlternative(chart)).toContain('Gráfico de control XmR de');
    expect(chartAlternative(chart)).toContain('13 puntos desde el 5 de enero de 2026');
    expect(chartAlternative(chart)).toContain('meta 12.000 min');
    expect(pointTable(chart).headers).toEqual(['Fecha', 'Valor', 'Media', 'Límite inferior', 'Límite superior', 'Señal']);
    const svg = renderChartSvg(chart);
    expect(svg).toContain('Meta 12.000');
    expect(svg).toContain('Causa común');
    expect(svg).toMatch(/>\d{2}\.\d{3}</); // axis ticks grouped the Spanish way
    const english = buildMeasureChart(measure, points);
    expect(english.summary.join(' ')).toContain('On 30 March 2026 the value (31,250 min) was above the upper process limit');
  });
});
