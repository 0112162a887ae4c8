/** Find within the review: every match of the query in the Arabic and the current English, in reading order. */
import type { Replacement } from '../../src/model.js';

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

/**
 * The edits that replace these matches with `replacement`: English matches only (the Arabic is the source
 * and is never edited). Find ignores case, so a match that begins with a capital keeps it: replacing
 * "the crowd" turns "The crowd withdrew" into "The Popular Mobilization Forces withdrew".
 */
export function replacementsFor(matches: readonly FindMatch[], targetOf: (id: string) => string, replacement: string): Replacement[] {
  return matches
    .filter((m) => m.side === 'target')
    .map((m) => ({ segment: m.segment, start: m.start, end: m.end, text: withCaseOf(targetOf(m.segment).slice(m.start, m.end), replacement) }));
}

export function withCaseOf(found: string, replacement: string): string {
  const first = found.charAt(0);
  const startsCapital = first !== first.toLocaleLowerCase() && first === first.toLocaleUpperCase();
  return startsCapital ? replacement.charAt(0).toLocaleUpperCase() + replacement.slice(1) : replacement;
}
