/**
 * English much shorter or longer than its Arabic: a sign of dropped clauses or added or repeated text.
 * On good Arabic→English news, English chars / Arabic chars lies within 0.59–1.64 for 98% of lines
 * (DESIGN.md §8); short segments vary too much to judge.
 */
import type { Check, Finding } from '../model.js';
import { keyDeduper, textHash } from '../text/hash.js';
import { withoutMarkup } from '../text/markup.js';
import { unitShape } from '../align/clutter.js';

export const LENGTH_RATIO_LOW = 0.59;
export const LENGTH_RATIO_HIGH = 1.64;
/** Below this many Arabic characters one word more or less swings the ratio past the bounds. */
export const MIN_ARABIC_CHARS = 40;

/** Characters a reader counts: whitespace runs are one space; Arabic diacritics, tatweel and markup add no length. */
export function visibleLength(text: string): number {
  return plainLength(withoutMarkup(text));
}

/** visibleLength of text already without markup. */
function plainLength(s: string): number {
  return s.replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim().length;
}

/**
 * English length as the Arabic would write it: an acronym is read out letter by letter, and Arabic writes
 * the letter names (ABC as أيه بي سي, CNN as سي إن إن), about three characters for each English letter.
 */
export function englishLengthForRatio(text: string): number {
  const plain = withoutMarkup(text);
  let extra = 0;
  for (const m of plain.matchAll(/(?<![\p{L}])\p{Lu}{2,6}s?(?![\p{L}])/gu)) extra += 2 * m[0].replace(/s$/, '').length;
  return plainLength(plain) + extra;
}

export const lengthRatio: Check = {
  id: 'length-ratio',
  title: 'Unusual length',
  severity: 'info',
  description:
    `The English is much shorter or longer than the Arabic (outside ${LENGTH_RATIO_LOW}–${LENGTH_RATIO_HIGH} times its length): ` +
    'something may be missing or added.',
  run(ctx) {
    const findings: Finding[] = [];
    const unique = keyDeduper();
    for (const seg of ctx.segments) {
      const arabic = visibleLength(seg.source);
      const english = englishLengthForRatio(seg.target);
      if (arabic < MIN_ARABIC_CHARS || english === 0) continue;
      const ratio = english / arabic;
      if (ratio >= LENGTH_RATIO_LOW && ratio <= LENGTH_RATIO_HIGH) continue;
      const shorter = ratio < LENGTH_RATIO_LOW;
      // A headline: English news writes them shorter than the Arabic does ("Brexit: UK 'would forever regret'
      // losing carmakers"), so a short English fragment is not a sign of loss.
      if (shorter && unitShape(seg.target).fragment) continue;
      const rounded = Math.round(ratio * 100) / 100;
      findings.push({
        key: unique(`length-ratio:${textHash(seg.source)}`),
        check: 'length-ratio',
        severity: 'info',
        message: shorter
          ? `The English is much shorter than the Arabic (${rounded} times its length): part of the sentence may be missing.`
          : `The English is much longer than the Arabic (${rounded} times its length): text may be added or repeated.`,
        occurrences: [{ segment: seg.id, side: 'target', start: 0, end: seg.target.length, text: seg.target }],
        data: { ratio: rounded, arabicChars: arabic, englishChars: english, low: LENGTH_RATIO_LOW, high: LENGTH_RATIO_HIGH },
      });
    }
    return findings;
  },
};
