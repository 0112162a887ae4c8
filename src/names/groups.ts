/**
 * From aligned segments to name groups: find mentions in the English, anchor each to an Arabic name in
 * its segment's source, keep the mentions the evidence says are names, group by Arabic anchor (or, with
 * no anchor, by spelling), and choose each group's preferred form.
 */
import type { AnalyzeOptions, Glossary, Segment } from '../model.js';
import { defaultAnalyzeOptions } from '../model.js';
import { anchorScore, compatibleFirstLetters } from './anchor-score.js';
import { isListedPlaceArabic, isPlaceName, listedFirstLetters } from './cognates.js';
import { findArabicCandidates, nameAsWord, wordPairs, type ArabicCandidate } from './arabic-candidates.js';
import { clusterSpellings, defaultClusterOptions, sameName } from './cluster.js';
import { findEnglishMentions, type EnglishMention } from './english-mentions.js';
import { choosePreferred } from './preferred.js';
import { earlierSpelling } from './name-memory.js';
import { DEMONYM_ADJECTIVE, demonymStems, IRREGULAR_DEMONYMS } from './demonyms.js';
import { fullNamesOf, type FullName } from './full-names.js';
import { mentionCues, type NameKind } from './name-kind.js';
import { foldSpelling, soundUnits } from './spelling.js';
import { splitArticle } from './article.js';
import { letterWords } from '../text/wordScan.js';
import { isCommonEnglishWord } from './common-words.js';
import { isKoreanGivenNameWord } from './korean-given-names.js';
import type { NameAnchor, NameGroup, NameMention } from './types.js';

/** Lowest score at which a mention is anchored to an Arabic word of its own segment. */
export const ANCHOR_MIN = 0.72;
/** A neighbouring segment's source (the alignment may be off by one) must match better. */
const NEIGHBOUR_MIN = 0.8;

interface Found extends EnglishMention {
  segment: string;
  /** Index of the mention's segment, for document order and for its source. */
  segIndex: number;
  anchor?: NameAnchor;
  anchorNorm?: string;
  anchorCore?: string;
  /** A doubtful word anchored because the Arabic writes it beside its anchored neighbour (see anchorBesideNames). */
  besideName: boolean;
}

const letterCounts = new Map<string, number>();
/** Arabic letters in a candidate's core; candidates repeat through an article, so counted once each. */
function arabicLetters(s: string): number {
  let n = letterCounts.get(s);
  if (n === undefined) {
    if (letterCounts.size > 50_000) letterCounts.clear();
    n = s.replace(/[^\u0621-\u064A]/gu, '').length;
    letterCounts.set(s, n);
  }
  return n;
}

const foldedCores = new Map<string, string>();
function foldedCore(core: string): string {
  let f = foldedCores.get(core);
  if (f === undefined) {
    if (foldedCores.size > 50_000) foldedCores.clear();
    f = foldSpelling(core);
    foldedCores.set(core, f);
  }
  return f;
}

/** A segment's candidates by the first letter of their core, so a mention looks only at those it could begin. */
type CandidateIndex = Map<string, Array<{ cand: ArabicCandidate; letters: number }>>;

function indexCandidates(cands: readonly ArabicCandidate[]): CandidateIndex {
  const index: CandidateIndex = new Map();
  // A word repeated in one segment scores the same each time and the first one wins a tie: keep only it.
  const seen = new Set<string>();
  for (const cand of cands) {
    const first = cand.core[0];
    if (first === undefined || seen.has(cand.norm)) continue;
    seen.add(cand.norm);
    let list = index.get(first);
    if (!list) index.set(first, (list = []));
    list.push({ cand, letters: arabicLetters(cand.core) });
  }
  return index;
}

/** Best-scoring candidate for a mention, or null under the threshold. */
function bestAnchor(
  m: EnglishMention,
  segmentId: string,
  index: CandidateIndex,
  min: number,
  cache: Map<string, Map<string, number>>,
): { anchor: NameAnchor; cand: ArabicCandidate } | null {
  // Scores are computed down to ANCHOR_MIN whatever `min` is asked: exact above it, so one cache
  // serves the own segment (ANCHOR_MIN), the neighbours (NEIGHBOUR_MIN) and doubtful words (STRONG_ANCHOR).
  const ck = m.form;
  let scores = cache.get(ck);
  if (!scores) cache.set(ck, (scores = new Map()));
  const enCore = foldedCore(m.core);
  const enLen = enCore.length;
  let best: { anchor: NameAnchor; cand: ArabicCandidate } | null = null;
  const listed = listedFirstLetters(enCore);
  for (const first of listed.length ? [...new Set([...compatibleFirstLetters(enCore), ...listed])] : compatibleFirstLetters(enCore)) {
    for (const { cand: c, letters: n } of index.get(first) ?? []) {
      // Arabic writes fewer letters than English (no short vowels), never many more; a listed English
      // form (Jerusalem for القدس) is no romanization and has no such bound.
      if ((n > enLen + 2 || n * 3 < enLen) && !listed.includes(first)) continue;
      let s = scores.get(c.norm);
      if (s === undefined) {
        s = anchorScore(c.norm, m.form, Math.min(min, ANCHOR_MIN));
        scores.set(c.norm, s);
      }
      if (s >= min && (!best || s > best.anchor.score)) {
        best = { anchor: { segment: segmentId, start: c.start, end: c.end, text: c.text, score: s }, cand: c };
      }
    }
  }
  return best;
}

/**
 * A mention with its segment and anchor, built field by field in one literal: spreading the mention and
 * adding anchor fields afterwards was the single hottest line of the name checks on long articles.
 */
function foundOf(m: EnglishMention, segment: string, segIndex: number, hit: { anchor: NameAnchor; cand: ArabicCandidate } | null): Found {
  // Anchor fields are always present (undefined without an anchor), so every Found has one shape.
  return {
    start: m.start, end: m.end, text: m.text, form: m.form, article: m.article, core: m.core,
    sentenceInitial: m.sentenceInitial, inMultiWordName: m.inMultiWordName, segment, segIndex,
    anchor: hit?.anchor, anchorNorm: hit?.cand.norm, anchorCore: hit?.cand.core, besideName: false,
  };
}

/**
 * A name said twice in one segment is anchored once (the index keeps a word's first occurrence), so every English
 * mention of it would point at the first Arabic one. They are spread over the word's occurrences: in order where the
 * counts agree, else each to the occurrence at the nearest relative position. The second "Tennessee" is then the
 * second تينيسي, whose own neighbours (في, not فريق) say what it is, and hovering it shows the right word.
 */
function spreadRepeatedAnchors(found: readonly Found[], segments: readonly Segment[], candidatesOf: (i: number) => readonly ArabicCandidate[]): void {
  const repeated = new Map<string, Found[]>();
  for (const f of found) {
    if (!f.anchor || f.anchor.segment !== f.segment) continue;
    const key = `${f.segIndex}\u0000${f.anchorNorm}`;
    const list = repeated.get(key);
    if (list) list.push(f);
    else repeated.set(key, [f]);
  }
  for (const fs of repeated.values()) {
    if (fs.length < 2) continue;
    const seg = segments[fs[0]!.segIndex]!;
    const occurrences = candidatesOf(fs[0]!.segIndex).filter((c) => c.norm === fs[0]!.anchorNorm);
    if (occurrences.length < 2) continue;
    fs.forEach((f, k) => {
      const at = f.start / Math.max(1, seg.target.length);
      const c = fs.length === occurrences.length ? occurrences[k]! : nearest(occurrences, (o) => Math.abs(o.start / Math.max(1, seg.source.length) - at));
      f.anchor = { ...f.anchor!, start: c.start, end: c.end, text: c.text };
    });
  }
}

/** The element of a non-empty list at the smallest distance, the first on a tie. */
function nearest<T>(xs: readonly T[], distance: (x: T) => number): T {
  let best = xs[0] as T;
  for (const x of xs) if (distance(x) < distance(best)) best = x;
  return best;
}

/** The best two words side by side in a segment's source for a name English writes as one hyphenated word. */
function bestPairAnchor(m: EnglishMention, seg: Segment): { anchor: NameAnchor; cand: ArabicCandidate } | null {
  let best: { anchor: NameAnchor; cand: ArabicCandidate } | null = null;
  for (const cand of seg.source ? wordPairs(seg.source) : []) {
    const score = anchorScore(cand.norm, m.core);
    if (score >= ANCHOR_MIN && score > (best?.anchor.score ?? 0)) best = { anchor: { segment: seg.id, start: cand.start, end: cand.end, text: cand.text, score }, cand };
  }
  return best;
}

/** Only a space or a hyphen between two words of one name. */
const NAME_GAP = /^[ \u00A0\u2010-\u2013-]$/u;

/**
 * A common word inside a longer name ("City", "United") needs a near-perfect anchor, or "Even" would be فإن. Where
 * the Arabic writes it letter for letter right beside its anchored neighbour (Manchester City over مانشستر سيتي,
 * not مدينة مانشستر), it is that name's word: anchored at the usual threshold, in both directions along the name.
 */
function anchorBesideNames(found: Found[], segments: readonly Segment[], anchorIn: (f: Found, min: number) => { anchor: NameAnchor; cand: ArabicCandidate } | null, doubtful: (f: Found) => boolean): void {
  const sources = new Map(segments.map((seg) => [seg.id, seg.source]));
  const besideOne = (f: Found, other: Found | undefined, after: boolean): void => {
    if (f.anchor || !other?.anchor || other.segment !== f.segment || !f.inMultiWordName || !doubtful(f)) return;
    const [first, second] = after ? [other, f] : [f, other];
    if (!NAME_GAP.test(segments[f.segIndex]!.target.slice(first.end, second.start))) return;
    const hit = anchorIn(f, ANCHOR_MIN);
    const source = hit && hit.anchor.segment === other.anchor.segment ? sources.get(hit.anchor.segment) : undefined;
    if (!hit || source === undefined) return;
    const [a, b] = after ? [other.anchor, hit.anchor] : [hit.anchor, other.anchor];
    if (a.end >= b.start || !/^\s+$/u.test(source.slice(a.end, b.start))) return;
    Object.assign(f, { anchor: hit.anchor, anchorNorm: hit.cand.norm, anchorCore: hit.cand.core, besideName: true });
  };
  for (let k = 1; k < found.length; k++) besideOne(found[k]!, found[k - 1], true);
  for (let k = found.length - 2; k >= 0; k--) besideOne(found[k]!, found[k + 1], false);
}


/** Evidence that a capitalized word is not a name: see keepMention. */
interface Evidence {
  lowercase: Set<string>;
  capitalized: Set<string>;
  /** English core (lower case) → whether any mention of it is not sentence-initial or is in a multi-word name. */
  usedAsName: Map<string, boolean>;
  /** Verdicts by article and core, decided once per distinct mention form (a long article repeats its names). */
  demonyms: Map<string, boolean>;
  unnamed: Map<string, boolean>;
}

function gatherEvidence(segments: readonly Segment[], found: readonly EnglishMention[]): Evidence {
  const lowercase = new Set<string>();
  const capitalized = new Set<string>();
  // A long article repeats its words: each distinct written word is classified once.
  const seen = new Set<string>();
  for (const s of segments) {
    for (const w of letterWords(s.target)) {
      if (seen.has(w)) continue;
      seen.add(w);
      const c = w.charCodeAt(0);
      const lower = c >= 97 && c <= 122 ? true : c >= 65 && c <= 90 ? false : /^\p{Ll}/u.test(w);
      (lower ? lowercase : capitalized).add(w.toLowerCase());
    }
  }
  const usedAsName = new Map<string, boolean>();
  for (const f of found) {
    const k = f.core.toLowerCase();
    usedAsName.set(k, (usedAsName.get(k) ?? false) || !f.sentenceInitial || f.inMultiWordName || f.article !== '');
  }
  return { lowercase, capitalized, usedAsName, demonyms: new Map(), unnamed: new Map() };
}

/**
 * Decide by evidence, not a list: a word that also appears in lower case ("Popular", "Training"), that
 * is only ever capitalized because it opens a sentence ("Meanwhile"), or that is the adjective of a
 * capitalized word in the same text (Iraqi next to Iraq, Iranian next to Iran) is not a name, unless an
 * Arabic name anchors it (a lower-case "said" does not make سعيد "Said" a verb).
 */
function keepMention(f: Found, ev: Evidence): boolean {
  if (isDemonym(f, ev)) return false;
  // A near-perfect romanization outweighs the English evidence; a loose one does not ("Even" ≈ فإن).
  if (f.anchor && (f.anchor.score >= STRONG_ANCHOR || f.besideName)) return true;
  return !looksUnnamed(f, ev);
}

/** Iraqi next to Iraq, Iranian next to Iran: the adjective of a capitalized word in the same text. */
function isDemonym(m: EnglishMention, ev: Evidence): boolean {
  const key = `${m.article}\u0000${m.core}`;
  let v = ev.demonyms.get(key);
  if (v === undefined) ev.demonyms.set(key, (v = isDemonymUncached(m, ev)));
  return v;
}

function isDemonymUncached(m: EnglishMention, ev: Evidence): boolean {
  if (m.article !== '') return false;
  const lower = m.core.toLowerCase();
  const country = IRREGULAR_DEMONYMS.get(lower);
  if (country?.some((c) => ev.capitalized.has(c))) return true;
  return demonymStems(lower).some((place) => ev.capitalized.has(place));
}

/** Also written in lower case, or capitalized only where a sentence begins. */
function looksUnnamed(m: EnglishMention, ev: Evidence): boolean {
  const key = `${m.article === '' ? '' : 'a'}\u0000${m.core}`;
  let v = ev.unnamed.get(key);
  if (v === undefined) ev.unnamed.set(key, (v = looksUnnamedUncached(m, ev)));
  return v;
}

function looksUnnamedUncached(m: EnglishMention, ev: Evidence): boolean {
  const k = m.core.toLowerCase();
  if (m.article === '' && !k.includes(' ') && (ev.lowercase.has(k) || isCommonEnglishWord(k))) return true;
  // One or two letters alone ("St" of St. Louis, "Le" of Le Golf National) need an Arabic name behind them.
  if (m.article === '' && k.length <= 2 && !m.inMultiWordName) return true;
  return !ev.usedAsName.get(k);
}

/** An anchor this good is a name whatever the English around it suggests. */
const STRONG_ANCHOR = 0.9;

/** Key of a group found by spelling alone: the sound units of its preferred spelling ("~HaSaN"). */
function skeletonKey(form: string): string {
  return `~${soundUnits(splitArticle(form).core).join('')}`;
}

/** Every name group of a review, consistent ones included (the UI underlines all mentions). */
export function nameGroups(
  segments: readonly Segment[],
  glossary: Glossary = { terms: [] },
  options: AnalyzeOptions = defaultAnalyzeOptions,
): NameGroup[] {
  const cache = new Map<string, Map<string, number>>();
  const mentionsOf = segments.map((seg) => (seg.target ? findEnglishMentions(seg.target) : []));
  // English evidence first: a word that is probably not a name needs a near-perfect anchor to count.
  const ev = gatherEvidence(segments, mentionsOf.flat());
  const candidates: Array<ArabicCandidate[] | undefined> = [];
  const candidatesOf = (i: number): ArabicCandidate[] => (candidates[i] ??= segments[i]!.source ? findArabicCandidates(segments[i]!.source) : []);
  const indexes: Array<CandidateIndex | null> = segments.map(() => null);
  const indexOf = (i: number): CandidateIndex => (indexes[i] ??= indexCandidates(candidatesOf(i)));
  // A segment's best anchor for a form, whatever threshold is asked: every threshold is at least ANCHOR_MIN and
  // scores are exact from there, so the best at ANCHOR_MIN is the best at any higher threshold or nothing.
  // A name said twice in a segment, or looked up again from the next segment, is anchored once.
  const bestIn: Array<Map<string, { anchor: NameAnchor; cand: ArabicCandidate } | null> | undefined> = [];
  const anchorIn = (m: EnglishMention, j: number, min: number): { anchor: NameAnchor; cand: ArabicCandidate } | null => {
    const known = (bestIn[j] ??= new Map());
    let best = known.get(m.form);
    if (best === undefined) {
      best = bestAnchor(m, segments[j]!.id, indexOf(j), ANCHOR_MIN, cache);
      known.set(m.form, best);
    }
    if (!best || best.anchor.score < min) return null;
    const { segment, start, end, text, score } = best.anchor;
    return { anchor: { segment, start, end, text, score }, cand: best.cand };
  };
  const found: Found[] = [];
  segments.forEach((seg, i) => {
    for (const m of mentionsOf[i]!) {
      const doubtful = looksUnnamed(m, ev);
      let hit = anchorIn(m, i, doubtful ? STRONG_ANCHOR : ANCHOR_MIN);
      // Jong-un is one English word over two Arabic ones (جونغ أون).
      if (!hit && isKoreanGivenNameWord(m.core)) hit = bestPairAnchor(m, seg);
      // The aligner may have put the name's sentence one segment away: look next door, more strictly.
      // (Words that look unnamed, "The", "Meanwhile", are only tried in their own segment.)
      for (const j of doubtful ? [] : [i - 1, i + 1]) {
        if (hit || j < 0 || j >= segments.length) continue;
        hit = anchorIn(m, j, NEIGHBOUR_MIN);
      }
      found.push(foundOf(m, seg.id, i, hit));
    }
  });
  anchorBesideNames(found, segments, (f, min) => anchorIn(f, f.segIndex, min), (f) => looksUnnamed(f, ev));
  spreadRepeatedAnchors(found, segments, candidatesOf);
  const kept = found.filter((f) => keepMention(f, ev));

  // One Arabic word per English spelling: the anchor most of its mentions agree on.
  const votes = new Map<string, Map<string, number>>();
  for (const f of kept) {
    if (!f.anchorCore) continue;
    const k = f.core.toLowerCase();
    if (!votes.has(k)) votes.set(k, new Map());
    const v = votes.get(k)!;
    v.set(f.anchorCore, (v.get(f.anchorCore) ?? 0) + 1);
  }
  const anchorOfCore = new Map<string, string>();
  for (const [k, v] of votes) anchorOfCore.set(k, [...v.entries()].sort((a, b) => b[1] - a[1])[0]![0]);

  const byGroup = new Map<string, Found[]>();
  const add = (key: string, f: Found): void => {
    if (!byGroup.has(key)) byGroup.set(key, []);
    byGroup.get(key)!.push(f);
  };
  const unanchored: Found[] = [];
  for (const f of kept) {
    const a = anchorOfCore.get(f.core.toLowerCase());
    // The Quds Force, Al-Quds Al-Arabi: a place's romanized name inside a longer proper name is that name's,
    // not a spelling of the place, so it is kept apart from the place's English name (Jerusalem).
    if (a && isListedPlaceArabic(a) && !isPlaceName(f.form) && insideLongerName(segments[f.segIndex]!.target, f)) add(`ar:${a}#name`, f);
    else if (a) add(`ar:${a}`, f);
    else unanchored.push(f);
  }
  // Without an anchor, a spelling joins the anchored group it is closest to, else groups by spelling.
  // Work on distinct spellings, not mentions: a long article repeats its names many times.
  const anchoredCores = [...byGroup.entries()].map(([key, fs]) => ({ key, cores: [...new Set(fs.map((f) => f.core))] }));
  const closestGroup = new Map<string, string | null>();
  const groupBySpelling = (core: string): string | null => {
    let key = closestGroup.get(core);
    if (key === undefined) {
      key = anchoredCores.find((g) => g.cores.some((c) => sameName(c, core, defaultClusterOptions)))?.key ?? null;
      closestGroup.set(core, key);
    }
    return key;
  };
  // The join is the fallback for a name the Arabic does not write (a paraphrase, a missing sentence): a mention
  // whose own source holds Arabic names, none of them the group's (Francesco beside فرانشيسكو, not فرنسا),
  // names someone else, however close the spellings.
  const writesOtherNames = (f: Found, groupKey: string): boolean => {
    const index = indexOf(f.segIndex);
    if (index.size === 0) return false;
    const core = groupKey.slice('ar:'.length);
    for (const list of index.values()) if (list.some((x) => x.cand.core === core)) return false;
    return true;
  };
  const bySpellingAlone: Found[] = [];
  for (const f of unanchored) {
    const key = groupBySpelling(f.core);
    if (key && !writesOtherNames(f, key)) add(key, f);
    else bySpellingAlone.push(f);
  }
  const spellingGroupOf = new Map<string, number>();
  clusterSpellings([...new Set(bySpellingAlone.map((f) => f.core))]).forEach((g, i) => g.forEach((core) => spellingGroupOf.set(core, i)));
  const spellingGroups: Found[][] = [];
  for (const f of bySpellingAlone) (spellingGroups[spellingGroupOf.get(f.core)!] ??= []).push(f);

  const order = new Map(segments.map((s, i) => [s.id, i]));
  const hasSource = segments.some((s) => s.source.trim() !== '');
  const pos = (f: Found): number => f.segIndex * 1e7 + f.start;
  // Full names (Linda Thomas Granfield): a foreign name is remembered across articles within one.
  const texts = new Map(segments.map((s) => [s.id, s]));
  const placed = kept.filter((f) => f.anchor && f.anchorNorm);
  const fullNames = fullNamesOf(
    placed.map((f) => ({ segment: f.segment, start: f.start, end: f.end, anchor: f.anchor!, arabicNorm: f.anchorNorm! })),
    texts,
  );
  const fullNameOf = new Map<Found, FullName>();
  placed.forEach((f, i) => {
    const name = fullNames[i];
    if (name) fullNameOf.set(f, name);
  });
  const kindCueOf = (f: Found): { kindCue?: NameKind; longerNameCue?: NameKind } =>
    mentionCues(segments[f.segIndex]!.target, f, f.anchor ? texts.get(f.anchor.segment)?.source : undefined, f.anchor);
  const groups: NameGroup[] = [];
  const build = (fs: Found[], anchored: boolean): void => {
    fs.sort((a, b) => pos(a) - pos(b));
    const mentions: NameMention[] = fs.map((f) => ({
      segment: f.segment,
      start: f.start,
      end: f.end,
      text: f.text,
      form: f.form,
      article: f.article,
      core: f.core,
      sentenceInitial: f.sentenceInitial,
      ...(f.anchor ? { anchor: f.anchor } : {}),
      ...(fullNameOf.has(f) ? { fullName: fullNameOf.get(f)! } : {}),
      ...kindCueOf(f),
    }));
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.form, (counts.get(m.form) ?? 0) + 1);
    const anchoredOnes = fs.filter((f) => f.anchorNorm);
    const arabicNorm = anchored ? mostCommon(anchoredOnes.map((f) => f.anchorNorm!)) : null;
    const arabic = anchored ? mostCommon(anchoredOnes.filter((f) => f.anchorNorm === arabicNorm).map((f) => nameAsWord(f.anchor!.text, f.anchorNorm!))) : null;
    const earlier = arabicNorm && arabic ? earlierSpelling(options.earlierArticles, { arabicNorm, arabic, mentions }) : null;
    const pref = choosePreferred(mentions, arabicNorm, glossary, options.houseStyle, earlier);
    groups.push({
      key: arabicNorm ?? skeletonKey(pref.preferred),
      arabic,
      forms: [...counts].map(([text, count]) => ({ text, count })),
      preferred: pref.preferred,
      preferredBy: pref.by,
      ...(pref.by === 'earlier-articles' && earlier ? { earlier } : {}),
      confidence: anchored ? 'anchored' : 'spelling',
      mentions,
    });
  };
  for (const fs of byGroup.values()) build(fs, true);
  for (const fs of spellingGroups) {
    if (!fs) continue;
    // When the article has a source, a capitalized word with no Arabic name behind it is an ordinary
    // word ("United", "Council") or web clutter ("Reply"), unless it looks like an Arabic name or is
    // itself a spelling question. Without any source, every name-like word is kept for the editor.
    const oneSpelling = new Set(fs.map((f) => f.core.toLowerCase())).size === 1;
    if (hasSource && oneSpelling && fs.every((f) => f.article === '')) continue;
    // Nor are two English adjectives of nationality with no Arabic name behind them one name spelled twice:
    // Austrian/Australian, Indonesian/Indian, Slovenian/Slovakian look alike and are different countries.
    if (hasSource && fs.every((f) => f.article === '' && DEMONYM_ADJECTIVE.test(f.core.toLowerCase()))) continue;
    build(fs, false);
  }
  const firstPos = (g: NameGroup): number => (order.get(g.mentions[0]!.segment) ?? 0) * 1e7 + g.mentions[0]!.start;
  groups.sort((a, b) => firstPos(a) - firstPos(b));
  // Keys are identities: two groups never share one (e.g. two spellings with one sound shape).
  const seen = new Map<string, number>();
  for (const g of groups) {
    const n = (seen.get(g.key) ?? 0) + 1;
    seen.set(g.key, n);
    if (n > 1) g.key = `${g.key}#${n}`;
  }
  return groups;
}

/**
 * A capitalized word right after the mention, or right before it where no sentence begins ("In Al-Quds"),
 * with only a space or hyphen between: the mention is part of one longer proper name.
 */
function insideLongerName(text: string, m: { start: number; end: number }): boolean {
  if (/^[ \t\u00A0-]+\p{Lu}/u.test(text.slice(m.end, m.end + 3))) return true;
  const before = /(^|\S)(\s*)\p{Lu}[\p{L}'’]*[ \t\u00A0-]+$/u.exec(text.slice(0, m.start));
  return !!before && before[1] !== '' && !/[.!?:"“(]/u.test(before[1]!);
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const [v, c] of counts) if (c > counts.get(best)!) best = v;
  return best;
}
