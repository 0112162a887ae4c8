/**
 * Sentence alignment of a source document with its translation: paragraphs first, then sentences
 * inside each aligned group of paragraphs, both by banded dynamic programming over length ratios
 * (Gale–Church) with anchors (numbers, Latin words, name skeletons) as extra evidence.
 */
import type { Segment, TextRange } from '../model.js';
import { splitParagraphs } from '../text/paragraphs.js';
import { splitSentences } from '../text/sentences.js';
import { AnchorTable, anchorReader, prepareAnchors, type AnchorContext, type AnchorReader } from './anchors.js';
import { alignBanded, lengthDiagonal, type Link } from './banded.js';
import {
  DEFAULT_PARAMS, PARAGRAPH_MOVES, SENTENCE_MOVES, groupCost, makeScratch, type CostParams, type CostSetup,
} from './groupCost.js';
import { EN_PER_AR, VARIANCE_PER_CHAR, documentRatio } from './lengthCost.js';
import { detectLang, type Lang } from './script.js';
import { unitShape } from './clutter.js';
import { buildUnits, groupUnits, sliceUnits, type UnitSeq } from './units.js';

export interface AlignOptions {
  params?: CostParams;
  /** Use anchors (numbers, Latin words, names) as evidence. Default true; the benchmark's baseline turns them off. */
  anchors?: boolean;
  /** Fit the length ratio to the document (default true) rather than use the NTREX figure as is. */
  adaptiveRatio?: boolean;
}

/** One side split into paragraphs and sentences. */
export interface Side {
  text: string;
  lang: Lang;
  paragraphs: TextRange[];
  sentences: TextRange[];
  /** Paragraph of each sentence (0-based). */
  paragraphOf: Int32Array;
  /** firstSentence[p] .. firstSentence[p + 1] are paragraph p's sentences. */
  firstSentence: Int32Array;
}

function splitSide(text: string, lang: Lang): Side {
  const paragraphs = splitParagraphs(text);
  // One call for the whole text: the splitter keeps sentences inside paragraphs, and per-paragraph
  // calls would pay its set-up once per paragraph.
  const all = splitSentences(text, lang).filter((r) => r.end > r.start);
  const sentences: TextRange[] = [];
  const paragraphOfList: number[] = [];
  const firstSentence = new Int32Array(paragraphs.length + 1);
  const kept: TextRange[] = [];
  let k = 0;
  for (const para of paragraphs) {
    const found: TextRange[] = [];
    while (k < all.length && all[k]!.start < para.end) {
      const r = all[k++]!;
      if (r.end > para.start) found.push({ start: Math.max(r.start, para.start), end: Math.min(r.end, para.end) });
    }
    if (found.length === 0) {
      // A paragraph the splitter finds no sentence in (only symbols, say) still has to be shown somewhere.
      const slice = text.slice(para.start, para.end);
      if (!slice.trim()) continue;
      const lead = slice.length - slice.trimStart().length;
      found.push({ start: para.start + lead, end: para.start + slice.trimEnd().length });
    }
    firstSentence[kept.length] = sentences.length;
    kept.push(para);
    for (const r of found) {
      sentences.push(r);
      paragraphOfList.push(kept.length - 1);
    }
  }
  firstSentence[kept.length] = sentences.length;
  return {
    text, lang, paragraphs: kept, sentences,
    paragraphOf: Int32Array.from(paragraphOfList), firstSentence: firstSentence.subarray(0, kept.length + 1),
  };
}

function anchorFunction(ctx: AnchorContext | null, text: string, lang: Lang): AnchorReader {
  return ctx ? anchorReader(ctx, text, lang) : () => [];
}

/**
 * Band half-width to start from; the band doubles by itself when the path presses against it.
 * The length diagonal drifts from the true path like a random walk (~√n units over n), so long
 * documents start wider rather than pay for a narrow first try.
 */
function initialWidth(n: number, m: number): number {
  const big = Math.max(n, m);
  return Math.min(big, Math.max(8, Math.min(Math.abs(n - m) + 4, 32), Math.ceil(Math.sqrt(big) / 2)));
}
const MAX_CELLS = 8_000_000;

function alignUnits(setup: CostSetup, src: UnitSeq, tgt: UnitSeq, moves: typeof SENTENCE_MOVES): Link[] {
  const n = src.length.length;
  const m = tgt.length.length;
  if (n === 0 || m === 0) {
    const links: Link[] = [];
    for (let i = 0; i < n; i++) links.push({ s0: i, s1: i + 1, t0: 0, t1: 0 });
    for (let j = 0; j < m; j++) links.push({ s0: 0, s1: 0, t0: j, t1: j + 1 });
    return links;
  }
  const cost = groupCost({ ...setup, src, tgt });
  if (n === 1 && m === 1) {
    // The most common sentence-level case: one sentence each. Pair them unless leaving both alone is cheaper.
    const pair = cost(0, 1, 0, 1, Infinity);
    if (pair <= cost(0, 1, 0, 0, Infinity) + cost(0, 0, 0, 1, Infinity)) return [{ s0: 0, s1: 1, t0: 0, t1: 1 }];
    return [{ s0: 0, s1: 1, t0: 0, t1: 0 }, { s0: 0, s1: 0, t0: 0, t1: 1 }];
  }
  const center = lengthDiagonal(src.length, tgt.length);
  return alignBanded(n, m, moves, cost, center, { width: initialWidth(n, m), maxCells: MAX_CELLS });
}

/** The alignment as sentence-index groups, before it is turned into segments. */
export interface SentenceLink {
  s0: number;
  s1: number;
  t0: number;
  t1: number;
}

export interface AlignedSides {
  source: Side;
  target: Side;
  links: SentenceLink[];
}

/**
 * The alignment as sentence-index groups over each side's paragraphs and sentences (what
 * alignDocuments turns into segments; the benchmark scores it directly).
 */
export function alignSentences(source: string, target: string, options: AlignOptions = {}): AlignedSides {
  const srcLang = detectLang(source);
  const tgtLang = detectLang(target);
  const src = splitSide(source, srcLang);
  const tgt = splitSide(target, tgtLang);
  const sameLang = srcLang === tgtLang;
  const sourceIsArabic = srcLang === 'ar' || sameLang;
  const arabic = sourceIsArabic ? source : target;
  const english = sourceIsArabic ? target : source;
  const ctx = options.anchors === false ? null : prepareAnchors(sameLang ? '' : arabic, english);
  const table = ctx?.table ?? new AnchorTable();
  const weightOf = (id: number): number => table.weight[id]!;
  const srcSentences = buildUnits(source, src.sentences, anchorFunction(ctx, source, sameLang ? 'en' : srcLang), weightOf, src.firstSentence);
  const tgtSentences = buildUnits(target, tgt.sentences, anchorFunction(ctx, target, sameLang ? 'en' : tgtLang), weightOf, tgt.firstSentence);
  const srcParas = groupUnits(source, srcSentences, src.firstSentence, src.paragraphs);
  const tgtParas = groupUnits(target, tgtSentences, tgt.firstSentence, tgt.paragraphs);
  const setup: CostSetup = {
    src: srcParas,
    tgt: tgtParas,
    sourceIsArabic,
    ...(sameLang
      ? { ratio: 1, variance: VARIANCE_PER_CHAR }
      : options.adaptiveRatio === false
        ? { ratio: EN_PER_AR, variance: VARIANCE_PER_CHAR }
        : documentRatio(...articleLengths(srcParas, tgtParas, sourceIsArabic))),
    table,
    scratch: makeScratch(table),
    params: options.params ?? DEFAULT_PARAMS,
  };

  const sentencesOf = (sa: number, sb: number, ta: number, tb: number): Block => {
    const inner = alignUnits(setup, sliceUnits(srcSentences, sa, sb), sliceUnits(tgtSentences, ta, tb), SENTENCE_MOVES);
    return { sa, sb, ta, tb, links: inner.map((l) => ({ s0: sa + l.s0, s1: sa + l.s1, t0: ta + l.t0, t1: ta + l.t1 })) };
  };
  if (!comparableParagraphs(srcParas.length.length, tgtParas.length.length)) {
    // One side has (almost) no paragraph breaks: paragraph groups could not hold the other side's
    // paragraphs, so align all sentences at once (still banded).
    const whole = sentencesOf(0, src.sentences.length, 0, tgt.sentences.length);
    return { source: src, target: tgt, links: sourceOnlyFirst(whole.links) };
  }
  const groups = alignUnits(setup, srcParas, tgtParas, PARAGRAPH_MOVES).map((pl) =>
    sentencesOf(src.firstSentence[pl.s0]!, src.firstSentence[pl.s1]!, tgt.firstSentence[pl.t0]!, tgt.firstSentence[pl.t1]!));
  const links: SentenceLink[] = [];
  for (let k = 0; k < groups.length;) {
    // Where the paragraph step cut between a sentence and its translation (paragraph breaks in
    // different places), align the sentences of the neighbouring groups together, once per run.
    let end = k + 1;
    while (end < groups.length && orphansFaceEachOther(groups[end - 1]!.links, groups[end]!.links)) end++;
    const first = groups[k]!;
    const last = groups[end - 1]!;
    links.push(...(end === k + 1 ? first.links : sentencesOf(first.sa, last.sb, first.ta, last.tb).links));
    k = end;
  }
  return { source: src, target: tgt, links: sourceOnlyFirst(pairFacingParagraphs(links, src, tgt, sourceIsArabic)) };
}

/**
 * One whole Arabic paragraph left out, and one whole English paragraph added, side by side: that is one
 * paragraph translated loosely, not an omission beside an addition. Headlines are the usual case: English
 * news rewrites them ("NY nanny sues couple over firing after 'racist' text"), so neither length nor anchors
 * pair them. Page furniture is never paired this way, and the lengths must still be within reason.
 */
function pairFacingParagraphs(links: SentenceLink[], src: Side, tgt: Side, sourceIsArabic: boolean): SentenceLink[] {
  const out: SentenceLink[] = [];
  let k = 0;
  while (k < links.length) {
    const l = links[k]!;
    if (!sourceOnly(l) && !targetOnly(l)) {
      out.push(l);
      k++;
      continue;
    }
    let end = k;
    while (end < links.length && (sourceOnly(links[end]!) || targetOnly(links[end]!))) end++;
    const run = links.slice(k, end);
    out.push(...(oneParagraphEach(run, src, tgt, sourceIsArabic) ?? run));
    k = end;
  }
  return out;
}

function oneParagraphEach(run: SentenceLink[], src: Side, tgt: Side, sourceIsArabic: boolean): SentenceLink[] | null {
  const s = run.filter(sourceOnly);
  const t = run.filter(targetOnly);
  if (s.length === 0 || t.length === 0) return null;
  const s0 = Math.min(...s.map((l) => l.s0));
  const s1 = Math.max(...s.map((l) => l.s1));
  const t0 = Math.min(...t.map((l) => l.t0));
  const t1 = Math.max(...t.map((l) => l.t1));
  const whole = (side: Side, a: number, b: number): boolean => {
    const p = side.paragraphOf[a]!;
    return side.paragraphOf[b - 1] === p && side.firstSentence[p] === a && side.firstSentence[p + 1] === b;
  };
  if (s1 - s0 !== s.reduce((n, l) => n + l.s1 - l.s0, 0) || t1 - t0 !== t.reduce((n, l) => n + l.t1 - l.t0, 0)) return null;
  if (!whole(src, s0, s1) || !whole(tgt, t0, t1)) return null;
  const sText = src.text.slice(src.sentences[s0]!.start, src.sentences[s1 - 1]!.end);
  const tText = tgt.text.slice(tgt.sentences[t0]!.start, tgt.sentences[t1 - 1]!.end);
  if (unitShape(sText).boilerplate || unitShape(tText).boilerplate) return null;
  const ratio = (sourceIsArabic ? tText.length / sText.length : sText.length / tText.length) / EN_PER_AR;
  if (ratio < 0.4 || ratio > 2.5) return null;
  return [{ s0, s1, t0, t1 }];
}

/** Paragraph groups can span at most 3 paragraphs; beyond that ratio the paragraph stage would mislead. */
function comparableParagraphs(n: number, m: number): boolean {
  if (n === 0 || m === 0) return true;
  return Math.max(n, m) <= 3 * Math.min(n, m) + 2;
}

/** Sentences [sa, sb) and [ta, tb) with their alignment. */
interface Block {
  sa: number;
  sb: number;
  ta: number;
  tb: number;
  links: SentenceLink[];
}

const sourceOnly = (l: SentenceLink): boolean => l.t1 === l.t0;
const targetOnly = (l: SentenceLink): boolean => l.s1 === l.s0;

/** One group ends with unaligned sentences and the next starts with unaligned ones, and both sides are among them. */
function orphansFaceEachOther(before: SentenceLink[], after: SentenceLink[]): boolean {
  const tail: SentenceLink[] = [];
  for (let k = before.length - 1; k >= 0 && (sourceOnly(before[k]!) || targetOnly(before[k]!)); k--) tail.push(before[k]!);
  const head: SentenceLink[] = [];
  for (let k = 0; k < after.length && (sourceOnly(after[k]!) || targetOnly(after[k]!)); k++) head.push(after[k]!);
  if (tail.length === 0 || head.length === 0) return false;
  const both = [...tail, ...head];
  return both.some(sourceOnly) && both.some(targetOnly);
}

/**
 * Between two aligned groups, omitted source sentences come before target-only text: the omission
 * belongs to the article flow that precedes it, while target-only text is typically page
 * furniture at a paragraph's or the page's end. Each side's order is unchanged.
 */
function sourceOnlyFirst(links: SentenceLink[]): SentenceLink[] {
  const out: SentenceLink[] = [];
  let k = 0;
  while (k < links.length) {
    const l = links[k]!;
    if (l.s1 > l.s0 && l.t1 > l.t0) {
      out.push(l);
      k++;
      continue;
    }
    let end = k;
    while (end < links.length && (links[end]!.s1 === links[end]!.s0 || links[end]!.t1 === links[end]!.t0)) end++;
    const run = links.slice(k, end);
    out.push(...run.filter((r) => r.t1 === r.t0), ...run.filter((r) => r.t1 > r.t0));
    k = end;
  }
  return out;
}

/** Arabic and English lengths without page furniture, for the document's length ratio. */
function articleLengths(src: UnitSeq, tgt: UnitSeq, sourceIsArabic: boolean): [number, number] {
  const total = (seq: UnitSeq): number => {
    let t = 0;
    for (let u = 0; u < seq.length.length; u++) if (!seq.boilerplate[u]) t += seq.length[u]!;
    return t;
  };
  return sourceIsArabic ? [total(src), total(tgt)] : [total(tgt), total(src)];
}

function spanOf(side: Side, a: number, b: number): TextRange | null {
  if (b <= a) return null;
  return { start: side.sentences[a]!.start, end: side.sentences[b - 1]!.end };
}

/** Aligned segments in document order (target order; source-only segments where they fall). */
export function alignDocuments(source: string, target: string, options: AlignOptions = {}): Segment[] {
  const { source: src, target: tgt, links } = alignSentences(source, target, options);
  const segments: Segment[] = links.map((l, k) => {
    const sourceRange = spanOf(src, l.s0, l.s1);
    const targetRange = spanOf(tgt, l.t0, l.t1);
    return {
      id: `s${k + 1}`,
      paragraph: l.t1 > l.t0 ? tgt.paragraphOf[l.t0]! + 1 : 0,
      sourceParagraph: l.s1 > l.s0 ? src.paragraphOf[l.s0]! + 1 : 0,
      source: sourceRange ? source.slice(sourceRange.start, sourceRange.end) : '',
      target: targetRange ? target.slice(targetRange.start, targetRange.end) : '',
      sourceRange,
      targetRange,
      shape: `${l.s1 - l.s0}-${l.t1 - l.t0}`,
    };
  });
  placeSourceOnly(segments);
  return segments;
}

/** A source-only segment takes the target paragraph of the neighbour it shares a source paragraph with. */
function placeSourceOnly(segments: Segment[]): void {
  // nextWithTarget[k]: the first segment at or after k that has target text (one backward pass, so long omissions stay linear).
  const nextWithTarget: (Segment | undefined)[] = new Array(segments.length + 1);
  for (let k = segments.length - 1; k >= 0; k--) nextWithTarget[k] = segments[k]!.targetRange ? segments[k] : nextWithTarget[k + 1];
  let prev: Segment | undefined;
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k]!;
    if (seg.paragraph !== 0) {
      prev = seg;
      continue;
    }
    const next = nextWithTarget[k + 1];
    if (prev && (prev.sourceParagraph === seg.sourceParagraph || !next || next.sourceParagraph !== seg.sourceParagraph)) {
      seg.paragraph = prev.paragraph;
    } else {
      seg.paragraph = next?.paragraph ?? 1;
    }
    prev = seg;
  }
}
