import { describe, expect, it } from 'vitest';
import { dueState } from '../../src/core';

describe('where a due date stands', () => {
  it('is overdue only from the day after, due today on the day, due soon within a week', () => {
    const today = '2026-12-01';
    expect(['', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-08', '2026-12-09', '2025-12-01'].map((due) => [due, dueState(due, today)])).toEqual([
      ['', 'none'],
      ['2026-11-30', 'overdue'],
      ['2026-12-01', 'today'],
      ['2026-12-02', 'soon'],
      ['2026-12-08', 'soon'],
      ['2026-12-09', 'later'],
      ['2025-12-01', 'overdue'],
    ]);
    // Across a month and a year end.
    expect(dueState('2027-01-05', '2026-12-31')).toBe('soon');
  });
});
