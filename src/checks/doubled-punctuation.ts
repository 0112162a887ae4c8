/**
 * Punctuation a careful editor would not leave: a mark typed twice ("Dr..", ",,") and a space before a
 * mark ("the parade ."). Both are common in machine translation of Arabic, where the MT carries over the
 * source's spacing around ، and . and joins sentences with an extra full stop. An ellipsis ("...") is not
 * a doubled full stop. Each instance has a fix that leaves one mark and no space before it.
 */
import type { Check, Finding } from '../model.js';
import { textHash } from '../text/hash.js';
import { findingsInTranslatedSegments } from './translatedSegments.js';

export type PunctuationProblem = 'doubled' | 'space-before' | 'stray-after-quote';

export interface PunctuationIssue {
  problem: PunctuationProblem;
  mark: string;
  start: number;
  end: number;
  /** What [start, end) becomes with the fix. */
  replacement: string;
}

// Two of the same mark, not part of a longer run (an ellipsis, "!!!" for effect).
const DOUBLED = /(?<![.,;:!?])([.,;:!?])\1(?![.,;:!?])/gu;
// Spaces, then a mark that ends a clause, then a space, a closing quote or the end.
const SPACE_BEFORE = /(?<=\S)[ \t\u00A0]+([,.;:!?])(?=[\s"”’)]|$)/gu;

export function punctuationIssues(text: string): PunctuationIssue[] {
  const out: PunctuationIssue[] = [];
  for (const m of text.matchAll(DOUBLED)) {
    out.push({ problem: 'doubled', mark: m[1]!, start: m.index, end: m.index + 2, replacement: m[1]! });
  }
  for (const m of text.matchAll(SPACE_BEFORE)) {
    const mark = m[1]!;
    const end = m.index + m[0].length;
    // «…legitimacy.” . Al-Kadhimi»: the quote already ended the sentence; the second full stop goes.
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (mark === '.' && /[.!?]["”’)]$/u.test(before)) {
      out.push({ problem: 'stray-after-quote', mark, start: m.index, end, replacement: '' });
    } else {
      out.push({ problem: 'space-before', mark, start: m.index, end, replacement: mark });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const NAMES: Record<string, string> = { '.': 'full stop', ',': 'comma', ';': 'semicolon', ':': 'colon', '!': 'exclamation mark', '?': 'question mark' };

function messageOf(issue: PunctuationIssue, context: string): string {
  const name = NAMES[issue.mark] ?? `"${issue.mark}"`;
  if (issue.problem === 'doubled') return `"${context}": a doubled ${name}. The fix keeps one.`;
  if (issue.problem === 'stray-after-quote') return `"${context}": a second full stop after the quotation already ended the sentence. The fix removes it.`;
  return `"${context}": a space before the ${name}. The fix removes the space.`;
}

/** The word the mark belongs to (and the one before a stray space), so the message shows where it is. */
function around(text: string, start: number, end: number): string {
  const space = /\s/u;
  let from = start;
  while (from > 0 && space.test(text[from - 1]!)) from--;
  while (from > 0 && start - from < 30 && !space.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 30 && !space.test(text[to]!)) to++;
  return text.slice(from, to);
}

export const doubledPunctuation: Check = {
  id: 'doubled-punctuation',
  title: 'Punctuation',
  severity: 'info',
  description: 'A punctuation mark typed twice ("Dr..") or with a space before it ("the parade ."). The fix tidies it.',
  run: (ctx) =>
    findingsInTranslatedSegments(ctx, (seg, unique) =>
      punctuationIssues(seg.target).map((issue): Finding => ({
        key: unique(`doubled-punctuation:${textHash(seg.source)}:${issue.problem}:${issue.mark}`),
        check: 'doubled-punctuation',
        severity: 'info',
        message: messageOf(issue, around(seg.target, issue.start, issue.end)),
        occurrences: [{ segment: seg.id, side: 'target', start: issue.start, end: issue.end, text: seg.target.slice(issue.start, issue.end) }],
        fix: [{ segment: seg.id, start: issue.start, end: issue.end, text: issue.replacement }],
        data: { problem: issue.problem, mark: issue.mark },
      }))),
};
