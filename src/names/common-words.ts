/**
 * Evidence that a capitalized word is an ordinary English word: "Hotel" in "Roa Roa Hotel", "Live" in
 * "Saturday Night Live", "Toll" in a headline in title case. The word frequencies of SUBTLEX-US (American
 * subtitles) keep each word in the case it is most often written, so a word listed in lower case is a common
 * word and one listed capitalized (John, Rose, Iraq) is not counted as one. The list is generated into
 * common-words.data.ts by scripts/build-common-words.mjs.
 *
 * This is one piece of evidence, weighed with the others in groups.ts: a common word still counts as a name
 * when an Arabic name in the source anchors it closely ("Said" for سعيد, "Bush" for بوش).
 */
import { COMMON_WORDS } from './common-words.data.js';

let common: Set<string> | null = null;

export function isCommonEnglishWord(lower: string): boolean {
  common ??= new Set(COMMON_WORDS.split(' '));
  return common.has(lower);
}
