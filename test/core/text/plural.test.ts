import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/core';

describe('plurals from one place', () => {
  it('counts with the word that goes with the number', () => {
    expect([0, 1, 2, 1200].map((n) => plural(n, 'vote'))).toEqual(['0 votes', '1 vote', '2 votes', '1,200 votes']);
    expect(plural(1, 'practice')).toBe('1 practice');
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });
});
