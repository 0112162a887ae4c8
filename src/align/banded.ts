/**
 * Monotone alignment of two sequences by dynamic programming, restricted to a band around an
 * expected diagonal so that long documents stay near-linear. When the best path runs along the
 * band's edge the band was too narrow to be sure, so it is doubled and the search repeated.
 */

export interface Move {
  /** Units taken from the source. */
  ds: number;
  /** Units taken from the target. */
  dt: number;
}

/** A group: source units [s0, s1) aligned with target units [t0, t1). */
export interface Link {
  s0: number;
  s1: number;
  t0: number;
  t1: number;
}

/**
 * Price of a group. `budget` is what the group must cost less than to matter; a cost function may
 * return any value >= budget without computing the exact price.
 */
export type GroupCost = (s0: number, s1: number, t0: number, t1: number, budget: number) => number;

export interface BandOptions {
  /** Initial half-width of the band, in units. */
  width: number;
  /** Stop widening when the band would exceed this many cells. */
  maxCells: number;
}

/**
 * The expected diagonal: for each source prefix, the target prefix with the same share of the
 * document's length (so a long paragraph on one side does not throw the band off).
 */
export function lengthDiagonal(srcLengths: ArrayLike<number>, tgtLengths: ArrayLike<number>): Int32Array {
  const n = srcLengths.length;
  const m = tgtLengths.length;
  const center = new Int32Array(n + 1);
  let totS = 0;
  let totT = 0;
  for (let i = 0; i < n; i++) totS += srcLengths[i]! + 1;
  for (let j = 0; j < m; j++) totT += tgtLengths[j]! + 1;
  let cumS = 0;
  let cumT = 0;
  let j = 0;
  for (let i = 0; i <= n; i++) {
    const share = totS === 0 ? 1 : cumS / totS;
    while (j < m && (cumT + (tgtLengths[j]! + 1) / 2) / Math.max(totT, 1) < share) {
      cumT += tgtLengths[j]! + 1;
      j++;
    }
    center[i] = j;
    if (i < n) cumS += srcLengths[i]! + 1;
  }
  center[n] = m;
  return center;
}

interface Band {
  lo: Int32Array;
  hi: Int32Array;
  offset: Int32Array;
  cells: number;
}

function makeBand(center: Int32Array, m: number, width: number): Band {
  const n = center.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, center[i]! - width);
    hi[i] = Math.min(m, center[i]! + width);
  }
  lo[0] = 0;
  hi[n] = m;
  // Rows must overlap so a path exists: stretch each row up to where the next one starts.
  for (let i = n - 1; i >= 0; i--) if (hi[i]! < lo[i + 1]!) hi[i] = lo[i + 1]!;
  for (let i = 1; i <= n; i++) if (lo[i]! < lo[i - 1]!) lo[i] = lo[i - 1]!;
  const offset = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = offset[i]! + (hi[i]! - lo[i]! + 1);
  return { lo, hi, offset, cells: offset[n + 1]! };
}

function solve(n: number, m: number, moves: readonly Move[], cost: GroupCost, band: Band): { links: Link[]; touches: boolean } {
  const { lo, hi, offset } = band;
  const score = new Float64Array(band.cells).fill(Infinity);
  const back = new Uint8Array(band.cells);
  score[0] = 0;
  for (let i = 0; i <= n; i++) {
    const loI = lo[i]!;
    const hiI = hi[i]!;
    const rowOff = offset[i]! - loI;
    for (let j = loI; j <= hiI; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = 0;
      for (let k = 0; k < moves.length; k++) {
        const mv = moves[k]!;
        const pi = i - mv.ds;
        const pj = j - mv.dt;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prev = score[offset[pi]! + pj - lo[pi]!]!;
        if (prev === Infinity) continue;
        const c = prev + cost(pi, i, pj, j, best - prev);
        if (c < best) {
          best = c;
          bestMove = k;
        }
      }
      score[rowOff + j] = best;
      back[rowOff + j] = bestMove;
    }
  }
  const links: Link[] = [];
  let touches = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = moves[back[offset[i]! + j - lo[i]!]!]!;
    if ((i !== n || j !== m) && ((j <= lo[i]! && lo[i]! > 0) || (j >= hi[i]! && hi[i]! < m))) touches = true;
    links.push({ s0: i - mv.ds, s1: i, t0: j - mv.dt, t1: j });
    i -= mv.ds;
    j -= mv.dt;
  }
  links.reverse();
  return { links, touches };
}

/** Best monotone sequence of groups covering both sequences entirely. `moves` must include {1,0} and {0,1}. */
export function alignBanded(
  n: number,
  m: number,
  moves: readonly Move[],
  cost: GroupCost,
  center: Int32Array,
  options: BandOptions,
): Link[] {
  if (n === 0 && m === 0) return [];
  let width = Math.max(1, options.width);
  for (;;) {
    const band = makeBand(center, m, width);
    const { links, touches } = solve(n, m, moves, cost, band);
    const full = width >= Math.max(n, m);
    if (!touches || full || band.cells * 2 > options.maxCells) return links;
    width *= 2;
  }
}
