/**
 * The fix for a glossary name the English writes otherwise: the seed's "Linda Thomas Granfield" over ليندا توماس
 * غرينفيلد, once the glossary has "Linda Thomas-Greenfield". The name mentions anchored to the term's Arabic say
 * where the name is in the English; a full name written there word for word is replaced as a whole (joins and
 * all), and a name written in part gets the approved spelling of each word it writes.
 */
import type { Replacement, Term } from '../model.js';
import { normalizeArabic } from '../text/normalize.js';
import { bestRomanization } from './anchor-score.js';
import { findEnglishMentions } from './english-mentions.js';
import { withinName } from './full-names.js';
import { rewriteMention } from './rewrite.js';
import type { NameGroup } from './types.js';

/**
 * Replacements that write a term's approved English where the English names its Arabic (an occurrence in the
 * segment's source) some other way; none where no name mention is anchored there, or the English already reads so.
 */
export function glossaryNameRewrites(groups: readonly NameGroup[], target: string, segment: string, occurrence: { start: number; end: number }, term: Pick<Term, 'target'>): Replacement[] {
  const mentions = groups
    .flatMap((g) => g.mentions)
    .filter((m) => m.segment === segment && m.anchor?.segment === segment && m.anchor.start < occurrence.end && m.anchor.end > occurrence.start)
    .sort((a, b) => a.start - b.start);
  if (mentions.length === 0) return [];
  const units = findEnglishMentions(term.target).map((u) => u.form);
  if (units.length === 0) return [];
  const first = mentions[0]!;
  const last = mentions[mentions.length - 1]!;
  const whole = mentions.length > 1 && mentions.length === units.length && mentions.every((m, i) => i === 0 || withinName(target.slice(mentions[i - 1]!.end, m.start)));
  if (whole) {
    const text = rewriteMention(first, term.target);
    return text === target.slice(first.start, last.end) ? [] : [{ segment, start: first.start, end: last.end, text }];
  }
  return mentions.flatMap((m) => {
    // The word of the approved English that writes this mention's Arabic best ("Greenfield" for غرينفيلد).
    const text = rewriteMention(m, bestRomanization(normalizeArabic(m.anchor!.text).text, units));
    return text === m.text ? [] : [{ segment, start: m.start, end: m.end, text }];
  });
}
