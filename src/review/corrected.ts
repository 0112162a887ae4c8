/**
 * The corrected English: the machine translation with the editor's edits applied, paragraph by
 * paragraph. Target-only segments (English with no Arabic behind it, typically web-page clutter such
 * as "Leave a Reply") are left out unless the caller asks for them.
 */
import type { Segment } from '../model.js';
import type { Review } from './types.js';

export interface CorrectedSegment {
  id: string;
  /** 1-based paragraph of the target document. */
  paragraph: number;
  /** The Arabic of the segment ('' for target-only segments). */
  source: string;
  /** The machine translation of the segment. */
  mt: string;
  /** The editor's English (the MT when not edited). */
  text: string;
  edited: boolean;
  /** English with no Arabic behind it: clutter or an addition. */
  targetOnly: boolean;
}

export interface CorrectedOptions {
  /** Keep target-only segments (web clutter, additions). Default false. */
  includeTargetOnly?: boolean;
}

function isTargetOnly(s: Segment): boolean {
  return s.source.trim() === '' && s.target.trim() !== '';
}

/** Every segment that has English, in document order, with edits applied. */
export function correctedSegments(review: Review, options: CorrectedOptions = {}): CorrectedSegment[] {
  const out: CorrectedSegment[] = [];
  for (const s of review.segments) {
    const targetOnly = isTargetOnly(s);
    if (targetOnly && !options.includeTargetOnly) continue;
    const edited = Object.prototype.hasOwnProperty.call(review.edits, s.id);
    const text = edited ? (review.edits[s.id] as string) : s.target;
    // Source-only segments (an omission) have no English unless the editor wrote some.
    if (s.target === '' && !edited) continue;
    out.push({ id: s.id, paragraph: s.paragraph, source: s.source, mt: s.target, text, edited, targetOnly });
  }
  return out;
}

/** The MT document's own separator between two consecutive segments of one paragraph (usually a space). */
function gapBetween(review: Review, a: Segment | undefined, b: Segment | undefined): string {
  if (a?.targetRange && b?.targetRange && a.targetRange.end <= b.targetRange.start) {
    const gap = review.target.text.slice(a.targetRange.end, b.targetRange.start);
    if (gap.length > 0 && gap.trim() === '' && !gap.includes('\n')) return gap;
  }
  return ' ';
}

/** Corrected English paragraphs; a paragraph the editor emptied is dropped. */
export function correctedParagraphs(review: Review, options: CorrectedOptions = {}): string[] {
  const byId = new Map(review.segments.map((s) => [s.id, s]));
  const paragraphs: string[] = [];
  let current: { paragraph: number; text: string; lastId: string } | null = null;
  const flush = () => {
    if (current && current.text.trim() !== '') paragraphs.push(current.text.trim());
  };
  for (const seg of correctedSegments(review, options)) {
    const piece = seg.text.trim();
    if (current && current.paragraph === seg.paragraph) {
      if (piece !== '') {
        current.text = current.text === '' ? piece : current.text + gapBetween(review, byId.get(current.lastId), byId.get(seg.id)) + piece;
      }
      current.lastId = seg.id;
    } else {
      flush();
      current = { paragraph: seg.paragraph, text: piece, lastId: seg.id };
    }
  }
  flush();
  return paragraphs;
}

/** The corrected English as plain text: paragraphs separated by a blank line. */
export function correctedText(review: Review, options: CorrectedOptions = {}): string {
  return correctedParagraphs(review, options).join('\n\n');
}

/** The review's segments with the editor's English as target: what checks should run on. */
export function correctedSegmentsForChecks(review: Review): Segment[] {
  return review.segments.map((s) =>
    Object.prototype.hasOwnProperty.call(review.edits, s.id) ? { ...s, target: review.edits[s.id] as string } : s,
  );
}
