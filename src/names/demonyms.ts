/**
 * English adjectives of nationality: Iraqi of Iraq, Iranian of Iran, Welsh of Wales. A name check must not take
 * them for people's names (groups.ts, by the country written in the same text), nor offer them for the glossary
 * as names a desk settled (glossary-candidates.ts, by the list of countries and capitals). And the Arabic ones:
 * البريطانية anchored to "Britain" is an adjective paired with its country's noun, no name.
 */
import { normalizeArabic } from '../text/normalize.js';
import { isPlace } from './place-names.js';

/** A demonym's stem and its ending: Iraq-i, Iran-ian, Leban-ese, Syri-an. */
const DEMONYM = /^(.{3,}?)(?:i|is|ian|ians|ese|an|ans|n|ns)$/u;

/** Endings of English adjectives of nationality that no Arabic name romanization takes without an anchor. */
export const DEMONYM_ADJECTIVE = /(?:ian|ians|ean|eans|ese|ish)$/u;

/** English demonyms no ending rule derives from their country (Welsh of Wales, Dutch of the Netherlands). */
export const IRREGULAR_DEMONYMS = new Map<string, string[]>([
  ['welsh', ['wales']], ['french', ['france']], ['dutch', ['netherlands', 'holland']], ['swiss', ['switzerland']],
  ['british', ['britain']], ['greek', ['greece']], ['spanish', ['spain']], ['danish', ['denmark']], ['thai', ['thailand']],
  ['norwegian', ['norway']], ['filipino', ['philippines']], ['scottish', ['scotland']], ['scots', ['scotland']],
  ['irish', ['ireland']], ['english', ['england']], ['polish', ['poland']], ['swedish', ['sweden']], ['finnish', ['finland']],
  ['turkish', ['turkey']], ['kurdish', ['kurdistan']], ['afghan', ['afghanistan']], ['emirati', ['emirates']],
  ['peruvian', ['peru']], ['moroccan', ['morocco']], ['malagasy', ['madagascar']], ['cypriot', ['cyprus']],
]);

/** Adjectives of a country whose English name is several words (Saudi of Saudi Arabia, American of the United States). */
const OF_LONGER_NAMES = new Set(['saudi', 'saudis', 'american', 'americans', 'emirati', 'emiratis']);

/** The places a lower-case word may be the adjective of by its ending: iraqi → iraq, syrian → syria, libyan → libya. */
export function demonymStems(lower: string): string[] {
  const d = DEMONYM.exec(lower);
  if (!d) return [];
  const stem = d[1]!;
  return [stem, `${stem}a`, `${stem}e`, stem.replace(/i$/u, 'y')];
}

/** Whether an English word is the adjective of a country or capital (Iraqi, Lebanese, Turkish, Saudi). */
export function isNationalityAdjective(word: string): boolean {
  const lower = word.toLowerCase();
  return OF_LONGER_NAMES.has(lower) || IRREGULAR_DEMONYMS.has(lower) || DEMONYM_ADJECTIVE.test(lower) || demonymStems(lower).some(isPlace);
}

/** A romanized nisba's ending: Kadhimi, Zubaidy, Nasiriyah, Alexandria, Barghouthi. */
const NISBA_ROMANIZED = /(?:i|y|ia|iah|iya|iyah|iyya|iyyah|ie|ieh|ee|ye|yeh)$/iu;

/**
 * An Arabic nisba with its article (البريطانية, اللاتينية, العربي: ending in ي or ية) whose English does not end as a
 * nisba romanizes (Britain, Latin, Arab): the anchor paired an adjective with a noun, as in "Latin America" over
 * أمريكا اللاتينية. Approved, it would flag every "British" and "Latin American". A nisba that names someone or some
 * place ends as one in English too (al-Kadhimi, Nasiriyah, Alexandria).
 */
export function nisbaPairedWithNoun(arabic: string, english: string): boolean {
  return /^ال.{2,}(?:ي|يه)$/u.test(normalizeArabic(arabic).text) && !NISBA_ROMANIZED.test(english.trim());
}
