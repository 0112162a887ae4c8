/**
 * The things the aligner moves around: sentences (and paragraphs, which are runs of sentences),
 * each reduced to a length, its anchors and its shape (boilerplate / fragment).
 */
import type { TextRange } from '../model.js';
import { unitShape } from './clutter.js';
import { countedLength } from './lengthCost.js';

/** One side's units in compressed form: anchors of unit u are keys[keyStart[u] .. keyStart[u + 1]). */
export interface UnitSeq {
  ranges: TextRange[];
  /** Counted length (Arabic: as is; English: also as is: the cost model knows the ratio). */
  length: Float64Array;
  /** prefix[u] = total length of units before u. */
  prefix: Float64Array;
  keys: Int32Array;
  keyStart: Int32Array;
  /** Total anchor weight of each unit: caps what its anchors can gain, so hopeless groups are priced without counting. */
  anchorWeight: Float64Array;
  boilerplate: Uint8Array;
  fragment: Uint8Array;
  /** For sentences: 1 where a unit opens a paragraph. Null for paragraph sequences. */
  breakBefore: Uint8Array | null;
}

/** The per-unit columns of a sequence of n units, zeroed. */
type Columns = Pick<UnitSeq, 'length' | 'prefix' | 'keyStart' | 'anchorWeight' | 'boilerplate' | 'fragment'>;
function columns(n: number): Columns {
  return {
    length: new Float64Array(n),
    prefix: new Float64Array(n + 1),
    keyStart: new Int32Array(n + 1),
    anchorWeight: new Float64Array(n),
    boilerplate: new Uint8Array(n),
    fragment: new Uint8Array(n),
  };
}

/** Unit u's shape, judged on its text. */
function markShape(cols: Columns, u: number, text: string, r: TextRange): void {
  const shape = unitShape(text, r.start, r.end);
  cols.boilerplate[u] = shape.boilerplate ? 1 : 0;
  cols.fragment[u] = shape.fragment ? 1 : 0;
}

export function buildUnits(
  text: string,
  ranges: TextRange[],
  anchorsOf: (r: TextRange) => number[],
  weightOf: (id: number) => number,
  paragraphStarts: ArrayLike<number> = [],
): UnitSeq {
  const n = ranges.length;
  const cols = columns(n);
  const { length, prefix, keyStart, anchorWeight } = cols;
  const allKeys: number[] = [];
  for (let u = 0; u < n; u++) {
    const r = ranges[u]!;
    length[u] = countedLength(text, r.start, r.end);
    prefix[u + 1] = prefix[u]! + length[u]!;
    for (const k of anchorsOf(r)) {
      allKeys.push(k);
      anchorWeight[u] = anchorWeight[u]! + weightOf(k);
    }
    keyStart[u + 1] = allKeys.length;
    markShape(cols, u, text, r);
  }
  const breakBefore = new Uint8Array(n);
  for (let p = 0; p < paragraphStarts.length; p++) {
    const u = paragraphStarts[p]!;
    if (u < n) breakBefore[u] = 1;
  }
  return { ranges, ...cols, keys: Int32Array.from(allKeys), breakBefore };
}

/**
 * Paragraph units built from sentence units: paragraph p spans sentences [first[p], first[p + 1]).
 * Anchors are shared with the sentence sequence (they are contiguous); shape is judged on the whole paragraph.
 */
export function groupUnits(text: string, sentences: UnitSeq, first: Int32Array, paragraphRanges: TextRange[]): UnitSeq {
  const n = paragraphRanges.length;
  const cols = columns(n);
  const { length, prefix, keyStart, anchorWeight } = cols;
  for (let p = 0; p < n; p++) {
    const a = first[p]!;
    const b = first[p + 1]!;
    length[p] = sentences.prefix[b]! - sentences.prefix[a]!;
    prefix[p + 1] = prefix[p]! + length[p]!;
    keyStart[p] = sentences.keyStart[a]!;
    keyStart[p + 1] = sentences.keyStart[b]!;
    for (let u = a; u < b; u++) anchorWeight[p] = anchorWeight[p]! + sentences.anchorWeight[u]!;
    markShape(cols, p, text, paragraphRanges[p]!);
  }
  return { ranges: paragraphRanges, ...cols, keys: sentences.keys, breakBefore: null };
}

/** Units [a, b) of a sequence as a sequence of their own (anchor arrays shared, not copied). */
export function sliceUnits(seq: UnitSeq, a: number, b: number): UnitSeq {
  return {
    ranges: seq.ranges.slice(a, b),
    length: seq.length.subarray(a, b),
    prefix: seq.prefix.subarray(a, b + 1).map((x) => x - seq.prefix[a]!),
    keys: seq.keys,
    keyStart: seq.keyStart.subarray(a, b + 1),
    anchorWeight: seq.anchorWeight.subarray(a, b),
    boilerplate: seq.boilerplate.subarray(a, b),
    fragment: seq.fragment.subarray(a, b),
    breakBefore: seq.breakBefore ? seq.breakBefore.subarray(a, b) : null,
  };
}
