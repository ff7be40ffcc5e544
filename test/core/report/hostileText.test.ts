import { describe, expect, it } from 'vitest';
import { buildMinutes, buildReport, readBoard, renderMinutesHtml, renderMinutesMarkdown, renderReportHtml, renderReportMarkdown } from '../../../src/core';
import { buildHostileTextBoard, RLO } from '../../fixtures/boards';

/**
 * In the hostile board every piece of text ends with an unclosed right-to-left override. In anything made
 * from it, a letter after an override and before the end of its line must come after a closer (PDF or PDI):
 * otherwise the report's own words after the team's text read backwards. Markup is left out first; each SVG
 * <text> is a paragraph of its own, so it ends a line.
 */
const leaks = (text: string): string[] =>
  text
    .replace(/<\/text>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .split('\n')
    .flatMap((line) => [...line.matchAll(new RegExp(`${RLO}[^\\u202C\\u2069A-Za-z]*[A-Za-z].{0,30}`, 'gu'))].map((m) => m[0]));

describe('hostile text in reports and minutes (issue 13, item 5)', () => {
  const board = readBoard(buildHostileTextBoard());
  const now = new Date(Date.UTC(2026, 4, 2));
  const report = buildReport(board, { kind: 'board' }, now);
  const meetingId = board.meetings[0]!.id;
  const minutes = buildMinutes(board, meetingId)!;

  it('closes every override the board holds before the app’s own words, in HTML and Markdown', () => {
    const outputs = {
      'report HTML': renderReportHtml(report),
      'report Markdown': renderReportMarkdown(report),
      'minutes HTML': renderMinutesHtml(minutes),
      'minutes Markdown': renderMinutesMarkdown(minutes),
    };
    for (const [name, text] of Object.entries(outputs)) {
      // The overrides are still there (the text is kept as typed), each one closed.
      expect(text.includes(RLO), name).toBe(true);
      expect(leaks(text), name).toEqual([]);
    }
  });

  it('the check finds an override left open', () => {
    expect(leaks(`Ana ${RLO} (Manager co-lead)`)).toEqual([`${RLO} (Manager co-lead)`]);
    expect(leaks(`<td>Ana ${RLO}\u202C\u2069</td><td>Manager</td>`)).toEqual([]);
  });
});
