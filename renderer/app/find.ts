/** Find within the review: every match of the query in the Arabic and the current English, in reading order. */
export interface FindMatch {
  segment: string;
  segmentIndex: number;
  side: 'source' | 'target';
  start: number;
  end: number;
}

export function findMatches(
  segments: readonly { id: string; source: string }[],
  targetOf: (id: string) => string,
  query: string,
): FindMatch[] {
  const q = query.trim().toLocaleLowerCase();
  if (q.length === 0) return [];
  const out: FindMatch[] = [];
  segments.forEach((s, segmentIndex) => {
    for (const side of ['source', 'target'] as const) {
      const hay = (side === 'source' ? s.source : targetOf(s.id)).toLocaleLowerCase();
      for (let i = hay.indexOf(q); i >= 0; i = hay.indexOf(q, i + q.length)) {
        out.push({ segment: s.id, segmentIndex, side, start: i, end: i + q.length });
      }
    }
  });
  return out;
}
