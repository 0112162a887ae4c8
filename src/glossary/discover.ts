/**
 * Discovering, without a glossary, an Arabic term the translation renders several ways.
 *
 * Evidence is counting inside aligned segments, and the rules are strict so that a report can be trusted:
 * 1. Candidate Arabic terms are two- or three-word phrases (clitics and article peeled off) that occur at least
 *    three times in at least two segments, without function words.
 * 2. The main rendering is the English phrase that occurs only in segments holding the Arabic term, never more
 *    often there than the term, in at least two segments, covering at least half the term's occurrences.
 * 3. Where a segment holds the term more often than its main rendering, the rest must be rendered otherwise.
 *    A second rendering is attributed only if exactly one ordinary-English phrase occurs exactly that many
 *    times in exactly those segments and nowhere else. Capitalized words are left out of this step: a name
 *    there is the rendering of some Arabic name, which the name checks handle.
 * 4. A term that holds a romanized name (فريق داندي) must be rendered with that name.
 * Anything ambiguous is dropped: the check prefers silence to a guess.
 */
import type { Segment } from '../model.js';
import { prepareArabic, withoutArticle, joinedBySpace } from './arabic.js';
import { prepareEnglish, joinedLoosely } from './english.js';
import { normalizeArabic, normalizeEnglish, toOriginalRange, type Normalized } from '../text/normalize.js';
import { anchorScore } from '../names/anchor-score.js';

const AR_STOP = new Set(
  'من في على الى إلى عن مع ان أن إن او أو ثم قد لا ما لم لن هو هي هم هذا هذه ذلك تلك التي الذي الذين كان كانت يكون بين حتى عند بعد قبل خلال منذ كل كما أي اي غير بل لكن اذا إذا فيه فيها له لها به بها عليه عليها اليه اليها'
    .split(' ')
    .map((w) => w.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي')),
);
const EN_STOP = new Set(
  'a an the of to in on at by for from with and or but as is was were be been are it its this that these those he she his her they their them we our you your i not no which who whom whose what when where than then so if into over about after before during between against under up down out off also has have had do does did will would can could may might must shall should more most very such only own same other some any each all both few many much just there here while regarding concerning toward towards despite within without among through across upon via since until because although though however therefore whether either neither including according'.split(' '),
);

export interface Placed {
  segment: string;
  start: number;
  end: number;
  text: string;
}

export interface Rendering {
  /** The rendering as first written in the text. */
  text: string;
  count: number;
  places: Placed[];
}

export interface Inconsistency {
  /** The Arabic term as first written in the text (clitics peeled off). */
  source: string;
  /** Normalized key of the term (for finding keys). */
  key: string;
  sourcePlaces: Placed[];
  renderings: Rendering[];
}

/**
 * A phrase and where it occurs. Words are numbered and phrases keyed by numbers while counting (building a
 * string per occurrence made this the slowest check on long articles); occurrences are kept as flat numbers
 * (segment index, normalized start, end) and turned into objects only for the few phrases a report is about.
 */
interface Phrase {
  /** Words joined by spaces; filled in after counting, for the phrases that occur more than once. */
  key: string;
  words: number[];
  total: number;
  /** Distinct segments (occurrences arrive segment by segment, so counting them is cheap). */
  segments: number;
  lastSegment: number;
  occ: number[];
  counts?: Map<number, number>;
}

const WORD_BITS = 2 ** 21;

/** Phrases of one to three words, keyed by word numbers. */
class PhraseTable {
  private readonly ids = new Map<string, number>();
  private readonly vocab: string[] = [];
  private readonly short = new Map<number, Phrase>();
  private readonly long = new Map<number, Map<number, Phrase>>();
  readonly phrases: Phrase[] = [];

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.vocab.length;
      this.vocab.push(word);
      this.ids.set(word, id);
    }
    return id;
  }

  add(words: readonly number[], seg: number, start: number, end: number): void {
    const [a, b, c] = words as [number, number?, number?];
    const shortKey = b === undefined ? a : (a + 1) * WORD_BITS + b;
    let p: Phrase | undefined;
    if (c === undefined) {
      p = this.short.get(shortKey);
      if (!p) this.short.set(shortKey, (p = this.create(words)));
    } else {
      let inner = this.long.get(shortKey);
      if (!inner) this.long.set(shortKey, (inner = new Map()));
      p = inner.get(c);
      if (!p) inner.set(c, (p = this.create(words)));
    }
    if (p.lastSegment !== seg) {
      p.segments++;
      p.lastSegment = seg;
    }
    p.total++;
    p.occ.push(seg, start, end);
  }

  private create(words: readonly number[]): Phrase {
    const p: Phrase = { key: '', words: [...words], total: 0, segments: 0, lastSegment: -1, occ: [] };
    this.phrases.push(p);
    return p;
  }

  /** Phrases seen at least `min` times, with their keys spelled out. */
  frequent(min: number): Phrase[] {
    const out = this.phrases.filter((p) => p.total >= min);
    for (const p of out) p.key = p.words.map((w) => this.vocab[w]).join(' ');
    return out;
  }
}

/** Occurrences per segment index. */
function countsOf(p: Phrase): Map<number, number> {
  if (!p.counts) {
    p.counts = new Map();
    for (let i = 0; i < p.occ.length; i += 3) p.counts.set(p.occ[i]!, (p.counts.get(p.occ[i]!) ?? 0) + 1);
  }
  return p.counts;
}

type Side = 'source' | 'target';

/** Original-text places of phrases; each segment is normalized again at most once, and only if asked for. */
class Places {
  private readonly cache = new Map<number, Normalized>();
  constructor(
    private readonly segments: readonly Segment[],
    private readonly side: Side,
  ) {}

  of(p: Phrase): Placed[] {
    const out: Placed[] = [];
    for (let i = 0; i < p.occ.length; i += 3) {
      const si = p.occ[i]!;
      const seg = this.segments[si]!;
      let n = this.cache.get(si);
      if (!n) this.cache.set(si, (n = this.side === 'source' ? normalizeArabic(seg.source) : normalizeEnglish(seg.target)));
      const r = toOriginalRange(n, p.occ[i + 1]!, p.occ[i + 2]!);
      out.push({ segment: seg.id, start: r.start, end: r.end, text: seg[this.side].slice(r.start, r.end) });
    }
    return out;
  }
}

/** First word of a definite phrase loses its clitics and article; without an article we cannot tell, so keep it. */
function firstWordStem(w: string): string {
  const m = /^(?:[وف]?[بكل]?ال|[وف]?لل)(.{2,})$/u.exec(w);
  return m ? m[1]! : w;
}

function arabicPhrases(segments: readonly Segment[]): Phrase[] {
  const table = new PhraseTable();
  segments.forEach((seg, si) => {
    if (!seg.source) return;
    const { normalized, tokens } = prepareArabic(seg.source);
    const stop = tokens.map((t) => AR_STOP.has(t.text));
    for (let i = 0; i < tokens.length; i++) {
      if (stop[i]) continue;
      const first = firstWordStem(tokens[i]!.text);
      if (first.length < 2) continue;
      const words = [table.id(first)];
      for (let n = 2; n <= 3; n++) {
        const t = tokens[i + n - 1];
        if (!t || stop[i + n - 1] || !joinedBySpace(normalized.text, tokens[i + n - 2]!, t)) break;
        words.push(table.id(withoutArticle(t.text)));
        table.add(words, si, tokens[i]!.start, t.end);
      }
    }
  });
  return table.frequent(3);
}

/** "Popular Mobilization Forces", "Hashd al-Shaabi": three words cover the renderings of news terms. */
const MAX_ENGLISH_WORDS = 3;

function englishPhrases(segments: readonly Segment[]): Phrase[] {
  const table = new PhraseTable();
  segments.forEach((seg, si) => {
    if (!seg.target) return;
    const { normalized, words } = prepareEnglish(seg.target);
    const ids = words.map((w) => table.id(w.text));
    const stop = words.map((w) => EN_STOP.has(w.text));
    for (let i = 0; i < words.length; i++) {
      if (stop[i]) continue;
      const start = words[i]!.articleStart ?? words[i]!.start;
      for (let n = 1; n <= MAX_ENGLISH_WORDS; n++) {
        const w = words[i + n - 1];
        if (!w || (n > 1 && !joinedLoosely(normalized.text, words[i + n - 2]!, w))) break;
        if (stop[i + n - 1]) continue; // a phrase may contain but not end with a function word
        table.add(ids.slice(i, i + n), si, start, w.end);
      }
    }
  });
  return table.frequent(2);
}

/** The English phrase fits inside the Arabic term's distribution: only its segments, never more often. */
function fitsWithin(e: Phrase, counts: Map<number, number>): boolean {
  for (const [s, n] of countsOf(e)) if (n > (counts.get(s) ?? 0)) return false;
  return true;
}

function overlaps(a: Placed, list: readonly Placed[]): boolean {
  return list.some((b) => b.segment === a.segment && a.start < b.end && b.start < a.end);
}

function isOrdinaryEnglish(p: Placed): boolean {
  return !/\p{Lu}/u.test(p.text);
}

/** The word without an English plural ending: militias → militia, policies → policy, forces → force. */
function singular(word: string): string {
  if (/[^aeiou]ies$/u.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/u.test(word)) return word.slice(0, -2);
  if (/[^su]s$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** Two phrases (lower-case keys) that differ only in the number of their last word. */
function sameButForNumber(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  if (x.length !== y.length) return false;
  const last = x.length - 1;
  return x.every((w, i) => (i === last ? singular(w) === singular(y[i]!) : w === y[i]));
}

/** Keep, among overlapping Arabic candidates, the most frequent (then the longer). */
function dominantCandidates(ar: readonly Phrase[]): Phrase[] {
  const cands = ar.filter((p) => p.total >= 3 && p.segments >= 2);
  cands.sort((a, b) => b.total - a.total || b.key.length - a.key.length);
  const taken = new Set<string>();
  const kept: Phrase[] = [];
  for (const c of cands) {
    const words = c.key.split(' ');
    if (words.some((w) => taken.has(w))) continue;
    for (const w of words) taken.add(w);
    kept.push(c);
  }
  return kept;
}

/**
 * Work limits, so a 100,000-word article stays fast: the main rendering is looked for in the first segments
 * holding the term (it must be in most of them anyway), and the whole search stops after a fixed number of
 * phrase comparisons. Stopping early only means fewer reports, never a wrong one.
 */
const SEGMENTS_SCANNED = 12;
const COMPARISON_BUDGET = 400_000;

/** Show "the crowd" rather than "crowd" when the rendering always comes with "the". */
function withDefiniteArticle(places: Placed[], targets: Map<string, string>): Placed[] {
  const before = (p: Placed) => (targets.get(p.segment) ?? '').slice(Math.max(0, p.start - 4), p.start);
  if (!places.every((p) => /^the\s$/iu.test(before(p)))) return places;
  return places.map((p) => {
    const start = p.start - 4;
    return { ...p, start, text: (targets.get(p.segment) ?? '').slice(start, p.end) };
  });
}

/**
 * `isKnown` says whether an Arabic place is already covered by a glossary entry (leave it out when the
 * glossary is empty: then no place needs to be located until a report is made).
 */
/** How closely an English word must romanize an Arabic one to be its name (anchor-score.ts). */
const NAME_ANCHOR = 0.8;

/**
 * A term with a romanized name in it (فريق داندي, "team Dundee", with Dundee written in every segment that
 * has the term) is rendered with that name: a rendering without it is an English phrase that merely
 * shares those segments ("Elite League", "goals"), not a translation of the term.
 */
function dropsItsName(arabicKey: string, targets: readonly string[], renderings: readonly string[]): boolean {
  const names = (t: string): string[] => [...t.matchAll(/(?<![\p{L}])\p{Lu}[\p{L}'-]{2,}/gu)].map((m) => m[0]);
  for (const w of arabicKey.split(' ')) {
    if (w.length < 3) continue;
    const romanizes = (e: string): boolean => anchorScore(w, e, NAME_ANCHOR) >= NAME_ANCHOR;
    if (!targets.every((t) => names(t).some(romanizes))) continue;
    if (renderings.some((r) => !r.split(' ').some(romanizes))) return true;
  }
  return false;
}

export function findInconsistentTerms(segments: readonly Segment[], isKnown?: (arabic: Placed) => boolean): Inconsistency[] {
  const sourcePlaces = new Places(segments, 'source');
  const targetPlaces = new Places(segments, 'target');
  const targets = new Map(segments.map((s) => [s.id, s.target]));
  const ar = arabicPhrases(segments);
  const en = englishPhrases(segments);
  // English phrases by segment, to look only at phrases that share a segment with the Arabic term.
  const enBySegment = new Map<number, Phrase[]>();
  for (const p of en) {
    for (const s of countsOf(p).keys()) (enBySegment.get(s) ?? enBySegment.set(s, []).get(s)!).push(p);
  }

  const out: Inconsistency[] = [];
  let budget = COMPARISON_BUDGET;
  for (const a of dominantCandidates(ar)) {
    if (budget <= 0) break;
    if (isKnown && sourcePlaces.of(a).some(isKnown)) continue;
    const counts = countsOf(a);
    const seen = new Set<Phrase>();
    let main: Phrase | undefined;
    let scanned = 0;
    for (const s of counts.keys()) {
      if (scanned++ >= SEGMENTS_SCANNED) break;
      for (const e of enBySegment.get(s) ?? []) {
        budget--;
        if (seen.has(e)) continue;
        seen.add(e);
        // Cheap tests first: a rendering cannot be more frequent, or spread wider, than the term.
        if (e.segments < 2 || e.segments > counts.size || e.total > a.total || e.total * 2 < a.total) continue;
        if (main && (e.total < main.total || (e.total === main.total && e.key.length <= main.key.length))) continue;
        if (fitsWithin(e, counts)) main = e;
      }
    }
    if (!main) continue;
    const mainPlaces = targetPlaces.of(main);
    const mainCounts = countsOf(main);
    const residual = new Map<number, number>();
    for (const [s, n] of counts) {
      const r = n - (mainCounts.get(s) ?? 0);
      if (r > 0) residual.set(s, r);
    }
    if (residual.size === 0) continue;
    const residualTotal = [...residual.values()].reduce((x, y) => x + y, 0);
    const second = new Map<string, Phrase>();
    const firstResidual = residual.keys().next().value as number;
    // A second rendering must sit in every residual segment, so the first one's phrases are all candidates.
    for (const e of enBySegment.get(firstResidual) ?? []) {
      budget--;
      if (e.segments !== residual.size || e.total !== residualTotal) continue;
      const eCounts = countsOf(e);
      if (![...residual].every(([rs, n]) => eCounts.get(rs) === n)) continue;
      const ePlaces = targetPlaces.of(e);
      if (!ePlaces.every(isOrdinaryEnglish) || ePlaces.some((p) => overlaps(p, mainPlaces))) continue;
      second.set(e.key, e);
    }
    // "the crowd" and "crowd" are one rendering: keep the longest phrase of a nested family.
    const families = [...second.values()].filter(
      (e) => ![...second.values()].some((o) => o !== e && o.key.length > e.key.length && ` ${o.key} `.includes(` ${e.key} `)),
    );
    if (families.length !== 1) continue;
    const alt = families[0]!;
    // "supermarkets" and "the supermarket" are one rendering in two numbers, not two renderings.
    if (sameButForNumber(main.key, alt.key)) continue;
    const rendering = (p: Phrase): Rendering => {
      const ps = withDefiniteArticle(targetPlaces.of(p), targets);
      return { text: ps[0]!.text, count: ps.length, places: ps };
    };
    if (dropsItsName(a.key, [...counts.keys()].map((si) => segments[si]!.target), [main.key, alt.key])) continue;
    const places = sourcePlaces.of(a);
    out.push({ source: places[0]!.text, key: a.key, sourcePlaces: places, renderings: [rendering(main), rendering(alt)] });
  }
  return out;
}
