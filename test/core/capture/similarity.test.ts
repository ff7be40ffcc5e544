import { describe, expect, it } from 'vitest';
import { similarIdeas, similarity } from '../../../src/core/capture/similarity';

describe('similar ideas', () => {
  const ideas = [
    { id: 'a', text: 'Pre-stock discharge kits the night before' },
    { id: 'b', text: 'Fewer falls on night shift: hourly rounding' },
    { id: 'c', text: 'Call transport at 9am for morning discharges' },
  ];

  it('finds the same idea worded differently', () => {
    expect(similarIdeas('Stock the discharge kits the night before discharge', ideas).map((x) => x.idea.id)).toEqual(['a']);
    expect(similarIdeas('Hourly rounding to reduce falls at night', ideas).map((x) => x.idea.id)).toEqual(['b']);
  });

  it('does not match unrelated ideas or empty text', () => {
    expect(similarIdeas('Replace the broken blanket warmer', ideas)).toEqual([]);
    expect(similarity('', 'anything')).toBe(0);
    expect(similarity('the and of', 'the and of')).toBe(0);
  });

  it('scores identical text 1 and is symmetric', () => {
    expect(similarity(ideas[0]!.text, ideas[0]!.text)).toBe(1);
    expect(similarity('kits night', 'night kits discharge')).toBe(similarity('night kits discharge', 'kits night'));
  });
});
