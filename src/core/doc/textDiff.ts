/** The one region where two strings differ: [start, endOld) of `old` became [start, endNew) of `next`. */
export interface TextChange {
  start: number;
  endOld: number;
  endNew: number;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Common prefix and suffix left out, never splitting a surrogate pair (an emoji stays whole). */
export const changedRegion = (old: string, next: string): TextChange => {
  let start = 0;
  const max = Math.min(old.length, next.length);
  while (start < max && old.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endOld = old.length;
  let endNew = next.length;
  while (endOld > start && endNew > start && old.charCodeAt(endOld - 1) === next.charCodeAt(endNew - 1)) {
    endOld--;
    endNew--;
  }
  if (start > 0 && isHighSurrogate(old.charCodeAt(start - 1))) start--;
  if (endOld < old.length && isLowSurrogate(old.charCodeAt(endOld))) {
    endOld++;
    endNew++;
  }
  return { start, endOld, endNew };
};

/**
 * The changed region that ends at `caret` in `next`, where a person typing leaves the caret. Plain prefix and
 * suffix matching cannot tell which of two equal neighbours is new (a space typed after "up" in "up to" could be
 * either space), and a guess on the wrong side puts the person's next keystrokes inside a co-lead's words.
 * Falls back to `changedRegion` when the caret does not fit the change.
 */
export const changedRegionAt = (old: string, next: string, caret: number | undefined): TextChange => {
  if (caret === undefined || caret < 0 || caret > next.length || isLowSurrogate(next.charCodeAt(caret))) return changedRegion(old, next);
  const suffix = next.length - caret;
  if (suffix > old.length || !old.endsWith(next.slice(caret))) return changedRegion(old, next);
  const endOld = old.length - suffix;
  let start = 0;
  const max = Math.min(endOld, caret);
  while (start < max && old.charCodeAt(start) === next.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(old.charCodeAt(start - 1))) start--;
  return { start, endOld, endNew: caret };
};
