interface Change {
  /** First differing position. */
  start: number;
  /** End of the changed part in the old and the new string. */
  endOld: number;
  endNew: number;
}

/** The one changed region between two strings: common prefix and suffix left out. */
const diff = (old: string, next: string): Change => {
  let start = 0;
  const max = Math.min(old.length, next.length);
  while (start < max && old.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endOld = old.length;
  let endNew = next.length;
  while (endOld > start && endNew > start && old.charCodeAt(endOld - 1) === next.charCodeAt(endNew - 1)) {
    endOld--;
    endNew--;
  }
  return { start, endOld, endNew };
};

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
