/**
 * Word tokens with offsets into the text the user sees. Arabic words keep their diacritics and
 * tatweel inside the token (they are part of what the editor sees and selects); Latin words keep an
 * internal hyphen or apostrophe ("Al-Kadhimi's", "al-Muhandis") because names are written that way.
 */
import type { TextRange } from '../model.js';

export type TokenKind = 'arabic' | 'latin' | 'number';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
}

/** Arabic-script letters and the marks written on them (harakat, shadda, superscript alef, tatweel). */
const ARABIC_CHAR = new RegExp(String.raw`^[\p{Script_Extensions=Arabic}&&[\p{L}\p{M}]]$`, 'v');
/** Letters and marks of any other script. */
const LATIN_CHAR = new RegExp(String.raw`^[[\p{L}\p{M}]--\p{Script_Extensions=Arabic}]$`, 'v');
/** Digits of any script. */
const DIGIT = /^\p{Nd}$/u;

const OTHER = 1;
const ARABIC = 2;
const DIGITS = 3;
const LATIN = 4;
const KINDS: TokenKind[] = ['latin', 'latin', 'arabic', 'number', 'latin'];

/** Class of each BMP code unit, worked out on first sight (0: not yet); code points above it in a map. */
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return ARABIC_CHAR.test(ch) ? ARABIC : DIGIT.test(ch) ? DIGITS : LATIN_CHAR.test(ch) ? LATIN : OTHER;
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let k = bmpClass[cp]!;
    if (k === 0) bmpClass[cp] = k = classify(cp);
    return k;
  }
  let k = astralClass.get(cp);
  if (k === undefined) astralClass.set(cp, (k = classify(cp)));
  return k;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Code point at i of text read up to end (a pair cut by `end` is a lone surrogate, as in text.slice(0, end)). */
function codePointAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (isHighSurrogate(c) && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (isLowSurrogate(d)) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** After a run of class `k` from i: the index where the run ends. */
function runEnd(text: string, i: number, end: number, k: number): number {
  while (i < end) {
    const cp = codePointAt(text, i, end);
    if (classOf(cp) !== k) break;
    i += width(cp);
  }
  return i;
}

/** 3.5, 300,000, ٣٠٠٬٠٠٠, ٣٫٥: digits of any script with internal separators. */
const isNumberJoiner = (c: number): boolean => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c;
/** Al-Kadhimi's, al-Muhandis: an internal apostrophe or hyphen. */
const isWordJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010;

/**
 * Word tokens of text[range]: a run of Arabic letters and marks, a number, or a run of other letters and marks
 * with internal joiners, read one character class at a time (the classes are Unicode properties, looked up once
 * per character: a regular expression did the same but cost more than everything else the number check does).
 */
export function tokenize(text: string, range: TextRange = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const end = range.end;
  let i = range.start;
  // A range that starts inside a surrogate pair starts with that pair (as a Unicode regular expression reads it).
  if (i > 0 && i < end && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  while (i < end) {
    const cp = codePointAt(text, i, end);
    const k = classOf(cp);
    if (k === OTHER) {
      i += width(cp);
      continue;
    }
    const start = i;
    i = runEnd(text, i + width(cp), end, k);
    if (k !== ARABIC) {
      // A joiner continues the token only when a character of the same class follows it.
      const joins = k === DIGITS ? isNumberJoiner : isWordJoiner;
      while (i + 1 < end && joins(text.charCodeAt(i)) && classOf(codePointAt(text, i + 1, end)) === k) {
        i = runEnd(text, i + 1, end, k);
      }
    }
    out.push({ start, end: i, text: text.slice(start, i), kind: KINDS[k]! });
  }
  return out;
}

const ARABIC_LETTER_RE = new RegExp(String.raw`[\p{Script_Extensions=Arabic}&&\p{L}]`, 'v');
const ARABIC_SCRIPT_RE = new RegExp(String.raw`[\p{Script_Extensions=Arabic}&&[\p{L}\p{M}\p{N}]]`, 'v');

/** An Arabic-script letter (not a mark, digit or punctuation). */
export function isArabicLetter(ch: string): boolean {
  return ARABIC_LETTER_RE.test(ch);
}

/** The string contains Arabic-script letters, marks or digits (not just Arabic punctuation like ، or ؟). */
export function hasArabicScript(s: string): boolean {
  return ARABIC_SCRIPT_RE.test(s);
}
