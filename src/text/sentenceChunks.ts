/**
 * Where a long paragraph can be cut before Intl.Segmenter sees it. The segmenter's time grows faster
 * than the text (one 100k-word paragraph of pasted Arabic with its line breaks lost took seconds), so
 * long paragraphs are segmented in pieces of a few thousand characters.
 *
 * A cut is only made where the Unicode sentence rules (UAX #29) break whatever surrounds it, so the
 * pieces give exactly the boundaries of the whole: after a terminator, any closing quotes or brackets
 * and at least one space, before any opening quotes or brackets and then
 * - after a period: a capital or an Arabic letter. A period followed (past punctuation) by a
 *   lowercase letter is SB8's no-break ("e.g. the"), so it is never cut there;
 * - after ! ? ؟ or ۔: any letter or digit. SB8 is about the period alone, so "Yes! and then" breaks.
 * None of the other no-break rules apply there (SB6 wants a digit right after the period, SB7 no
 * space, SB8a a comma or another terminator), and no rule looks back past the cut or ahead past
 * that letter. The abbreviation merge in sentences.ts runs afterwards over all pieces, so "Dr. Smith"
 * cut apart here is joined there as before.
 *
 * Cutting after ! and ? before lowercase matters for speed, not only for size: the segmenter slows
 * down with the number of sentences in one string, and a paragraph of exclamations and questions
 * followed by lowercase words had no other cut (80k words: 10 s).
 */

/** Paragraphs up to this length are segmented whole. */
export const CHUNK_CHARS = 4096;

/** Closing punctuation after a terminator (Close in UAX #29: quotes and brackets), then spaces (Sp, not line separators). */
const CLOSE_SPACE = `["'\\u201D\\u2019\\u00BB)\\]]*[ \\t\\u00A0]+`;
/** Opening quotes and brackets before the next sentence's first letter (Close in UAX #29 too). */
const OPEN = `["'\\u201C\\u2018\\u00AB(\\[]*`;
/** A period before a capital or an Arabic letter (Upper or OLetter); ! ? ؟ ۔ before any letter or digit. */
const SAFE_CUT = new RegExp(
  `\\.${CLOSE_SPACE}(?=${OPEN}[\\p{Lu}\\u0620-\\u064A\\u066E-\\u06D3])|[!?\\u061F\\u06D4]${CLOSE_SPACE}(?=${OPEN}[\\p{L}\\p{N}])`,
  'gu',
);

/**
 * Offsets in text where it may be cut, about every `size` characters: each cut is the first safe place at
 * or after `size` characters from the previous one. Empty when the text is no longer than `size`.
 */
export function chunkCuts(text: string, size: number = CHUNK_CHARS): number[] {
  const cuts: number[] = [];
  SAFE_CUT.lastIndex = size; // a shared global regex: safe because this runs synchronously
  for (let m = SAFE_CUT.exec(text); m; m = SAFE_CUT.exec(text)) {
    // The lookahead leaves a letter or digit after every cut, so no piece is empty.
    const cut = m.index + m[0].length;
    cuts.push(cut);
    SAFE_CUT.lastIndex = cut + size;
  }
  return cuts;
}
