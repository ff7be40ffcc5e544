import { describe, expect, it } from 'vitest';
import { applyUserEdit } from '../../src/ui/fields/userEdit';

describe('applyUserEdit', () => {
  it('is the new value when the shared text did not move', () => {
    expect(applyUserEdit('abc', 'abXc', 'abc')).toBe('abXc');
  });
  it('applies only the keystroke when the shared text changed in between (never "delete everything")', () => {
    // The box still showed nothing while the text already held a sentence: typing adds, removes nothing.
    expect(applyUserEdit('', ' [B offline]', 'Three falls in May.')).toBe(' [B offline]Three falls in May.');
    // A co-lead added a word at the start; my deletion at the end still lands at the end.
    expect(applyUserEdit('falls at night', 'falls at nigh', 'Three falls at night')).toBe('Three falls at nigh');
  });
  it('keeps a replaced range within the current text', () => {
    expect(applyUserEdit('abcdef', 'abXf', 'abcdef')).toBe('abXf');
    expect(applyUserEdit('abcdef', 'abXf', 'ab')).toBe('abX');
  });
});

describe('the caret after a keystroke that met a co-lead’s text', async () => {
  const { mergeUserEdit } = await import('../../src/ui/fields/userEdit');
  it('stays right after what the person typed when the co-lead typed at the same spot', () => {
    // Both at the end of "Patients wait": I type " u", they " for".
    expect(mergeUserEdit('Patients wait', 'Patients wait u', 'Patients wait for', 15)).toEqual({ value: 'Patients wait u for', caret: 15 });
  });
  it('moves with the text when the co-lead typed before it', () => {
    expect(mergeUserEdit('wait here', 'wait here!', 'Please wait here', 10)).toEqual({ value: 'Please wait here!', caret: 17 });
  });
});
