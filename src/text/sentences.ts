/**
 * Sentence ranges. Intl.Segmenter does the Unicode work (Arabic . ! ? ؟ ۔, "حقوقها.وأضاف" without a
 * space, never ، or ؛) but knows no abbreviations: it breaks after "Dr.", "U.S." and the Arabic
 * titles د. and أ. (DESIGN.md §8). A merge pass on top undoes those breaks. Sentences never cross a
 * paragraph (splitParagraphs): a line end is a sentence end unless the text is hard-wrapped.
 */
import type { TextRange } from '../model.js';
import { splitParagraphs } from './paragraphs.js';
import { CHUNK_CHARS, chunkCuts } from './sentenceChunks.js';

export type Lang = 'ar' | 'en';

/** Titles and other abbreviations that precede a name or noun and never end an English sentence. */
const EN_TITLES = new Set([
  'dr', 'mr', 'mrs', 'ms', 'messrs', 'prof', 'st', 'mt', 'ft', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cmdr',
  'adm', 'brig', 'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'amb', 'sh', 'shk', 'vs', 'e.g', 'i.e', 'cf', 'approx',
  'dept', 'est', 'fig',
  // Muhammad written short before the rest of a name (Mohd. Najib); not Md., which is also Maryland's.
  'mohd', 'muhd', 'mhd',
]);
/** Abbreviations that do not end a sentence when a number follows: "Jan. 5", "No. 5", "p. 12". */
const EN_BEFORE_NUMBER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'vol', 'p', 'pp', 'art', 'para',
]);
/** Words that open a new sentence after "... the U.S." rather than continue "the U.S. Army". */
const EN_SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but', 'and',
  'in', 'on', 'at', 'his', 'her', 'their', 'its', 'however', 'meanwhile', 'according', 'if', 'as', 'after', 'before',
]);
/** Arabic titles written with a period: د. (doctor), أ. (professor/Mr), أ.د. */
const AR_TITLES = new Set(['د', 'أ', 'ا', 'م.د', 'أ.د', 'ا.د']);

const segmenters = new Map<Lang, Intl.Segmenter>();

/** Segmenters are stateless and costly to build: one per language. */
function segmenterFor(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * Paragraphs of the whole text, remembered for the last text of each language: callers that split
 * one paragraph at a time, alternating source and target, do not re-read the document each time.
 */
const paragraphCache = new Map<Lang, { text: string; paragraphs: TextRange[] }>();

function paragraphsOf(text: string, lang: Lang): TextRange[] {
  let entry = paragraphCache.get(lang);
  if (entry?.text !== text) {
    entry = { text, paragraphs: splitParagraphs(text) };
    paragraphCache.set(lang, entry);
  }
  return entry.paragraphs;
}

/**
 * Sentence ranges inside text[range], as offsets into the whole text; whitespace trimmed off each.
 * `chunkChars` is how long a paragraph may get before it is segmented in pieces (sentenceChunks.ts);
 * the pieces give the same sentences, and tests compare against Infinity (never cut).
 */
export function splitSentences(
  text: string,
  lang: Lang,
  range: TextRange = { start: 0, end: text.length },
  chunkChars: number = CHUNK_CHARS,
): TextRange[] {
  const out: TextRange[] = [];
  const segmenter = segmenterFor(lang);
  for (const p of paragraphsOf(text, lang)) {
    if (p.end <= range.start) continue;
    if (p.start >= range.end) break;
    const start = Math.max(p.start, range.start);
    const end = Math.min(p.end, range.end);
    if (start >= end) continue;
    for (const r of splitParagraph(text, lang, start, end, segmenter, chunkChars)) out.push(r);
  }
  return out;
}

function splitParagraph(
  text: string,
  lang: Lang,
  start: number,
  end: number,
  segmenter: Intl.Segmenter,
  chunkChars: number,
): TextRange[] {
  // Line ends inside a paragraph are soft wraps: a space to the segmenter (same length, same offsets).
  const paragraph = text.slice(start, end).replace(/\n/g, ' ');
  const pieces: TextRange[] = [];
  let at = 0;
  for (const cut of [...chunkCuts(paragraph, chunkChars), paragraph.length]) {
    const chunk = at === 0 && cut === paragraph.length ? paragraph : paragraph.slice(at, cut);
    for (const s of segmenter.segment(chunk)) {
      const lead = s.segment.length - s.segment.trimStart().length;
      const trimmed = s.segment.trim();
      if (!trimmed) continue;
      const from = start + at + s.index + lead;
      pieces.push({ start: from, end: from + trimmed.length });
    }
    at = cut;
  }
  const merged: TextRange[] = [];
  for (const piece of pieces) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text.slice(prev.start, prev.end), text.slice(piece.start, piece.end), lang)) prev.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged;
}

function shouldJoin(before: string, after: string, lang: Lang): boolean {
  // A piece with no letter or digit (a stray '.' or '” .') is punctuation left over, not a sentence.
  if (!/[\p{L}\p{N}]/u.test(after)) return true;
  if (!/[\p{L}\p{N}]/u.test(before)) return true;
  return lang === 'ar' ? arabicAbbreviationEnds(before) : englishAbbreviationEnds(before, after);
}

function lastWordBeforePeriods(s: string): string | null {
  // "Dr." and the seed's "Dr.." alike: strip the final periods, take the word before them.
  // Only the tail matters, and a long sentence should not be rescanned at every break.
  const m = /(?:^|[\s(“"«،])([\p{L}.]+?)\.+$/u.exec(s.slice(-48));
  return m ? m[1]! : null;
}

function englishAbbreviationEnds(before: string, after: string): boolean {
  const word = lastWordBeforePeriods(before);
  if (word === null) return false;
  const lower = word.toLowerCase();
  const next = /^[\p{L}\p{N}]+/u.exec(after)?.[0] ?? '';
  if (EN_TITLES.has(lower)) return true;
  if (EN_BEFORE_NUMBER.has(lower) && /^\p{N}/u.test(next)) return true;
  // Initials: "J. R. R. Tolkien", "George W. Bush"; not "... Plan B. The talks".
  if (/^\p{Lu}$/u.test(word) && /^\p{Lu}/u.test(next)) return !EN_SENTENCE_OPENERS.has(next.toLowerCase());
  // Acronyms with periods: "U.S. forces", "the U.N. Security Council"; not "... in the U.S. The talks".
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) return !EN_SENTENCE_OPENERS.has(next.toLowerCase());
  return false;
}

function arabicAbbreviationEnds(before: string): boolean {
  const word = lastWordBeforePeriods(before);
  return word !== null && AR_TITLES.has(word);
}
