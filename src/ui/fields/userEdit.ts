import { changedRegion as diff } from '../../core';

/**
 * What the person changed in a text box: the part of `before` (what the box showed) replaced by `after`.
 * Applied to `current` (the shared text now), with positions moved past whatever changed in between, so
 * a keystroke never undoes a co-lead's edit. When nothing changed in between, the result is `after`.
 */
export const applyUserEdit = (before: string, after: string, current: string): string => {
  if (current === before) return after;
  const mine = diff(before, after);
  const theirs = diff(before, current);
  const map = (position: number) =>
    position <= theirs.start ? position : position >= theirs.endOld ? position + (theirs.endNew - theirs.endOld) : theirs.endNew;
  const at = map(mine.start);
  const to = Math.max(at, map(mine.endOld));
  return current.slice(0, at) + after.slice(mine.start, mine.endNew) + current.slice(to);
};

/**
 * The same merge, and where the person's caret belongs in the result: right after what they typed, even
 * when a co-lead's text arrived at that very spot in between (it goes after the caret, so neither person's
 * run of typing is split by the other's).
 */
export const mergeUserEdit = (before: string, after: string, current: string, caret: number): { value: string; caret: number } => {
  const value = applyUserEdit(before, after, current);
  if (current === before) return { value, caret };
  const mine = diff(before, after);
  const theirs = diff(before, current);
  const map = (position: number) =>
    position <= theirs.start ? position : position >= theirs.endOld ? position + (theirs.endNew - theirs.endOld) : theirs.endNew;
  const at = map(mine.start);
  // A caret inside or at the end of the person's own change stays with it; one after it moves with the text.
  const next = caret >= mine.start && caret <= mine.endNew ? at + (caret - mine.start) : map(caret - (mine.endNew - mine.endOld));
  return { value, caret: Math.max(0, Math.min(value.length, next)) };
};
