/**
 * Anchors: tokens that survive translation and so tie an Arabic sentence to its English one —
 * numbers (Arabic-Indic digits mapped, thousands separators and scale words resolved), Latin words
 * written inside the Arabic (acronyms, brand names), and names compared by consonant skeleton.
 * Each anchor becomes a small integer id so that counting shared anchors inside the DP is cheap.
 */
import { normalizeArabic, normalizeEnglish } from '../text/normalize.js';
import { arabicSkeleton, arabicStems, englishSkeleton } from './skeleton.js';
import type { TextRange } from '../model.js';
import { arabicLetterRuns, asciiWords, capitalizedWords, letterWords } from '../text/wordScan.js';

export type AnchorKind = 'number' | 'latin' | 'name';

/** How much one shared anchor of each kind says "these two sentences belong together". */
export const ANCHOR_WEIGHT: Record<AnchorKind, number> = { number: 1.5, latin: 1.5, name: 1 };

export class AnchorTable {
  private readonly ids = new Map<string, number>();
  /** weight[id]: evidence of one match. */
  readonly weight: number[] = [];
  /** strict[id]: an unmatched occurrence is evidence against the pairing (numbers are; names are too unreliable). */
  readonly strict: boolean[] = [];

  intern(key: string, kind: AnchorKind, strict: boolean): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.weight.length;
      this.ids.set(key, id);
      this.weight.push(ANCHOR_WEIGHT[kind]);
      this.strict.push(strict);
    } else if (!strict) {
      this.strict[id] = false;
    }
    return id;
  }

  get size(): number {
    return this.weight.length;
  }
}

const SCALES: [RegExp, number][] = [
  [/^\s*(?:ألف|آلاف|الف|الاف|thousand)/iu, 1e3],
  [/^\s*(?:مليون|ملايين|million)/iu, 1e6],
  [/^\s*(?:مليار|مليارات|بليون|billion)/iu, 1e9],
];

/** Digits already Latin. "300,000" → 300000; "2.5" → 2.5; "07" → 7. */
function numberValue(raw: string): number | null {
  let s = raw;
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(/,/g, '.');
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** A clock time: 5:30, 17:45, and 5.30 before am/pm (British); Arabic writes 5:30 مساء. */
const CLOCK = /^(\d{1,2})(?::(\d{2})(?!\d)|\.(\d{2})(?=\s?[ap]\.?m\b))/iu;

function addNumbers(table: AnchorTable, text: string, out: number[]): void {
  const re = /\d+(?:[.,\u060C]\d+)*(?::\d{2})?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const clock = CLOCK.exec(text.slice(m.index, m.index + m[0].length + 6));
    if (clock && (clock[2] ?? clock[3]) !== undefined && Number(clock[1]) <= 24) {
      // One key for the time, whichever way it is written: 5:30 and 5.30pm meet.
      out.push(table.intern(`#t${Number(clock[1]) % 12}:${clock[2] ?? clock[3]}`, 'number', true));
      continue;
    }
    // The Arabic comma between digit groups is a thousands separator: 30،000.
    const v = numberValue(m[0].replace(/\u060C(?=\d{3}(?!\d))/gu, ','));
    if (v === null) continue;
    out.push(table.intern(`#${v}`, 'number', true));
    // 76.000 is 76,000 in Arabic news as often as a decimal: the thousands reading is an extra, lenient key.
    if (/^\d{1,3}\.\d{3}$/.test(m[0])) out.push(table.intern(`#${Number(m[0].replace('.', ''))}`, 'number', false));
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 14);
    for (const [scaleRe, scale] of SCALES) {
      // "300 ألف" and "300,000" must meet: the scaled value is an extra, lenient key.
      if (scaleRe.test(after)) out.push(table.intern(`#${v * scale}`, 'number', false));
    }
  }
}

/**
 * Shortest skeleton used as a name anchor. Two-consonant skeletons matched 1.7 names per right NTREX
 * line but 0.32 per wrong one and doubled the Arabic anchors (chance matches); three consonants:
 * 1.3 right, 0.18 wrong, at half the cost.
 */
const MIN_SKELETON = 3;

/** Capitalized English words that are not names, however often they start a sentence. */
const NOT_NAMES = new Set(
  ('a an the and or but if in on at to of for from by with as is was are were be he she it they we i you his her its ' +
    'their our this that these those there here when while after before since during however also but so then ' +
    'mr mrs ms dr prof sir said says not no yes one two three first last new monday tuesday wednesday thursday ' +
    'friday saturday sunday january february march april may june july august september october november december')
    .split(' '),
);

/** Document-wide context: which keys can match at all, so each side emits only keys the other side could share. */
export interface AnchorContext {
  table: AnchorTable;
  /** Latin words (lower case) written inside the Arabic document. */
  latinInArabic: Set<string>;
  /** Skeletons of the English document's capitalized words. */
  englishNames: Set<string>;
  /** Cache: Arabic word → name anchor ids (words repeat a lot). */
  arabicWordCache: Map<string, number[]>;
  /** Cache: English capitalized word → skeleton, or null when it is no name. */
  englishWordCache: Map<string, string | null>;
}

/**
 * Skeletons are pure functions of a word, so they are remembered across runs: re-analysis after
 * an edit then pays only for new words. Bounded so that a long session cannot grow them forever.
 */
const MAX_CACHED_WORDS = 200_000;
const englishSkeletonCache = new Map<string, string | null>();
const arabicSkeletonCache = new Map<string, string[]>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHED_WORDS) cache.clear();
  cache.set(key, value);
  return value;
}

function nameSkeletonOf(ctx: AnchorContext, word: string): string | null {
  const cached = ctx.englishWordCache.get(word) ?? englishSkeletonCache.get(word);
  if (cached !== undefined) return cached;
  const sk = NOT_NAMES.has(word.toLowerCase()) ? '' : englishSkeleton(word);
  const out = sk.length >= MIN_SKELETON ? sk : null;
  ctx.englishWordCache.set(word, out);
  return remember(englishSkeletonCache, word, out);
}

/** The distinct skeletons an Arabic word's stems can have (clitic stripping is ambiguous). */
function arabicWordSkeletons(word: string): string[] {
  const cached = arabicSkeletonCache.get(word);
  if (cached) return cached;
  const skeletons = new Set<string>();
  for (const stem of arabicStems(word)) {
    const sk = arabicSkeleton(stem);
    if (sk.length >= MIN_SKELETON) skeletons.add(sk);
  }
  return remember(arabicSkeletonCache, word, [...skeletons]);
}

export function prepareAnchors(arabicText: string, englishText: string): AnchorContext {
  const latinInArabic = new Set<string>();
  for (const w of asciiWords(arabicText)) latinInArabic.add(w.toLowerCase());
  const ctx: AnchorContext = {
    table: new AnchorTable(), latinInArabic, englishNames: new Set(), arabicWordCache: new Map(), englishWordCache: new Map(),
  };
  for (const w of capitalizedWords(englishText)) {
    const sk = nameSkeletonOf(ctx, w);
    if (sk) ctx.englishNames.add(sk);
  }
  return ctx;
}

/** First index i with map[i] >= value (map is non-decreasing). */
function lowerBound(map: Int32Array, value: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type AnchorReader = (range: TextRange) => number[];

/**
 * Anchor ids of ranges of one document (a multiset: repeated names count twice). The document is
 * normalized once; each range reads its slice of the normalized text through the offset map.
 */
export function anchorReader(ctx: AnchorContext, text: string, lang: 'ar' | 'en'): AnchorReader {
  if (lang === 'en' && !/[\u0660-\u0669\u06F0-\u06F9]/.test(text)) {
    // English anchors need normalization only for Arabic-Indic digits; without them the original serves.
    return (r) => {
      const slice = text.slice(r.start, r.end);
      return englishAnchors(ctx, slice, slice);
    };
  }
  const norm = lang === 'ar' ? normalizeArabic(text) : normalizeEnglish(text);
  const normalizedSlice = (r: TextRange): string => norm.text.slice(lowerBound(norm.map, r.start), lowerBound(norm.map, r.end));
  if (lang === 'ar') return (r) => arabicAnchors(ctx, normalizedSlice(r));
  return (r) => englishAnchors(ctx, normalizedSlice(r), text.slice(r.start, r.end));
}

/** Anchor ids of one Arabic sentence, given normalized (normalizeArabic). */
function arabicAnchors(ctx: AnchorContext, norm: string): number[] {
  const out: number[] = [];
  addNumbers(ctx.table, norm, out);
  for (const w of asciiWords(norm)) out.push(ctx.table.intern(`w:${w.toLowerCase()}`, 'latin', false));
  for (const w of arabicLetterRuns(norm)) {
    let ids = ctx.arabicWordCache.get(w);
    if (!ids) {
      ids = arabicWordSkeletons(w).filter((sk) => ctx.englishNames.has(sk)).map((sk) => ctx.table.intern(`n:${sk}`, 'name', false));
      ctx.arabicWordCache.set(w, ids);
    }
    for (const id of ids) out.push(id);
  }
  return out;
}

/**
 * Anchor ids of one English sentence: numbers from the normalized text; then one pass over the
 * words of the original: capitalized ones are name candidates, any word the Arabic also spells in
 * Latin letters is a Latin anchor.
 */
function englishAnchors(ctx: AnchorContext, norm: string, original: string): number[] {
  const out: number[] = [];
  addNumbers(ctx.table, norm, out);
  const latin = ctx.latinInArabic.size > 0;
  for (const w of letterWords(original)) {
    const first = w[0]!;
    if (first !== first.toLowerCase()) {
      const sk = nameSkeletonOf(ctx, w);
      if (sk) out.push(ctx.table.intern(`n:${sk}`, 'name', false));
    }
    if (latin) {
      const lower = w.toLowerCase();
      if (ctx.latinInArabic.has(lower)) out.push(ctx.table.intern(`w:${lower}`, 'latin', false));
    }
  }
  return out;
}
