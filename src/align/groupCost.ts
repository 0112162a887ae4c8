/**
 * The price of one alignment group (source units [s0,s1) ↔ target units [t0,t1)), in -log
 * probability units: a prior for the group's shape, the Gale–Church length surprise, minus the
 * evidence of shared anchors, plus penalties that keep page furniture from being glued onto
 * real sentences.
 */
import type { AnchorTable } from './anchors.js';
import type { GroupCost, Move } from './banded.js';
import { lengthCost as importedLengthCost } from './lengthCost.js';

// A local binding: module-namespace getters in the innermost loop cost more than the call (tsx/CJS interop).
const lengthCost = importedLengthCost;
import type { UnitSeq } from './units.js';

export interface CostParams {
  /** -log prior of each shape "ds-dt" with both sides non-empty. */
  prior: Record<string, number>;
  /** Fixed price of leaving one unit unaligned. */
  skipBase: number;
  /** Extra price per char (counted as Arabic) of an unaligned unit: long omissions are rarer than short ones. */
  skipPerChar: number;
  /** Price of leaving a boilerplate unit unaligned (cheap: that is where it belongs). */
  skipBoilerplate: number;
  /** Price factor for leaving a fragment (heading, byline, date) unaligned. */
  skipFragmentFactor: number;
  /** Gain per unit of matched anchor weight. */
  anchorGain: number;
  /**
   * Matched weight beyond this adds nothing: a few shared anchors already say "same place", and
   * without a cap a merge would look better just for collecting more of them.
   */
  anchorCap: number;
  /** Price per unmatched strict anchor (a number on one side only). */
  strictMismatch: number;
  /** Price of merging a boilerplate unit with anything. */
  mergeBoilerplate: number;
  /** Price of merging a fragment with anything. */
  mergeFragment: number;
  /** Price of pairing boilerplate with non-boilerplate 1-1. */
  pairBoilerplate: number;
  /** Price of each paragraph break a sentence group runs across: translators keep paragraphs. */
  crossParagraph: number;
}

export const DEFAULT_PARAMS: CostParams = {
  prior: { '1-1': 0, '1-2': 2.3, '2-1': 2.3, '2-2': 4.6, '1-3': 4.2, '3-1': 4.2, '1-4': 5.5, '4-1': 5.5 },
  skipBase: 2.5,
  skipPerChar: 0.02,
  skipBoilerplate: 1,
  skipFragmentFactor: 0.6,
  anchorGain: 2,
  anchorCap: 6,
  strictMismatch: 2,
  mergeBoilerplate: 25,
  mergeFragment: 6,
  pairBoilerplate: 8,
  crossParagraph: 12,
};

/** Plain Gale–Church: the same shapes and skip prices, no page-furniture or paragraph-break rules (a baseline). */
export const LENGTH_ONLY_PARAMS: CostParams = {
  ...DEFAULT_PARAMS,
  skipBoilerplate: DEFAULT_PARAMS.skipBase,
  skipFragmentFactor: 1,
  mergeBoilerplate: 0,
  mergeFragment: 0,
  pairBoilerplate: 0,
  crossParagraph: 0,
};

/** Skips first: they are priced without anchors and give the others a budget to beat (see GroupCost). */
export const PARAGRAPH_MOVES: readonly Move[] = [
  { ds: 1, dt: 0 }, { ds: 0, dt: 1 }, { ds: 1, dt: 1 }, { ds: 1, dt: 2 }, { ds: 2, dt: 1 },
  { ds: 2, dt: 2 }, { ds: 1, dt: 3 }, { ds: 3, dt: 1 },
];

export const SENTENCE_MOVES: readonly Move[] = [
  ...PARAGRAPH_MOVES, { ds: 1, dt: 4 }, { ds: 4, dt: 1 },
];

export interface CostSetup {
  src: UnitSeq;
  tgt: UnitSeq;
  /** True when the source is the Arabic side (the usual case); the length ratio is turned around otherwise. */
  sourceIsArabic: boolean;
  /** English chars per Arabic char for this document (1 when both sides are the same language). */
  ratio: number;
  /** Variance per char matching `ratio`. */
  variance: number;
  table: AnchorTable;
  /** Scratch counts, one per anchor id, all zero between calls. */
  scratch: Int32Array;
  params: CostParams;
}

export function makeScratch(table: AnchorTable): Int32Array {
  return new Int32Array(Math.max(1, table.size));
}

function skipCost(seq: UnitSeq, u: number, p: CostParams, charScale: number): number {
  if (seq.boilerplate[u]) return p.skipBoilerplate;
  const base = p.skipBase + p.skipPerChar * seq.length[u]! * charScale;
  return seq.fragment[u] ? base * p.skipFragmentFactor : base;
}

function anchorCost(setup: CostSetup, s0: number, s1: number, t0: number, t1: number): number {
  const { src, tgt, table, scratch, params } = setup;
  const sa = src.keyStart[s0]!;
  const sb = src.keyStart[s1]!;
  const ta = tgt.keyStart[t0]!;
  const tb = tgt.keyStart[t1]!;
  if (sa === sb && ta === tb) return 0;
  for (let k = sa; k < sb; k++) scratch[src.keys[k]!]!++;
  let matched = 0;
  let strictMisses = 0;
  for (let k = ta; k < tb; k++) {
    const id = tgt.keys[k]!;
    if (scratch[id]! > 0) {
      scratch[id]!--;
      matched += table.weight[id]!;
    } else if (table.strict[id]) {
      strictMisses++;
    }
  }
  for (let k = sa; k < sb; k++) {
    const id = src.keys[k]!;
    if (scratch[id]! > 0) {
      if (table.strict[id]) strictMisses++;
      scratch[id] = 0;
    }
  }
  return params.strictMismatch * strictMisses - params.anchorGain * Math.min(matched, params.anchorCap);
}

const priorTables = new WeakMap<CostParams, Float64Array>();

/** Priors indexed ds * 6 + dt, built once per parameter set (a cost function is made per paragraph group). */
function priorTable(p: CostParams): Float64Array {
  let table = priorTables.get(p);
  if (!table) {
    table = new Float64Array(36).fill(10);
    for (const [shape, v] of Object.entries(p.prior)) {
      const [a, b] = shape.split('-').map(Number);
      if (a !== undefined && b !== undefined && a < 6 && b < 6) table[a * 6 + b] = v;
    }
    priorTables.set(p, table);
  }
  return table;
}

/**
 * lengthCost is never below this (its erfc approximation dips to -3e-8 at zero), so a bound that leaves it
 * out stays a bound.
 */
const LENGTH_COST_SLACK = 1e-6;
/**
 * A group turned away early must be turned away for certain: its bound clears the budget by far more than
 * the rounding of the solver's sums, so it loses exactly where the exact price would have lost.
 */
const PRUNE_MARGIN = 1e-6;

/** The merge and paragraph penalties of a group with units on both sides (the same terms groupCost adds). */
function penalties(setup: CostSetup, s0: number, s1: number, t0: number, t1: number): number {
  const { src, tgt, params: p } = setup;
  let c = 0;
  if (s1 - s0 > 1) for (let u = s0; u < s1; u++) c += (src.boilerplate[u]! ? p.mergeBoilerplate : 0) + (src.fragment[u]! ? p.mergeFragment : 0);
  if (t1 - t0 > 1) for (let u = t0; u < t1; u++) c += (tgt.boilerplate[u]! ? p.mergeBoilerplate : 0) + (tgt.fragment[u]! ? p.mergeFragment : 0);
  if (src.breakBefore) for (let u = s0 + 1; u < s1; u++) c += src.breakBefore[u]! * p.crossParagraph;
  if (tgt.breakBefore) for (let u = t0 + 1; u < t1; u++) c += tgt.breakBefore[u]! * p.crossParagraph;
  return c;
}

export function groupCost(setup: CostSetup): GroupCost {
  const { src, tgt, params: p, ratio, variance, sourceIsArabic } = setup;
  // Lengths in "Arabic characters" on both sides so skip costs are comparable.
  const srcScale = sourceIsArabic ? 1 : 1 / ratio;
  const tgtScale = sourceIsArabic ? 1 / ratio : 1;
  const arabicFirst = sourceIsArabic || ratio === 1;
  const prior = priorTable(p);
  return (s0, s1, t0, t1, budget) => {
    const ds = s1 - s0;
    const dt = t1 - t0;
    if (dt === 0) {
      let c = 0;
      for (let u = s0; u < s1; u++) c += skipCost(src, u, p, srcScale);
      return c;
    }
    if (ds === 0) {
      let c = 0;
      for (let u = t0; u < t1; u++) c += skipCost(tgt, u, p, tgtScale);
      return c;
    }
    const sLen = src.prefix[s1]! - src.prefix[s0]!;
    const tLen = tgt.prefix[t1]! - tgt.prefix[t0]!;
    let c = ds < 6 && dt < 6 ? prior[ds * 6 + dt]! : 10;
    // The length surprise is the costly term. Merges that cannot win whatever their lengths (shape prior and
    // penalties, less the most the anchors could give back, already over budget) are turned away first.
    let sw = 0;
    let tw = 0;
    for (let u = s0; u < s1; u++) sw += src.anchorWeight[u]!;
    for (let u = t0; u < t1; u++) tw += tgt.anchorWeight[u]!;
    const anchorBound = p.anchorGain * Math.min(sw, tw, p.anchorCap);
    if (ds + dt > 2) {
      const early = c + penalties(setup, s0, s1, t0, t1) - LENGTH_COST_SLACK - anchorBound;
      if (early > budget + PRUNE_MARGIN) return early;
    }
    c += arabicFirst ? lengthCost(sLen, tLen, ratio, variance) : lengthCost(tLen, sLen, ratio, variance);
    if (ds > 1) for (let u = s0; u < s1; u++) c += (src.boilerplate[u]! ? p.mergeBoilerplate : 0) + (src.fragment[u]! ? p.mergeFragment : 0);
    if (dt > 1) for (let u = t0; u < t1; u++) c += (tgt.boilerplate[u]! ? p.mergeBoilerplate : 0) + (tgt.fragment[u]! ? p.mergeFragment : 0);
    if (ds === 1 && dt === 1 && src.boilerplate[s0] !== tgt.boilerplate[t0]) c += p.pairBoilerplate;
    if (src.breakBefore) for (let u = s0 + 1; u < s1; u++) c += src.breakBefore[u]! * p.crossParagraph;
    if (tgt.breakBefore) for (let u = t0 + 1; u < t1; u++) c += tgt.breakBefore[u]! * p.crossParagraph;
    // Anchors can only lower the price by so much: skip counting them when even that cannot win.
    const floor = c - anchorBound;
    if (floor >= budget) return floor;
    return c + anchorCost(setup, s0, s1, t0, t1);
  };
}
