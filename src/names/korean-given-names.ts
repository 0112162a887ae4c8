/**
 * Korean given names are two syllables that English writes with a hyphen and a lower-case second syllable: Kim
 * Jong-un, Moon Jae-in, Ban Ki-moon, Yoon Suk-yeol. Split at the hyphen like "Hezbollah-backed", they lose half the
 * name ("Kim Jong"); Arabic writes them as two words (كيم جونغ أون, مون جاي إن). A syllable here is the shape
 * Revised Romanization and McCune–Reischauer give one Hangul block: an initial, a vowel, a final. English words
 * after a hyphen ("backed", "led", "style") are not one syllable of that shape, and neither is a capitalized English
 * word before one ("Kremlin-run").
 */

const SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h|y|w)?(?:yae|yeo|wae|weo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|k|n|t|l|m|p|g|b)?$/;

/** Whether "Jong" and "un" of "Jong-un" are one Korean given name: a capitalized syllable, then a lower-case one. */
export function isKoreanGivenName(first: string, second: string): boolean {
  return /^\p{Lu}\p{Ll}*$/u.test(first) && /^\p{Ll}+$/u.test(second) && SYLLABLE.test(first.toLowerCase()) && SYLLABLE.test(second);
}

/** Whether one written word is such a name: "Jong-un". */
export function isKoreanGivenNameWord(word: string): boolean {
  const parts = word.split(/[-\u2010\u2011]/u);
  return parts.length === 2 && isKoreanGivenName(parts[0]!, parts[1]!);
}
