/**
 * Name candidates in Arabic source text. Every word is a candidate under each plausible reading of
 * its clitics (والكاظمي → الكاظمي; للكاظمي → الكاظمي; وليد stays وليد as well), and compound names
 * become one candidate (عبد الحميد, نصر الله, آل ثاني, صلاح الدين). Offsets always point into the original text.
 */
import { normalizeArabic } from '../text/normalize.js';

export interface ArabicCandidate {
  /** Offsets into the source text of the part that is the name (clitics excluded). */
  start: number;
  end: number;
  /** The name as written in the source (diacritics kept). */
  text: string;
  /** Normalized, clitics stripped, article kept as written in the reading ("الكاظمي"). */
  norm: string;
  /** Normalized, no article and no spaces: the name itself ("كاظمي", "نصرالله"), what groups are keyed by. */
  core: string;
}

// Arabic letters plus the diacritics and tatweel that may sit inside a word.
const WORD = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF][\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06FA-\u06FF]*/gu;

/**
 * A name as a word of its own, for the glossary and the desk's memory: as written, except that the alef of the
 * article the preposition ل swallowed (للكاظمي, read الكاظمي, leaves the slice لكاظمي) is written back.
 * `norm` is the candidate's reading (ArabicCandidate.norm).
 */
export function nameAsWord(text: string, norm: string): string {
  return norm.startsWith('ال') && text.startsWith('ل') && normalizeArabic(text).text === norm.slice(1) ? `ا${text}` : text;
}

/** Function words: never names, and some (على) normalize to a name (علي). Checked before ى → ي. */
const FUNCTION_WORDS = new Set([
  'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'إن', 'ان', 'لا', 'لم', 'لن', 'ما', 'هذا', 'هذه', 'ذلك', 'تلك', 'التي', 'الذي',
  'الذين', 'هو', 'هي', 'هم', 'كان', 'كانت', 'قد', 'ثم', 'أو', 'او', 'بل', 'حتى', 'لدى', 'عند', 'بعد', 'قبل', 'بين', 'كل', 'غير',
  'أي', 'إذا', 'لو', 'كما', 'مثل', 'خلال', 'حول', 'ضد', 'نحو', 'عام', 'يوم', 'أمس', 'اليوم', 'وقال', 'قال', 'قالت', 'وأضاف', 'أنه', 'إنه', 'فإن', 'وإن', 'لكن', 'أما', 'فان', 'وان', 'لأن', 'كي', 'إذ', 'منذ',
]);

/** Words that open a compound name with the word after them. */
const COMPOUND_HEADS = new Set(['عبد', 'آل']);

interface Word {
  /** The word as written. */
  text: string;
  start: number;
  end: number;
  /** Original with diacritics and tatweel removed, ى kept (for the function-word test). */
  bare: string;
  norm: string;
  map: ArrayLike<number>;
}

type WordForms = Pick<Word, 'bare' | 'norm' | 'map'>;

/** Normalized forms by written word: words repeat through an article, so each is normalized once. */
const formsCache = new Map<string, WordForms>();

function formsOf(text: string): WordForms {
  let f = formsCache.get(text);
  if (!f) {
    if (formsCache.size > 50_000) formsCache.clear();
    const n = normalizeArabic(text);
    f = { bare: text.replace(/[\u0640\u064B-\u065F\u0670]/gu, ''), norm: n.text, map: n.map };
    formsCache.set(text, f);
  }
  return f;
}

function words(source: string): Word[] {
  const out: Word[] = [];
  for (const m of source.matchAll(WORD)) {
    const text = m[0];
    const f = formsOf(text);
    out.push({ text, start: m.index, end: m.index + text.length, bare: f.bare, norm: f.norm, map: f.map });
  }
  return out;
}

const readingsCache = new Map<string, Array<[number, string]>>();

/** Readings of a normalized word: [chars of the normalized word to drop, article prefix to add]. */
function readings(norm: string): Array<[number, string]> {
  let r = readingsCache.get(norm);
  if (!r) {
    if (readingsCache.size > 50_000) readingsCache.clear();
    r = readingsUncached(norm);
    readingsCache.set(norm, r);
  }
  return r;
}

function readingsUncached(norm: string): Array<[number, string]> {
  const out: Array<[number, string]> = [[0, '']];
  if (norm.length < 3) return out;
  // و/ف + (ب/ك/ل)? + ال...
  if (/^[وف][بك]?ال./u.test(norm)) out.push([norm.indexOf('ال'), '']);
  if (/^[بك]ال./u.test(norm)) out.push([1, '']);
  if (/^[وف]?لل../u.test(norm)) {
    // لل = ل + ال with the alef dropped: للكاظمي reads الكاظمي; the name starts at the second ل.
    const at = norm.indexOf('لل') + 1;
    out.push([at, 'ا']);
  }
  // Three letters at least after the conjunction: وسط "middle" is not و + a name سط.
  if (/^[وف].{3,}/u.test(norm)) out.push([1, '']);
  if (/^[وف][بلك].{3,}/u.test(norm)) out.push([2, '']);
  if (/^[بلك].{3,}/u.test(norm) && !norm.startsWith('ال')) out.push([1, '']);
  return out;
}

const coreCache = new Map<string, string>();

function coreOf(norm: string): string {
  let c = coreCache.get(norm);
  if (c === undefined) {
    if (coreCache.size > 50_000) coreCache.clear();
    c = coreOfUncached(norm);
    coreCache.set(norm, c);
  }
  return c;
}

function coreOfUncached(norm: string): string {
  // نصر الله and نصرالله are one name: the key has no spaces.
  const solid = norm.replace(/\s+/gu, '');
  return solid.startsWith('ال') && solid.length > 4 ? solid.slice(2) : solid;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && !/\s/u.test(text[k]!)) return false;
  }
  return true;
}

/** All name candidates of a source text, with every clitic reading. */
/** One reading of a written word, worked out once per distinct word: where the name starts in it, its forms. */
interface Reading {
  /** Offset of the name inside the written word. */
  at: number;
  norm: string;
  /** null when the reading is too short to be a name on its own. */
  core: string | null;
  /** The reading opens a compound (عبد, آل) with the next word. */
  head: boolean;
}

const readingsOfWord = new Map<string, Reading[] | null>();

/** The readings of a written word, or null for a function word. */
function wordReadings(text: string, w: Word): Reading[] | null {
  let r = readingsOfWord.get(text);
  if (r !== undefined) return r;
  if (readingsOfWord.size > 50_000) readingsOfWord.clear();
  if (FUNCTION_WORDS.has(w.bare)) r = null;
  else {
    r = readings(w.norm).map(([drop, prefix]): Reading => {
      const norm = prefix + w.norm.slice(drop);
      const bareHead = norm.charCodeAt(0) === 0x0627 || norm.charCodeAt(0) === 0x0644 ? norm.replace(/^ا?ل(?=ل)/u, '') : norm;
      return { at: w.map[drop] ?? 0, norm, core: longEnough(norm) ? coreOf(norm) : null, head: COMPOUND_HEADS.has(bareHead) || COMPOUND_HEADS.has(w.bare) };
    });
  }
  readingsOfWord.set(text, r);
  return r;
}

function longEnough(norm: string): boolean {
  // The article alone (الـ before a number or a foreign word) is no name.
  return norm !== 'ال' && norm.replace(/\s/g, '').length >= 2;
}

export function findArabicCandidates(source: string): ArabicCandidate[] {
  const ws = words(source);
  const out: ArabicCandidate[] = [];
  ws.forEach((w, i) => {
    const reads = wordReadings(w.text, w);
    if (!reads) return;
    const next = ws[i + 1];
    const joined = next !== undefined && onlySpaces(source, w.end, next.start);
    for (const r of reads) {
      const start = w.start + r.at;
      if (r.core !== null) out.push({ start, end: w.end, text: source.slice(start, w.end), norm: r.norm, core: r.core });
      // عبد الحميد, آل ثاني, نصر الله, صلاح الدين: two words, one name.
      if (joined && (r.head || next.norm === 'الله' || next.norm === 'الدين')) {
        const norm = `${r.norm} ${next.norm}`;
        if (longEnough(norm)) out.push({ start, end: next.end, text: source.slice(start, next.end), norm, core: coreOf(norm) });
      }
    }
  });
  return out;
}

/**
 * Every two words side by side as one candidate, for a given name English writes as one hyphenated word and Arabic as
 * two (Jong-un over جونغ أون, Jae-in over جاي إن, whose إن is also a function word). Only asked for such a name: as
 * candidates of every English name they would be many, and mostly two names.
 */
export function wordPairs(source: string): ArabicCandidate[] {
  const ws = words(source);
  const out: ArabicCandidate[] = [];
  for (let i = 0; i + 1 < ws.length; i++) {
    const [a, b] = [ws[i]!, ws[i + 1]!];
    if (!onlySpaces(source, a.end, b.start)) continue;
    const norm = `${a.norm} ${b.norm}`;
    out.push({ start: a.start, end: b.end, text: source.slice(a.start, b.end), norm, core: coreOf(norm) });
  }
  return out;
}
