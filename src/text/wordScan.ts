/**
 * The words of a text as plain strings, read character by character. Each function returns exactly the
 * matches of the regular expression named in its comment, in order; alignment and the name checks run these
 * over every word of both documents, where exec with its match objects cost more than the work done with the
 * words (tests/unit/text/wordScan.test.ts compares them with the expressions).
 */

/** Unicode letter (\p{L}) test per code point, looked up once per BMP code unit (0: not yet, 1: no, 2: yes). */
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const bmpLetter = new Uint8Array(0x10000);
const bmpUpper = new Uint8Array(0x10000);

function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp));
  let v = bmpLetter[cp]!;
  if (v === 0) bmpLetter[cp] = v = LETTER.test(String.fromCharCode(cp)) ? 2 : 1;
  return v === 2;
}

function isUpper(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  if (cp > 0xffff) return UPPER.test(String.fromCodePoint(cp));
  let v = bmpUpper[cp]!;
  if (v === 0) bmpUpper[cp] = v = UPPER.test(String.fromCharCode(cp)) ? 2 : 1;
  return v === 2;
}

/** Code point at i, as a /u expression reads it (a lone surrogate is itself). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** After a word's first character at `from`: where [\p{L}'’]* stops. */
function letterRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (cp !== APOSTROPHE && cp !== RIGHT_QUOTE && !isLetter(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Runs of letters (inner ' and ’ allowed) that begin with a code point `starts` accepts. */
function wordsStartingWith(text: string, starts: (cp: number) => boolean): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    if (!starts(cp)) {
      i += width;
      continue;
    }
    const end = letterRunEnd(text, i + width);
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

/** The matches of /\p{L}[\p{L}'’]*\/gu. */
export function letterWords(text: string): string[] {
  return wordsStartingWith(text, isLetter);
}

/** The matches of /\p{Lu}[\p{L}'’]*\/gu. */
export function capitalizedWords(text: string): string[] {
  return wordsStartingWith(text, isUpper);
}

const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** Runs of UTF-16 units whose first unit passes `starts` and the rest `continues` (classes inside the BMP). */
function unitRuns(text: string, starts: (c: number) => boolean, continues: (c: number) => boolean): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (!starts(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    while (i < text.length && continues(text.charCodeAt(i))) i++;
    out.push(text.slice(start, i));
  }
  return out;
}

/** The matches of /[A-Za-z][A-Za-z'’]*\/g. */
export function asciiWords(text: string): string[] {
  return unitRuns(text, isAsciiLetter, (c) => isAsciiLetter(c) || c === APOSTROPHE || c === RIGHT_QUOTE);
}

const isArabicLetter = (c: number): boolean => (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);

/** The matches of /[\u0621-\u064A\u0671-\u06D3]+/g. */
export function arabicLetterRuns(text: string): string[] {
  return unitRuns(text, isArabicLetter, isArabicLetter);
}
