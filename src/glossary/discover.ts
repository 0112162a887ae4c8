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
 * Anything ambiguous is dropped: the check prefers silence to a guess.
 */
import type { Segment } from '../model.js';
import { prepareArabic, withoutArticle, joinedBySpace } from './arabic.js';
import { prepareEnglish, joinedLoosely } from './english.js';
import { toOriginalRange } from '../text/normalize.js';

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

interface Phrase {
  key: string;
  perSegment: Map<number, Placed[]>;
  total: number;
}

function add(map: Map<string, Phrase>, key: string, seg: number, place: Placed): void {
  let p = map.get(key);
  if (!p) map.set(key, (p = { key, perSegment: new Map(), total: 0 }));
  const list = p.perSegment.get(seg) ?? [];
  list.push(place);
  p.perSegment.set(seg, list);
  p.total++;
}

/** First word of a definite phrase loses its clitics and article; without an article we cannot tell, so keep it. */
function firstWordStem(w: string): string {
  const m = /^(?:[وف]?[بكل]?ال|[وف]?لل)(.{2,})$/u.exec(w);
  return m ? m[1]! : w;
}

function arabicPhrases(segments: readonly Segment[]): Map<string, Phrase> {
  const out = new Map<string, Phrase>();
  segments.forEach((seg, si) => {
    if (!seg.source) return;
    const { normalized, tokens } = prepareArabic(seg.source);
    for (let i = 0; i < tokens.length; i++) {
      const words = [firstWordStem(tokens[i]!.text)];
      if (AR_STOP.has(tokens[i]!.text) || words[0]!.length < 2) continue;
      for (let n = 2; n <= 3; n++) {
        const t = tokens[i + n - 1];
        if (!t || !joinedBySpace(normalized.text, tokens[i + n - 2]!, t) || AR_STOP.has(t.text)) break;
        words.push(withoutArticle(t.text));
        const r = toOriginalRange(normalized, tokens[i]!.start, t.end);
        const written = seg.source.slice(r.start, r.end);
        add(out, words.join(' '), si, { segment: seg.id, start: r.start, end: r.end, text: written });
      }
    }
  });
  return out;
}

function englishPhrases(segments: readonly Segment[]): Map<string, Phrase> {
  const out = new Map<string, Phrase>();
  segments.forEach((seg, si) => {
    if (!seg.target) return;
    const { normalized, words } = prepareEnglish(seg.target);
    for (let i = 0; i < words.length; i++) {
      if (EN_STOP.has(words[i]!.text)) continue;
      const parts: string[] = [];
      for (let n = 1; n <= 4; n++) {
        const w = words[i + n - 1];
        if (!w || (n > 1 && !joinedLoosely(normalized.text, words[i + n - 2]!, w))) break;
        parts.push(w.text);
        if (EN_STOP.has(w.text)) continue; // a phrase may contain but not end with a function word
        const r = toOriginalRange(normalized, words[i]!.articleStart ?? words[i]!.start, w.end);
        add(out, parts.join(' '), si, { segment: seg.id, start: r.start, end: r.end, text: seg.target.slice(r.start, r.end) });
      }
    }
  });
  return out;
}

/** The English phrase fits inside the Arabic term's distribution: only its segments, never more often. */
function fitsWithin(e: Phrase, counts: Map<number, number>): boolean {
  for (const [s, places] of e.perSegment) if (places.length > (counts.get(s) ?? 0)) return false;
  return true;
}

function overlaps(a: Placed, list: readonly Placed[]): boolean {
  return list.some((b) => b.segment === a.segment && a.start < b.end && b.start < a.end);
}

function isOrdinaryEnglish(p: Placed): boolean {
  return !/\p{Lu}/u.test(p.text);
}

/** Keep, among overlapping Arabic candidates, the most frequent (then the longer). */
function dominantCandidates(ar: Map<string, Phrase>): Phrase[] {
  const cands = [...ar.values()].filter((p) => p.total >= 3 && p.perSegment.size >= 2);
  cands.sort((a, b) => b.total - a.total || b.key.length - a.key.length);
  const kept: Phrase[] = [];
  for (const c of cands) {
    const cw = c.key.split(' ');
    const clash = kept.some((k) => {
      const kw = k.key.split(' ');
      return cw.some((w) => kw.includes(w));
    });
    if (!clash) kept.push(c);
  }
  return kept;
}

/** Show "the crowd" rather than "crowd" when the rendering always comes with "the". */
function withDefiniteArticle(places: Placed[], targets: Map<string, string>): Placed[] {
  const before = (p: Placed) => (targets.get(p.segment) ?? '').slice(Math.max(0, p.start - 4), p.start);
  if (!places.every((p) => /^the\s$/iu.test(before(p)))) return places;
  return places.map((p) => {
    const start = p.start - 4;
    return { ...p, start, text: (targets.get(p.segment) ?? '').slice(start, p.end) };
  });
}

export function findInconsistentTerms(segments: readonly Segment[], isKnown: (arabic: Placed) => boolean): Inconsistency[] {
  const targets = new Map(segments.map((s) => [s.id, s.target]));
  const ar = arabicPhrases(segments);
  const en = englishPhrases(segments);
  // English phrases by segment, to look only at phrases that share a segment with the Arabic term.
  const enBySegment = new Map<number, Phrase[]>();
  for (const p of en.values()) for (const s of p.perSegment.keys()) (enBySegment.get(s) ?? enBySegment.set(s, []).get(s)!).push(p);

  const out: Inconsistency[] = [];
  for (const a of dominantCandidates(ar)) {
    const places = [...a.perSegment.values()].flat();
    if (places.some(isKnown)) continue;
    const counts = new Map([...a.perSegment].map(([s, l]) => [s, l.length]));
    const seen = new Set<Phrase>();
    let main: Phrase | undefined;
    for (const s of counts.keys()) {
      for (const e of enBySegment.get(s) ?? []) {
        if (seen.has(e)) continue;
        seen.add(e);
        if (e.perSegment.size < 2 || e.total * 2 < a.total || !fitsWithin(e, counts)) continue;
        if (!main || e.total > main.total || (e.total === main.total && e.key.length > main.key.length)) main = e;
      }
    }
    if (!main) continue;
    const mainPlaces = [...main.perSegment.values()].flat();
    const residual = new Map<number, number>();
    for (const [s, n] of counts) {
      const r = n - (main.perSegment.get(s)?.length ?? 0);
      if (r > 0) residual.set(s, r);
    }
    if (residual.size === 0) continue;
    const second = new Map<string, Phrase>();
    for (const s of residual.keys()) {
      for (const e of enBySegment.get(s) ?? []) {
        const ePlaces = [...e.perSegment.values()].flat();
        if (e.perSegment.size !== residual.size) continue;
        if (![...residual].every(([rs, n]) => e.perSegment.get(rs)?.length === n)) continue;
        if (!ePlaces.every(isOrdinaryEnglish) || ePlaces.some((p) => overlaps(p, mainPlaces))) continue;
        second.set(e.key, e);
      }
    }
    // "the crowd" and "crowd" are one rendering: keep the longest phrase of a nested family.
    const families = [...second.values()].filter(
      (e) => ![...second.values()].some((o) => o !== e && o.key.length > e.key.length && ` ${o.key} `.includes(` ${e.key} `)),
    );
    if (families.length !== 1) continue;
    const alt = families[0]!;
    const rendering = (p: Phrase): Rendering => {
      const ps = withDefiniteArticle([...p.perSegment.values()].flat(), targets);
      return { text: ps[0]!.text, count: ps.length, places: ps };
    };
    out.push({ source: places[0]!.text, key: a.key, sourcePlaces: places, renderings: [rendering(main), rendering(alt)] });
  }
  return out;
}
