/**
 * The same word twice in a row ("the the", "in in"): machine translation and hurried editing both leave
 * them, and a reader stumbles on every one. Grammatical doubles ("had had", "that that") and names that
 * double (Sirhan Sirhan) are left alone.
 * The fix keeps the first word, so its capital stays at a sentence start ("The the" → "The").
 */
import type { Check, Finding } from '../model.js';
import { textHash } from '../text/hash.js';
import { findingsInTranslatedSegments } from './translatedSegments.js';

/** Doubles English allows: grammar ("had had", "that that") and set phrases ("Canada plus plus", "bye bye"). */
const GRAMMATICAL = new Set(['had', 'that', 'is', 'plus', 'bye']);

// A word (letters or digits, an inner apostrophe allowed), spaces, the same word, case ignored.
const DOUBLE = /(?<![\p{L}\p{N}'’-])([\p{L}\p{N}]+(?:['’]\p{L}+)?)([ \t\u00A0]+)(\1)(?![\p{L}\p{N}'’-])/giu;

export interface RepeatedWord {
  word: string;
  /** Range of both words and the space between. */
  start: number;
  end: number;
  /** Range the fix removes: the space and the second word. */
  removeStart: number;
}

export function repeatedWords(text: string): RepeatedWord[] {
  const out: RepeatedWord[] = [];
  for (const m of text.matchAll(DOUBLE)) {
    const word = m[1]!;
    // Numbers repeat legitimately in data ("10 10" in a score line); a repeated word is about prose.
    if (/^\p{N}+$/u.test(word) || GRAMMATICAL.has(word.toLowerCase())) continue;
    // Both capitalized is a name that doubles (Sirhan Sirhan, Bora Bora, the Roa Roa Hotel), not a slip.
    if (/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(m[3]!)) continue;
    out.push({ word, start: m.index, end: m.index + m[0].length, removeStart: m.index + word.length });
  }
  return out;
}

export const repeatedWord: Check = {
  id: 'repeated-word',
  title: 'Repeated word',
  severity: 'warning',
  description: 'The same word twice in a row in the English ("the the"). The fix keeps one.',
  run: (ctx) =>
    findingsInTranslatedSegments(ctx, (seg, unique) =>
      repeatedWords(seg.target).map((r): Finding => {
        const text = seg.target.slice(r.start, r.end);
        return {
          key: unique(`repeated-word:${textHash(seg.source)}:${r.word.toLowerCase()}`),
          check: 'repeated-word',
          severity: 'warning',
          message: `"${text}": the same word twice in a row. The fix keeps one.`,
          occurrences: [{ segment: seg.id, side: 'target', start: r.start, end: r.end, text }],
          fix: [{ segment: seg.id, start: r.removeStart, end: r.end, text: '' }],
          data: { word: r.word },
        };
      })),
};
