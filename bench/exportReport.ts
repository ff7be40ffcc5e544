import type * as Y from 'yjs';
import { buildReport, exportBackup, readBoard, renderReportHtml } from '../src/core';
import { median } from './browserData';
import { printLine } from './report';

/** `export-report`: the HTML report of the large board, against serialising the same board to JSON. */
export const exportReport = (doc: Y.Doc, runs = 7): void => {
  const now = new Date('2026-11-24T00:00:00Z');
  const values: number[] = [];
  const baselines: number[] = [];
  let size = 0;
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    size += renderReportHtml(buildReport(readBoard(doc), { kind: 'board' }, now)).length;
    values.push(performance.now() - t);
    t = performance.now();
    size += JSON.stringify(exportBackup(doc, now).backup).length;
    baselines.push(performance.now() - t);
  }
  if (size === 0) throw new Error('nothing was exported');
  printLine('export-report', 'html-report-large-board', median(values), median(baselines));
};
