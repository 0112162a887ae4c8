/**
 * Fits the learned second opinion of src/names/pair-model.ts on dev pairs only: a logistic rescue over
 * the pairs the hand rules leave apart (no vowel contrast, within the rescue distance) and a logistic veto
 * over the pairs they join, then the two thresholds with the best dev F1 (all rows plus Arabic-origin
 * rows) at dev precision ≥ MIN_PRECISION, never joining a trap nor parting a pair the tests require to meet.
 * Weights are rounded to two decimals before the thresholds are chosen, so the printed table is what ships.
 */
import { closeEnough, comparableCore, compared, defaultClusterOptions, pairSignals, partedByRule, rescuable, soft, type ClusterOptions, type Compared } from '../src/names/cluster.js';
import { codeDistance, soundUnits } from '../src/names/spelling.js';
import { PAIR_FEATURES, pairFeatures, ruleScore, type LogisticRule, type PairModel } from '../src/names/pair-model.js';

export type LabelledPair = readonly [string, string, boolean];

const MIN_PRECISION = 0.975;
const RESCUE_DISTANCE = 3;
const RESCUE_CONTRAST = 0.16;
const L2 = 0.01;

interface Seen { same: boolean; joined: boolean; rescuable: boolean; features: number[] }

function see([a, b, same]: LabelledPair, o: ClusterOptions): Seen {
  const x: Compared = compared(soundUnits(comparableCore(a)));
  const y: Compared = compared(soundUnits(comparableCore(b)));
  // The pairs sameName parts by rule before any distance (inflections, feminines, two places) are neither joined nor rescuable.
  const inflected = partedByRule(a, b);
  const joined = !inflected && closeEnough(x, y, { ...o, model: null }) !== null;
  const d = codeDistance(x.codes, y.codes, o.weights);
  const contrast = Math.max(0, d - codeDistance(x.codes, y.codes, soft(o.weights)));
  const mayRescue = !inflected && !joined && d <= RESCUE_DISTANCE && contrast < RESCUE_CONTRAST && rescuable(x, y);
  return { same, joined, rescuable: mayRescue, features: joined || mayRescue ? pairFeatures(pairSignals(x, y, d, contrast, o.weights)) : [] };
}

/** Logistic regression by Newton's method (few features, so each step solves a small linear system). */
export function fitLogistic(xs: readonly number[][], ys: readonly boolean[], iterations = 60): number[] {
  const k = (xs[0]?.length ?? 0) + 1;
  const w = new Array<number>(k).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = w.map((v) => L2 * v);
    const h = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? L2 : 0)));
    xs.forEach((x, n) => {
      const row = [1, ...x];
      const z = row.reduce((s, v, i) => s + v * w[i]!, 0);
      const p = 1 / (1 + Math.exp(-z));
      const r = p - (ys[n] ? 1 : 0);
      const q = p * (1 - p);
      for (let i = 0; i < k; i++) {
        g[i]! += r * row[i]!;
        for (let j = 0; j < k; j++) h[i]![j]! += q * row[i]! * row[j]!;
      }
    });
    const step = solve(h, g);
    let moved = 0;
    for (let i = 0; i < k; i++) {
      w[i]! -= step[i]!;
      moved = Math.max(moved, Math.abs(step[i]!));
    }
    if (moved < 1e-9) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let j = r + 1; j < n; j++) s -= m[r]![j]! * x[j]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

const round2 = (w: readonly number[]): number[] => w.map((v) => Math.round(v * 100) / 100);

function decide(s: Seen, rescue: LogisticRule, veto: LogisticRule): boolean {
  if (s.joined) return ruleScore(veto, s.features) > veto.threshold;
  return s.rescuable && ruleScore(rescue, s.features) > rescue.threshold;
}

function f1(seen: readonly Seen[], rescue: LogisticRule, veto: LogisticRule): { p: number; f: number } {
  let tp = 0, fp = 0, fn = 0;
  for (const s of seen) {
    const d = decide(s, rescue, veto);
    if (d && s.same) tp++;
    else if (d) fp++;
    else if (s.same) fn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function fitPairModel(dev: readonly LabelledPair[], devArabic: readonly LabelledPair[], mustPart: ReadonlyArray<readonly [string, string]>, mustMeet: ReadonlyArray<readonly [string, string]>, o: ClusterOptions = defaultClusterOptions): { model: PairModel; devF1: number; devArabicF1: number; devPrecision: number } {
  const all = dev.map((p) => see(p, o));
  const arabic = devArabic.map((p) => see(p, o));
  const part = mustPart.map(([a, b]) => see([a, b, false], o));
  const meet = mustMeet.map(([a, b]) => see([a, b, true], o));
  const rescueSet = all.filter((s) => s.rescuable);
  const vetoSet = all.filter((s) => s.joined);
  const rescueW = round2(fitLogistic(rescueSet.map((s) => s.features), rescueSet.map((s) => s.same)));
  const vetoW = round2(fitLogistic(vetoSet.map((s) => s.features), vetoSet.map((s) => s.same)));
  let best: { v: number; tr: number; tv: number; f: number; fa: number; p: number } | null = null;
  for (let i = -10; i <= 40; i++) {
    const rescue = { weights: rescueW, threshold: i / 10 };
    if (part.some((s) => decide(s, rescue, { weights: vetoW, threshold: -99 }))) continue;
    for (let j = -30; j <= 10; j++) {
      const veto = { weights: vetoW, threshold: j / 10 };
      if (meet.some((s) => !decide(s, rescue, veto))) continue;
      const m = f1(all, rescue, veto);
      if (m.p < MIN_PRECISION) continue;
      const ma = f1(arabic, rescue, veto);
      if (!best || m.f + ma.f > best.v + 1e-9) best = { v: m.f + ma.f, tr: i / 10, tv: j / 10, f: m.f, fa: ma.f, p: m.p };
    }
  }
  if (!best) throw new Error('no thresholds keep the traps apart at the precision floor');
  return {
    model: { rescue: { weights: rescueW, threshold: best.tr }, rescueDistance: RESCUE_DISTANCE, rescueContrast: RESCUE_CONTRAST, veto: { weights: vetoW, threshold: best.tv } },
    devF1: best.f, devArabicF1: best.fa, devPrecision: best.p,
  };
}

/** The model as the TypeScript literal pair-model.ts ships, with the feature names for the reader. */
export function describeModel(m: PairModel): string {
  const w = (r: LogisticRule): string => `[${r.weights.join(', ')}]`;
  return [
    `  features: bias, ${PAIR_FEATURES.join(', ')}`,
    `  rescue: { weights: ${w(m.rescue)}, threshold: ${m.rescue.threshold} }, rescueDistance: ${m.rescueDistance}, rescueContrast: ${m.rescueContrast}`,
    `  veto: { weights: ${w(m.veto)}, threshold: ${m.veto.threshold} }`,
  ].join('\n');
}
