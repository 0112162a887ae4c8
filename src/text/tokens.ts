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
const ARABIC_CHAR = String.raw`[\p{Script_Extensions=Arabic}&&[\p{L}\p{M}]]`;
const LATIN_CHAR = String.raw`[[\p{L}\p{M}]--\p{Script_Extensions=Arabic}]`;
const LATIN_WORD = String.raw`${LATIN_CHAR}+(?:['’\-‐]${LATIN_CHAR}+)*`;
/** Digits of any script with internal separators: 3.5, 300,000, ٣٠٠٬٠٠٠, ٣٫٥. */
const NUMBER = String.raw`\p{Nd}+(?:[.,٫٬]\p{Nd}+)*`;

const TOKEN = new RegExp(`(${ARABIC_CHAR}+)|(${NUMBER})|(${LATIN_WORD})`, 'gv');

export function tokenize(text: string, range: TextRange = { start: 0, end: text.length }): Token[] {
  const out: Token[] = [];
  const re = TOKEN; // shared global regex: safe because matching is synchronous
  re.lastIndex = range.start;
  const slice = text.slice(0, range.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const kind: TokenKind = m[1] !== undefined ? 'arabic' : m[2] !== undefined ? 'number' : 'latin';
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind });
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
