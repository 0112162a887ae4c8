/**
 * Which segments the editor has marked reviewed. A mark remembers the English it was given to, so it
 * holds only while the English still reads that way: editing a reviewed segment, fixing a finding in it
 * or undoing past the mark puts it back on the to-do list without anyone having to clear the mark.
 */
import type { Review, ReviewDecisions } from './types.js';

export function isReviewed(decisions: ReviewDecisions, id: string, english: string): boolean {
  return decisions.reviewed?.[id] === english;
}

/** The decisions with the segment marked reviewed as it now reads, or the mark removed. */
export function withReviewed(decisions: ReviewDecisions, id: string, english: string, reviewed: boolean): ReviewDecisions {
  const marks = { ...(decisions.reviewed ?? {}) };
  if (reviewed) marks[id] = english;
  else delete marks[id];
  return { ...decisions, reviewed: marks };
}

/**
 * The segments whose English the editor has vouched for as it now reads: marked reviewed, or exported. Only these
 * teach the names memory how the desk spells a name; an article saved half-way through would otherwise teach it
 * the machine translation's mistakes (the seed's Al-Kazemi, Granfield).
 */
export function vouchedSegments(review: Pick<Review, 'segments' | 'decisions'>, englishOf: (id: string) => string): Set<string> {
  const out = new Set<string>();
  for (const s of review.segments) {
    const english = englishOf(s.id);
    if (isReviewed(review.decisions, s.id, english) || review.decisions.published?.[s.id] === english) out.add(s.id);
  }
  return out;
}

/** The decisions with every segment recorded as exported, as it now reads. */
export function withPublished(decisions: ReviewDecisions, segments: ReadonlyArray<{ id: string }>, englishOf: (id: string) => string): ReviewDecisions {
  return { ...decisions, published: Object.fromEntries(segments.map((s) => [s.id, englishOf(s.id)])) };
}

/** Each segment's English as the review file holds it: the edit, else the machine translation. */
export function savedEnglish(review: Pick<Review, 'segments' | 'edits'>): (id: string) => string {
  const mt = new Map(review.segments.map((s) => [s.id, s.target]));
  return (id) => (Object.prototype.hasOwnProperty.call(review.edits, id) ? review.edits[id]! : mt.get(id) ?? '');
}

export interface ReviewProgress {
  reviewed: number;
  /** Segments an editor is asked to review: every segment with Arabic or English in it. */
  total: number;
}

export function reviewProgress(review: Pick<Review, 'segments' | 'decisions'>, englishOf: (id: string) => string): ReviewProgress {
  let reviewed = 0;
  let total = 0;
  for (const s of review.segments) {
    if (s.source.trim() === '' && s.target.trim() === '') continue;
    total++;
    if (isReviewed(review.decisions, s.id, englishOf(s.id))) reviewed++;
  }
  return { reviewed, total };
}

/** The first segment after `from` (wrapping round) that is not reviewed; null when all are. */
export function nextUnreviewed(review: Pick<Review, 'segments' | 'decisions'>, englishOf: (id: string) => string, from: string | null): string | null {
  const n = review.segments.length;
  const start = from === null ? -1 : review.segments.findIndex((s) => s.id === from);
  for (let k = 1; k <= n; k++) {
    const s = review.segments[(start + k + n) % n]!;
    if (s.source.trim() === '' && s.target.trim() === '') continue;
    if (!isReviewed(review.decisions, s.id, englishOf(s.id))) return s.id;
  }
  return null;
}

/**
 * Marks for the segments a bilingual file says were already reviewed (XLIFF states reviewed, final or
 * signed-off), given those units' English. The review realigns the two texts, so a segment is matched by its
 * English: the same text as a reviewed unit, or a sentence of one (a unit the aligner split in two).
 */
export function marksFromReviewedTexts(segments: ReadonlyArray<{ id: string; target: string }>, reviewedTexts: readonly string[]): Record<string, string> {
  const texts = reviewedTexts.map((t) => t.trim()).filter(Boolean);
  const exact = new Set(texts);
  const marks: Record<string, string> = {};
  for (const s of segments) {
    const english = s.target.trim();
    if (!english) continue;
    if (exact.has(english) || (english.length >= 12 && texts.some((t) => t.includes(english)))) marks[s.id] = s.target;
  }
  return marks;
}
