/**
 * Which rows the review grid shows. An editor working through a long article narrows the list to what
 * is left (not yet reviewed), to what the checks flagged, or to what was changed. A row the editor is
 * on (being edited, or just navigated to by F8, Find or Ctrl+Enter) is always shown, so a jump never
 * lands on nothing and a row never vanishes under the cursor mid-edit.
 */
export type RowFilter = 'all' | 'unreviewed' | 'findings' | 'edited';

export const ROW_FILTERS: ReadonlyArray<{ id: RowFilter; label: string; empty: string }> = [
  { id: 'all', label: 'All segments', empty: 'This review has no segments.' },
  { id: 'unreviewed', label: 'Not reviewed', empty: 'Every segment is marked reviewed.' },
  { id: 'findings', label: 'With findings', empty: 'No segment has an open finding.' },
  { id: 'edited', label: 'Edited', empty: 'No segment has been edited yet.' },
];

export interface RowFacts {
  isReviewed(id: string): boolean;
  isEdited(id: string): boolean;
  findingCount(id: string): number;
}

export function rowMatches(filter: RowFilter, id: string, facts: RowFacts): boolean {
  switch (filter) {
    case 'all': return true;
    case 'unreviewed': return !facts.isReviewed(id);
    case 'findings': return facts.findingCount(id) > 0;
    case 'edited': return facts.isEdited(id);
  }
}

/** Indices into `segments` of the rows to show, in order; `pinned` ids are shown whatever the filter. */
export function visibleRows(segments: ReadonlyArray<{ id: string }>, filter: RowFilter, facts: RowFacts, pinned: ReadonlySet<string>): number[] {
  const out: number[] = [];
  segments.forEach((s, i) => {
    if (filter === 'all' || pinned.has(s.id) || rowMatches(filter, s.id, facts)) out.push(i);
  });
  return out;
}

/** How many segments each filter would show (without pins): the counts the picker offers. */
export function filterCounts(segments: ReadonlyArray<{ id: string }>, facts: RowFacts): Record<RowFilter, number> {
  const counts: Record<RowFilter, number> = { all: segments.length, unreviewed: 0, findings: 0, edited: 0 };
  for (const s of segments) {
    for (const f of ['unreviewed', 'findings', 'edited'] as const) if (rowMatches(f, s.id, facts)) counts[f]++;
  }
  return counts;
}
