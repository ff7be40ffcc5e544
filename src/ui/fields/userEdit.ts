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
