/**
 * Normalization for matching only. The user always sees the original text, so every normalized
 * string carries a map back to original offsets.
 */
import type { TextRange } from '../model.js';

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** map[i] is the original index of normalized char i; map[text.length] is the original length. */
  map: Int32Array;
}

const ARABIC_DIACRITIC = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/;
const TATWEEL = '\u0640';
/** Invisible characters that change nothing a reader should match on, and can disguise text. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/;

const ARABIC_LETTER_MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  // Persian/Urdu letter shapes that appear in Arabic text typed on other keyboards.
  'ی': 'ي', 'ک': 'ك', 'ۀ': 'ه',
  '٫': '.', '٬': ',', '٪': '%',
};

/** Arabic-Indic (U+0660..) and Persian (U+06F0..) digits to Latin; returns null for other chars. */
export function latinDigit(ch: string): string | null {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
  return null;
}

/**
 * What one script's transform does to each code point, worked out once per code point: most characters map
 * to themselves, and for those a byte-table look-up is all the per-character work there is.
 */
interface CharTable {
  transform: (ch: string) => string;
  /** For BMP code units: 0 (not seen yet), SAME (maps to itself) or CHANGED (see `changed`). */
  kind: Uint8Array;
  /** Output of every changed character, and of every character outside the BMP (by code point). */
  changed: Map<number, string>;
}

const SAME = 1;
const CHANGED = 2;

function charTable(transform: (ch: string) => string): CharTable {
  return { transform, kind: new Uint8Array(0x10000), changed: new Map() };
}

/** Output for the character at i that is not SAME: its replacement, or null when it maps to itself after all. */
function lookUp(table: CharTable, original: string, i: number, code: number, isPair: boolean): string | null {
  const key = isPair ? original.codePointAt(i)! : code;
  let out = table.changed.get(key);
  if (out !== undefined) return out === IDENTITY ? null : out;
  const ch = original.slice(i, i + (isPair ? 2 : 1));
  out = table.transform(ch);
  const same = out === ch;
  if (isPair) table.changed.set(key, same ? IDENTITY : out);
  else if (same) table.kind[code] = SAME;
  else {
    table.kind[code] = CHANGED;
    table.changed.set(key, out);
  }
  return same ? null : out;
}

/**
 * Runs the transform once per distinct code point (results kept per script) and copies unchanged runs of the
 * original as slices: normalization sits under every check and runs over whole documents.
 */
function build(original: string, table: CharTable): Normalized {
  const n = original.length;
  const kind = table.kind;
  let map = new Int32Array(n + 1);
  let len = 0;
  const parts: string[] = [];
  let runStart = 0; // start (in original) of the current run of unchanged chars
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < n;
    if (!isPair && kind[code] === SAME) {
      // Never more than n entries before the end: the map (n + 1 long) only grows where a character expands.
      if (len + 1 >= map.length) map = grow(map);
      map[len++] = i++;
      continue;
    }
    const width = isPair ? 2 : 1;
    const out = lookUp(table, original, i, code, isPair);
    if (out === null) {
      if (len + width >= map.length) map = grow(map);
      for (let k = 0; k < width; k++) map[len++] = i + k;
    } else {
      if (runStart < i) parts.push(original.slice(runStart, i));
      runStart = i + width;
      if (len + out.length >= map.length) map = grow(map, out.length);
      for (let k = 0; k < out.length; k++) map[len++] = i;
      parts.push(out);
    }
    i += width;
  }
  if (runStart < n) parts.push(original.slice(runStart, n));
  if (len >= map.length) map = grow(map);
  map[len] = n;
  return { text: parts.length === 1 ? parts[0]! : parts.join(''), map: map.subarray(0, len + 1) };
}

/** Marks "this character normalizes to itself" for characters outside the BMP, so runs are copied as slices. */
const IDENTITY = '\u0000identity';

function grow(map: Int32Array<ArrayBuffer>, extra = 0): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(map.length * 2 + extra + 16);
  bigger.set(map);
  return bigger;
}

const arabicTable = charTable((ch) => {
  if (ch === TATWEEL || ARABIC_DIACRITIC.test(ch) || INVISIBLE.test(ch)) return '';
  return latinDigit(ch) ?? ARABIC_LETTER_MAP[ch] ?? ch;
});

export function normalizeArabic(s: string): Normalized {
  return build(s, arabicTable);
}

const ENGLISH_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ',
};

const englishTable = charTable((ch) => {
  if (INVISIBLE.test(ch)) return '';
  const mapped = ENGLISH_MAP[ch];
  if (mapped !== undefined) return mapped;
  const digit = latinDigit(ch);
  if (digit !== null) return digit;
  // NFD then drop combining marks: "Saïd" matches "Said". Keep one output char per input where possible.
  const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.length === 0 ? ch : folded;
});

/** English for matching: case-folded, accents dropped, quotes and dashes unified. */
export function normalizeEnglish(s: string): Normalized {
  return build(s, englishTable);
}

/** Map a range of the normalized text back to the original text. */
export function toOriginalRange(n: Normalized, start: number, end: number): TextRange {
  const s = n.map[start] ?? n.map[n.map.length - 1]!;
  // end is exclusive: the original end is just past the last original char that produced end-1.
  if (end <= start) return { start: s, end: s };
  const lastOrig = n.map[end - 1]!;
  // Advance past the full original code point (surrogate pairs) and any chars dropped right after it? No:
  // dropped chars (diacritics) after the last matched letter belong to it visually, so include them.
  let e = n.map[end] ?? n.map[n.map.length - 1]!;
  if (e <= lastOrig) e = lastOrig + 1;
  return { start: s, end: e };
}
