import { countGraphemes, truncateText } from '../text/escape';

/** Note labels: 11 px text, about 6.2 px a character, in up to three rows above the plot. */
const NOTE_CHAR_PX = 6.2;
const NOTE_ROWS = 3;
export const NOTE_ROW_PX = 14;
const NOTE_MAX_CHARS = 34;
const NOTE_GAP_PX = 6;

export interface PlacedNote {
  /** The note's date on the x axis. */
  readonly x: number;
  readonly row: number;
  /** Where the text starts (or ends, for a label anchored at its end near the right edge). */
  readonly textX: number;
  readonly anchorEnd: boolean;
  readonly label: string;
}

/**
 * Puts each note's label in the first row where it clears the labels already there (left to right, by
 * date), using up to three rows. When every row is taken, the label before it in the least crowded row is
 * shortened ("…") to make room: the chart's caption and the notes list keep every label whole.
 */
export const placeNoteLabels = (notes: readonly { x: number; label: string }[], width: number): { rows: number; placed: PlacedNote[] } => {
  const placed: { x: number; row: number; textX: number; anchorEnd: boolean; label: string; start: number; end: number }[] = [];
  const last: (typeof placed)[number][] = [];
  for (const note of notes) {
    const label = truncateText(note.label, NOTE_MAX_CHARS);
    const w = countGraphemes(label) * NOTE_CHAR_PX;
    const anchorEnd = note.x + 3 + w > width - 8;
    const textX = Math.min(note.x + 3, width - 8);
    const [start, end] = anchorEnd ? [textX - w, textX] : [textX, textX + w];
    let row = last.findIndex((p) => p.end + NOTE_GAP_PX <= start);
    if (row < 0 && last.length < NOTE_ROWS) row = last.length;
    if (row < 0) {
      row = last.reduce((best, p, r) => (p.end < last[best]!.end ? r : best), 0);
      const before = last[row]!;
      if (!before.anchorEnd) {
        const room = Math.max(2, Math.floor((start - NOTE_GAP_PX - before.start) / NOTE_CHAR_PX));
        before.label = truncateText(before.label, room);
        before.end = before.start + countGraphemes(before.label) * NOTE_CHAR_PX;
      }
    }
    const entry = { x: note.x, row, textX, anchorEnd, label, start, end };
    placed.push(entry);
    last[row] = entry;
  }
  return { rows: last.length, placed: placed.map(({ start: _s, end: _e, ...p }) => p) };
};

/**
 * Round values between min and max for the axis: the widest step of 1, 2, 2.5 or 5 × 10ⁿ that still gives
 * at least `least` ticks, so a chart never has only two labels to read its values from.
 */
export const niceTicks = (min: number, max: number, least = 4): { step: number; ticks: number[] } => {
  const span = max - min || Math.abs(max) || 1;
  const top = 10 ** Math.ceil(Math.log10(span));
  const ticksFor = (step: number) => {
    const ticks: number[] = [];
    for (let i = Math.ceil(min / step - 1e-9); i * step <= max + step * 1e-9; i++) ticks.push(Number((i * step).toFixed(10)));
    return ticks;
  };
  for (let magnitude = top; magnitude > span / 1000; magnitude /= 10)
    for (const m of [5, 2.5, 2, 1]) {
      const ticks = ticksFor((m * magnitude) / 10);
      if (ticks.length >= least) return { step: (m * magnitude) / 10, ticks };
    }
  return { step: span, ticks: [min, max] };
};

/** Text in the right margin (goal, centre, limits): moved apart so two close values stay readable. */
const LABEL_GAP_PX = 13;
export const spreadLabels = <T extends { y: number }>(labels: T[], top: number, bottom: number): T[] => {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  for (let i = 1; i < sorted.length; i++) sorted[i]!.y = Math.max(sorted[i]!.y, sorted[i - 1]!.y + LABEL_GAP_PX);
  const overflow = (sorted.at(-1)?.y ?? 0) - bottom;
  if (overflow > 0) {
    sorted.at(-1)!.y -= overflow;
    for (let i = sorted.length - 2; i >= 0; i--) sorted[i]!.y = Math.min(sorted[i]!.y, sorted[i + 1]!.y - LABEL_GAP_PX);
  }
  for (const label of sorted) label.y = Math.max(label.y, top);
  return sorted;
};
