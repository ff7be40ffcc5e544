import { changedRegion, changedRegionAt, type TextChange, type TextSplice } from '../../core';

/** Where a position in `before` is after the change `theirs`; inside the change it goes to the change's end. */
const through = (theirs: TextChange) => (position: number) =>
  position <= theirs.start ? position : position >= theirs.endOld ? position + (theirs.endNew - theirs.endOld) : theirs.endNew;

/**
 * What the person changed in a text box (the part of `before`, what the box showed, replaced in `after`, located
 * by the caret they left) applied to `current`, the shared text now, with positions moved past whatever changed in
 * between, so a keystroke never undoes a co-lead's edit. Returns the merged text and where the caret belongs in
 * it: right after what they typed, even when a co-lead's text arrived at that very spot (it goes after the caret,
 * so neither person's run of typing is split by the other's). With nothing changed in between, it is `after`.
 */
export interface MergedEdit {
  value: string;
  caret: number;
  /** The same change as a splice of `current`: what the shared text needs, with no second diff. */
  splice: TextSplice;
}

export const mergeUserEdit = (before: string, after: string, current: string, caret?: number): MergedEdit => {
  const mine = changedRegionAt(before, after, caret);
  const end = caret ?? mine.endNew;
  const insert = after.slice(mine.start, mine.endNew);
  if (current === before) return { value: after, caret: end, splice: { at: mine.start, remove: mine.endOld - mine.start, insert } };
  const map = through(changedRegion(before, current));
  const at = map(mine.start);
  const to = Math.max(at, map(mine.endOld));
  const value = current.slice(0, at) + insert + current.slice(to);
  // A caret inside or at the end of the person's own change stays with it; one after it moves with the text.
  const next = end >= mine.start && end <= mine.endNew ? at + (end - mine.start) : map(end - (mine.endNew - mine.endOld));
  return { value, caret: Math.max(0, Math.min(value.length, next)), splice: { at, remove: to - at, insert } };
};

/** The merged text alone. */
export const applyUserEdit = (before: string, after: string, current: string): string => mergeUserEdit(before, after, current).value;
