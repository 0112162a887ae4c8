/** Find within the review: every match of the query in the Arabic and the current English, in reading order. */
import type { Replacement } from '../../src/model.js';
import { normalizeArabic, normalizeEnglish, toOriginalRange, type Normalized } from '../../src/text/normalize.js';

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
  if (query.trim().length === 0) return [];
  const queries = { source: comparable(normalizeArabic, query), target: comparable(normalizeEnglish, query) };
  const out: FindMatch[] = [];
  segments.forEach((s, segmentIndex) => {
    for (const side of ['source', 'target'] as const) {
      const text = side === 'source' ? s.source : targetOf(s.id);
      for (const r of occurrences(text, queries[side], side === 'source' ? normalizeArabic : normalizeEnglish)) {
        out.push({ segment: s.id, segmentIndex, side, ...r });
      }
    }
  });
  return out;
}

/**
 * Text as find compares it: the matching normalization of its language (Arabic without diacritics or
 * tatweel, one alef, ى as ي, ة as ه, Arabic-Indic digits as 0-9; English without accents, one kind of
 * quote and dash), lower case. An editor who types الكاظمي finds الكاظمِي, and 2021 finds ٢٠٢١.
 */
function comparable(normalize: (s: string) => Normalized, text: string): string {
  return normalize(text.trim()).text.toLocaleLowerCase();
}

function occurrences(text: string, query: string, normalize: (s: string) => Normalized): { start: number; end: number }[] {
  if (!query) return [];
  const n = normalize(text);
  const lower = n.text.toLocaleLowerCase();
  // Lower-casing keeps the length for every script the app reads; if it ever did not, offsets would drift.
  const hay = lower.length === n.text.length ? lower : n.text;
  const out: { start: number; end: number }[] = [];
  for (let i = hay.indexOf(query); i >= 0; i = hay.indexOf(query, i + query.length)) out.push(toOriginalRange(n, i, i + query.length));
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
