/**
 * The preferred form of a name group: the approved glossary form, else a place's English name
 * (Jerusalem over Al-Quds), else the spelling earlier articles used (name-memory.ts) with this article's
 * article style or the house style's, else the house style's article on the most frequent spelling, else
 * the most frequent form (ties to the first occurrence).
 */
import type { Glossary, HouseStyle } from '../model.js';
import { normalizeArabic } from '../text/normalize.js';
import { bestRomanization } from './anchor-score.js';
import { splitArticle, withArticle } from './article.js';
import { findEnglishMentions } from './english-mentions.js';
import type { NameMention } from './types.js';
import { isPlaceName } from './cognates.js';
import type { EarlierSpelling } from './name-memory.js';

export interface Preference {
  preferred: string;
  by: 'glossary' | 'english-name' | 'earlier-articles' | 'house-style' | 'frequency';
}

/** A normalized Arabic name without its article, as glossary terms match anchors: الكاظمي and كاظمي are one name. */
export const stripArticle = (ar: string): string => (ar.startsWith('ال') && ar.length > 4 ? ar.slice(2) : ar);

/** Name units of an approved English rendering ("Mustafa al-Kadhimi" → Mustafa, al-Kadhimi). */
function units(english: string): string[] {
  const found = findEnglishMentions(english).map((m) => m.form);
  return found.length > 0 ? found : [english.trim()];
}

function fromGlossary(mentions: readonly NameMention[], arabicNorm: string | null, glossary: Glossary): string | null {
  const approved = glossary.terms.filter((t) => t.status === 'approved');
  if (arabicNorm) {
    const anchorCore = stripArticle(arabicNorm);
    for (const t of approved) {
      const words = normalizeArabic(t.source).text.split(/\s+/).filter(Boolean);
      // The term is the anchor itself, or a longer name that contains it (مصطفى الكاظمي).
      const joined = words.join(' ');
      const hit = stripArticle(joined) === anchorCore || words.some((w) => stripArticle(w) === anchorCore);
      if (!hit) continue;
      return bestRomanization(arabicNorm, units(t.target));
    }
  }
  // No anchor: a term whose English (or an accepted variant) writes one of the group's spellings.
  const cores = new Set(mentions.map((m) => m.core.toLowerCase()));
  for (const t of approved) {
    for (const rendering of [t.target, ...t.variants]) {
      const hitIndex = units(rendering).findIndex((u) => cores.has(splitArticle(u).core.toLowerCase()));
      if (hitIndex < 0) continue;
      const targetUnits = units(t.target);
      // The approved target's unit at the same position as the variant's match, or its only unit.
      return targetUnits[Math.min(hitIndex, targetUnits.length - 1)]!;
    }
  }
  return null;
}

/** Most frequent value, ties to the first occurrence. */
function mostFrequent(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const v of counts.keys()) if (counts.get(v)! > counts.get(best)!) best = v;
  return best;
}

export function choosePreferred(
  mentions: readonly NameMention[],
  arabicNorm: string | null,
  glossary: Glossary,
  houseStyle: HouseStyle,
  earlier: EarlierSpelling | null = null,
): Preference {
  const g = fromGlossary(mentions, arabicNorm, glossary);
  if (g) return { preferred: g, by: 'glossary' };
  // A place English names its own way is written that way in English news, however often the
  // translation romanized it. A person's biblical form is not preferred: Musa Kusa is not Moses Kusa.
  const place = mentions.find((m) => isPlaceName(m.form));
  if (place) return { preferred: place.form, by: 'english-name' };
  // Sentence-initial "Al-" says nothing about the house style; count the form as written elsewhere.
  const form = mostFrequent(mentions.map((m) => m.form));
  if (earlier) {
    // The desk's spelling of the name, written with the article as this article (or the house style) writes it.
    // Mid-sentence mentions show the article's style; a sentence start capitalizes any.
    const articled = mentions.filter((m) => m.article !== '');
    const midSentence = articled.filter((m) => !m.sentenceInitial);
    const article = articled.length > 0 ? mostFrequent((midSentence.length > 0 ? midSentence : articled).map((m) => m.article)) : '';
    const base = article + earlier.spelling;
    return { preferred: houseStyle.article !== 'as-is' ? withArticle(base, houseStyle.article) : base, by: 'earlier-articles' };
  }
  if (houseStyle.article !== 'as-is') {
    const core = mostFrequent(mentions.map((m) => m.core));
    const withCore = mentions.filter((m) => m.core === core);
    const articled = withCore.find((m) => m.article !== '') ?? mentions.find((m) => m.article !== '');
    const base = articled ? articled.article + core : core;
    const styled = withArticle(base, houseStyle.article);
    return { preferred: styled, by: styled === form ? 'frequency' : 'house-style' };
  }
  return { preferred: form, by: 'frequency' };
}
