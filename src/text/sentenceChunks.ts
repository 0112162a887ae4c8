/**
 * Where a long paragraph can be cut before Intl.Segmenter sees it. The segmenter's time grows faster
 * than the text (one 100k-word paragraph of pasted Arabic with its line breaks lost took seconds), so
 * long paragraphs are segmented in pieces of a few thousand characters.
 *
 * A cut is only made where the Unicode sentence rules (UAX #29) break whatever surrounds it, so the
 * pieces give exactly the boundaries of the whole: after . ! ? ؟ or ۔, any closing quotes or
 * brackets and at least one space, right before a capital or an Arabic letter. There none of the
 * no-break rules apply (SB6 wants a digit next, SB7 no space, SB8 a lowercase letter, SB8a a comma or
 * another terminator), and no rule looks back past that letter or ahead past that terminator. The
 * abbreviation merge in sentences.ts runs afterwards over all pieces, so "Dr. Smith" cut apart here is
 * joined there as before.
 */

/** Paragraphs up to this length are segmented whole. */
export const CHUNK_CHARS = 4096;

/**
 * Terminator, closing punctuation (Close in UAX #29: quotes and brackets), spaces (Sp, not line
 * separators), then a letter that is Upper or OLetter: a capital or an Arabic letter.
 */
const SAFE_CUT = /[.!?\u061F\u06D4]["'\u201D\u2019\u00BB)\]]*[ \t\u00A0]+(?=[\p{Lu}\u0620-\u064A\u066E-\u06D3])/gu;

/**
 * Offsets in text where it may be cut, about every `size` characters: each cut is the first safe place at
 * or after `size` characters from the previous one. Empty when the text is no longer than `size`.
 */
export function chunkCuts(text: string, size: number = CHUNK_CHARS): number[] {
  const cuts: number[] = [];
  SAFE_CUT.lastIndex = size; // a shared global regex: safe because this runs synchronously
  for (let m = SAFE_CUT.exec(text); m; m = SAFE_CUT.exec(text)) {
    // The lookahead leaves a letter after every cut, so no piece is empty.
    const cut = m.index + m[0].length;
    cuts.push(cut);
    SAFE_CUT.lastIndex = cut + size;
  }
  return cuts;
}
