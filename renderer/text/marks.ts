/**
 * Splitting a text into pieces by overlapping highlight ranges (find matches, finding occurrences,
 * name anchors), so one renderer can draw them all without nesting problems.
 */
export interface Mark {
  start: number;
  end: number;
  /** CSS class drawn on the piece. */
  className: string;
}

export interface Piece {
  start: number;
  end: number;
  text: string;
  classes: string[];
}

export function splitByMarks(text: string, marks: readonly Mark[], offset = 0): Piece[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    const s = Math.max(0, Math.min(text.length, m.start - offset));
    const e = Math.max(0, Math.min(text.length, m.end - offset));
    if (e > s) {
      cuts.add(s);
      cuts.add(e);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const classes = marks.filter((m) => m.start - offset <= start && m.end - offset >= end && m.end > m.start).map((m) => m.className);
    pieces.push({ start: start + offset, end: end + offset, text: text.slice(start, end), classes: [...new Set(classes)] });
  }
  return pieces;
}
