/**
 * Names benchmark: `npm run bench -- names <path to clusters_full.tsv>`.
 * Quality (reported on test rows, beside Soundex, Double Metaphone and Jaro-Winkler from talisman, in
 * the same run): pair decisions, pooled clustering (B-cubed), anchoring. The shipped distance weights
 * were learned on dev rows only with `learn` below (coordinate descent over substitution costs, vowel
 * contrasts and thresholds, trap-safe); the run re-learns one round from them on dev to show they hold.
 * The learned rescue/veto of src/names/pair-model.ts is refit on dev (names-fit.ts) and compared with the
 * shipped table; the hand rules alone are printed beside it.
 * Speed (always, on synthetic spellings): clustering from 1,250 to 100,000 spellings with the number of
 * compared pairs, beside all-pairs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Bench } from './run.js';
import { BLOCK_CAP, candidatePairCount, clusterSpellings, comparableCore, compared, defaultClusterOptions, sameName, soft, type ClusterOptions } from '../src/names/cluster.js';
import { otherAbdName } from '../src/names/parted.js';
import { anchorScore } from '../src/names/anchor-score.js';
import { blockingKeys, codeDistance, CONTRAST_PAIRS, foldSpelling, soundUnits, SUBSTITUTIONS } from '../src/names/spelling.js';
import { rng } from './rng.js';
import { describeModel, fitPairModel } from './names-fit.js';

const require = createRequire(import.meta.url);
const soundex = require('talisman/phonetics/soundex') as (s: string) => string;
const doubleMetaphone = require('talisman/phonetics/double-metaphone') as (s: string) => [string, string];
const jaroWinkler = (require('talisman/metrics/jaro-winkler') as { similarity: (a: string, b: string) => number }).similarity;

interface Row {
  arabic: string;
  arabicOrigin: boolean;
  split: 'dev' | 'test';
  spellings: string[];
}

export function loadRows(path: string): Row[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const header = lines.shift() ?? '';
  if (!header.startsWith('arabic_name')) throw new Error(`${path}: not clusters_full.tsv (first line is "${header.slice(0, 40)}")`);
  return lines.map((l) => {
    const cols = l.split('\t');
    const variants = (cols[5] ?? '').split('|').map((v) => v.trim().split(':')[0]!).filter(Boolean);
    return { arabic: cols[0]!, arabicOrigin: cols[2] === '1', split: cols[3] === 'test' ? 'test' : 'dev', spellings: variants };
  });
}


type Pair = [string, string, boolean];

/** Same-name pairs within rows, and as many different-name pairs across rows sharing a first letter. */
export function balancedPairs(rows: readonly Row[], seed: number): Pair[] {
  const pos: Pair[] = [];
  for (const r of rows) for (let i = 0; i < r.spellings.length; i++) for (let j = i + 1; j < r.spellings.length; j++) pos.push([r.spellings[i]!, r.spellings[j]!, true]);
  const byLetter = new Map<string, Array<[string, number]>>();
  rows.forEach((r, ri) => r.spellings.forEach((s) => {
    const k = s[0]!;
    if (!byLetter.has(k)) byLetter.set(k, []);
    byLetter.get(k)!.push([s, ri]);
  }));
  const all = rows.flatMap((r, ri) => r.spellings.map((s) => [s, ri] as [string, number]));
  const rand = rng(seed);
  const neg: Pair[] = [];
  let guard = 0;
  while (neg.length < pos.length && guard++ < pos.length * 100) {
    const [a, ra] = all[Math.floor(rand() * all.length)]!;
    const pool = byLetter.get(a[0]!)!;
    const [b, rb] = pool[Math.floor(rand() * pool.length)]!;
    if (ra === rb || a === b) continue;
    neg.push([a, b, false]);
  }
  return [...pos, ...neg];
}

interface PRF { p: number; r: number; f: number }

function prf(pairs: readonly Pair[], decide: (a: string, b: string) => boolean): PRF {
  let tp = 0, fp = 0, fn = 0;
  for (const [a, b, same] of pairs) {
    const d = decide(a, b);
    if (d && same) tp++;
    else if (d && !same) fp++;
    else if (!d && same) fn++;
  }
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * What the same-name pairs a decision misses are, by rules that need no decision: an abbreviation or initial (Jr,
 * Mohd, J), another name built on the same word (Abdul beside Abdulaziz, Bert beside Bertin: the data set lists
 * some compounds under their first word), a vowel quality the traps keep apart (Fahad/Fahid, Tariq/Tarak: the
 * contrast that keeps Hamid from Hamad), or other. Counts only: the data set's ceiling, not a list to tune on.
 */
export function missProfile(pairs: readonly Pair[], decide: (a: string, b: string) => boolean): Record<'abbreviation' | 'longer name' | 'vowel contrast' | 'other', number> {
  const out = { 'abbreviation': 0, 'longer name': 0, 'vowel contrast': 0, 'other': 0 };
  for (const [a, b, same] of pairs) {
    if (!same || decide(a, b)) continue;
    const [x, y] = [foldSpelling(comparableCore(a)), foldSpelling(comparableCore(b))];
    const [short, long] = x.length <= y.length ? [x, y] : [y, x];
    const cx = compared(soundUnits(comparableCore(a)));
    const cy = compared(soundUnits(comparableCore(b)));
    const w = defaultClusterOptions.weights;
    const contrast = codeDistance(cx.codes, cy.codes, w) - codeDistance(cx.codes, cy.codes, soft(w));
    if (short.length <= 2 || !/[aeiouy]/.test(short)) out['abbreviation']++;
    else if (otherAbdName(x, y) || (long.startsWith(short) && long.length - short.length >= 3)) out['longer name']++;
    else if (contrast >= 0.5) out['vowel contrast']++;
    else out['other']++;
  }
  return out;
}

const dmCodes = (s: string): string[] => doubleMetaphone(s).filter(Boolean);
const baselines: Record<string, { pair: (a: string, b: string) => boolean; cluster: (xs: string[]) => string[][] }> = {
  'Soundex': {
    pair: (a, b) => soundex(a) === soundex(b),
    cluster: (xs) => groupBy(xs, (x) => soundex(x)),
  },
  'Double Metaphone': {
    pair: (a, b) => { const cb = dmCodes(b); return dmCodes(a).some((c) => cb.includes(c)); },
    cluster: (xs) => groupBy(xs, (x) => doubleMetaphone(x)[0]),
  },
  'Jaro-Winkler>=0.9': {
    pair: (a, b) => jaroWinkler(a, b) >= 0.9,
    cluster: (xs) => linkAll(xs, (a, b) => jaroWinkler(a, b) >= 0.9),
  },
};

function groupBy(xs: readonly string[], key: (x: string) => string): string[][] {
  const m = new Map<string, string[]>();
  for (const x of xs) {
    const k = key(x);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(x);
  }
  return [...m.values()];
}

/** Single-linkage over all pairs (baseline only). */
function linkAll(xs: readonly string[], same: (a: string, b: string) => boolean): string[][] {
  const parent = xs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) if (same(xs[i]!, xs[j]!)) parent[find(i)] = find(j);
  return groupBy(xs.map((_, i) => String(i)), (i) => String(find(Number(i)))).map((g) => g.map((i) => xs[Number(i)]!));
}

/** B-cubed precision/recall/F1 of predicted groups against gold labels. */
function bcubed(groups: readonly string[][], gold: ReadonlyMap<string, number>): PRF {
  let p = 0, r = 0, n = 0;
  const goldSize = new Map<number, number>();
  for (const g of gold.values()) goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
  for (const g of groups) {
    const counts = new Map<number, number>();
    for (const x of g) counts.set(gold.get(x)!, (counts.get(gold.get(x)!) ?? 0) + 1);
    for (const x of g) {
      const same = counts.get(gold.get(x)!)!;
      p += same / g.length;
      r += same / goldSize.get(gold.get(x)!)!;
      n++;
    }
  }
  p /= n; r /= n;
  return { p, r, f: (2 * p * r) / (p + r) };
}

/** Distinct spellings of rows with their row as gold label; spellings under two Arabic words are left out. */
function pooled(rows: readonly Row[]): Map<string, number> {
  const where = new Map<string, Set<number>>();
  rows.forEach((r, i) => r.spellings.forEach((s) => { if (!where.has(s)) where.set(s, new Set()); where.get(s)!.add(i); }));
  const gold = new Map<string, number>();
  for (const [s, set] of where) if (set.size === 1) gold.set(s, [...set][0]!);
  return gold;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const line = (name: string, m: PRF): string => `  ${name.padEnd(26)} P ${pct(m.p)}  R ${pct(m.r)}  F1 ${pct(m.f)}`;

/** Pairs that must stay apart whatever the tuning (the issue's traps), and pairs that must meet. */
const TRAPS: ReadonlyArray<[string, string]> = [
  ['hassan', 'hussein'], ['hamid', 'hamad'], ['hamad', 'ahmad'], ['hamid', 'ahmad'], ['khamenei', 'khomeini'],
  ['nasrallah', 'fadlallah'], ['menfi', 'mangoush'], ['saied', 'saif'], ['hasan', 'husain'],
];

/** Pairs the unit tests require to meet: the learner may not separate them. */
export const MUST_MEET: ReadonlyArray<[string, string]> = [
  ['al-kadhimi', 'al-kazemi'], ['hassan', 'hasan'], ['hussein', 'hussain'], ['hussein', 'hossein'], ['mohammed', 'muhammad'],
  ['khalid', 'khaled'], ['gaddafi', 'qaddafi'], ['dbeibah', 'dbeiba'], ['youssef', 'yusuf'], ['hamid', 'hameed'],
];
export const MUST_PART: ReadonlyArray<[string, string]> = [...TRAPS, ['iraq', 'iraqi'], ['kadhim', 'kadhimi']];

/** One tunable number of the options: how to read it, how to set it on a copy, and the values to try. */
interface Knob { name: string; get: (o: ClusterOptions) => number; set: (o: ClusterOptions, v: number) => ClusterOptions; values: readonly number[] }

const costGrid = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.15, 1.3];

function knobs(): Knob[] {
  const out: Knob[] = [
    { name: 'threshold', get: (o) => o.threshold, set: (o, v) => ({ ...o, threshold: v }), values: [0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5] },
    { name: 'perUnit', get: (o) => o.perUnit, set: (o, v) => ({ ...o, perUnit: v }), values: [0, 0.1, 0.2, 0.3, 0.4] },
    { name: 'longFrom', get: (o) => o.longFrom, set: (o, v) => ({ ...o, longFrom: v }), values: [4, 5, 6, 7] },
    { name: 'contrastVeto', get: (o) => o.contrastVeto, set: (o, v) => ({ ...o, contrastVeto: v }), values: [0.5, 0.6, 0.7, 0.8, 99] },
    { name: 'skeletonVeto', get: (o) => o.skeletonVeto, set: (o, v) => ({ ...o, skeletonVeto: v }), values: [0.5, 0.6, 0.63, 0.7, 0.8] },
    { name: 'shortUnits', get: (o) => o.shortUnits, set: (o, v) => ({ ...o, shortUnits: v }), values: [3, 4, 5, 6, 7] },
  ];
  for (const k of ['vowelIndel', 'weakIndel', 'consonantIndel', 'finalVowelIndel', 'initialVowelIndel', 'medialH', 'vowelContrast'] as const) {
    out.push({ name: k, get: (o) => o.weights[k], set: (o, v) => ({ ...o, weights: { ...o.weights, [k]: v } }), values: costGrid });
  }
  for (const c of CONTRAST_PAIRS) {
    out.push({ name: `contrast ${c}`, get: (o) => o.weights.contrastScale?.[c] ?? 1, set: (o, v) => ({ ...o, weights: { ...o.weights, contrastScale: { ...o.weights.contrastScale, [c]: v } } }), values: [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2] });
  }
  const pairs = [...SUBSTITUTIONS.map(([a, b]) => `${a}|${b}`), ...EXTRA_SUBSTITUTIONS];
  for (const key of pairs) {
    const [a, b] = key.split('|') as [string, string];
    const base = SUBSTITUTIONS.find(([x, y]) => x === a && y === b)?.[2] ?? 1;
    out.push({ name: `sub ${key}`, get: (o) => o.weights.sub?.[key] ?? base, set: (o, v) => ({ ...o, weights: { ...o.weights, sub: { ...o.weights.sub, [key]: v } } }), values: costGrid });
  }
  return out;
}

/** Unit pairs outside the hand table that the learner may make cheaper (Yaakov/Yaqoob, Tevfik/Tawfiq, Esther/Eszter). */
const EXTRA_SUBSTITUTIONS = ['X|SH', 'S|T', 'u|ai', 'o|ai', 'e|aw', 'i|aw', 'K|SH'];

interface Score { f: number; fa: number; pa: number; p: number }

/**
 * The learned weighted edit distance: coordinate descent over the options, each unit substitution cost
 * and each vowel contrast, maximizing dev F1 (all rows plus Arabic-origin rows) with dev precision
 * held, refusing any setting that joins a trap or parts a pair the tests require to meet. Dev rows only.
 */
export function learn(dev: readonly Pair[], devArabic: readonly Pair[], start: ClusterOptions = defaultClusterOptions, rounds = 2): { options: ClusterOptions; log: string[] } {
  const score = (o: ClusterOptions): Score | null => {
    if (MUST_PART.some(([a, b]) => sameName(a, b, o)) || MUST_MEET.some(([a, b]) => !sameName(a, b, o))) return null;
    const m = prf(dev, (a, b) => sameName(a, b, o));
    const ma = prf(devArabic, (a, b) => sameName(a, b, o));
    return { f: m.f, fa: ma.f, p: m.p, pa: ma.p };
  };
  const s0 = score(start);
  if (!s0) throw new Error('the starting options already break a trap');
  // Precision may not drop below where it starts (a cheaper cost must pay for itself in recall alone).
  const minP = s0.p;
  const minPa = s0.pa;
  const value = (s: Score | null): number => (!s || s.p < minP || s.pa < minPa ? -1 : s.f + s.fa);
  let best = start;
  let bestV = value(s0);
  const log: string[] = [];
  for (let r = 0; r < rounds; r++) {
    let moved = false;
    for (const k of knobs()) {
      const cur = k.get(best);
      for (const v of k.values) {
        if (v === cur) continue;
        const o = k.set(best, v);
        const sv = value(score(o));
        if (sv > bestV + 2e-3) {
          bestV = sv;
          best = o;
          moved = true;
          log.push(`${k.name} ${cur} → ${v}`);
        }
      }
    }
    if (!moved) break;
  }
  return { options: best, log };
}

function quality(path: string): void {
  const rows = loadRows(path);
  const dev = rows.filter((r) => r.split === 'dev');
  const test = rows.filter((r) => r.split === 'test');
  console.log(`data: ${rows.length} rows (${dev.length} dev, ${test.length} test; ${test.filter((r) => r.arabicOrigin).length} Arabic-origin test rows)`);

  const learned = learn(balancedPairs(dev, 7), balancedPairs(dev.filter((r) => r.arabicOrigin), 7), defaultClusterOptions, 1);
  const ours = learned.options;
  const tuned = ours;
  console.log(`re-learned on dev from the shipped defaults (traps kept apart): ${learned.log.length ? learned.log.join(', ') : 'no change (the defaults are a fixed point)'}`);
  const handRules = { ...defaultClusterOptions, model: null };
  const fit = fitPairModel(balancedPairs(dev, 7), balancedPairs(dev.filter((r) => r.arabicOrigin), 7), MUST_PART, MUST_MEET, handRules);
  const refit = { ...defaultClusterOptions, model: fit.model };
  const same = JSON.stringify(fit.model) === JSON.stringify(defaultClusterOptions.model);
  console.log(`pair model (src/names/pair-model.ts) refit on dev: F1 ${pct(fit.devF1)}, Arabic-origin ${pct(fit.devArabicF1)}, P ${pct(fit.devPrecision)}; ${same ? 'identical to the shipped table' : 'differs from the shipped table:'}`);
  if (!same) console.log(describeModel(fit.model));

  for (const [label, subset] of [['all test rows', test], ['Arabic-origin test rows', test.filter((r) => r.arabicOrigin)]] as const) {
    const pairs = balancedPairs(subset, 11);
    console.log(`\n(1) pair decisions, ${label}: ${pairs.length / 2} same-name + ${pairs.length / 2} different-name pairs`);
    const mine = prf(pairs, (a, b) => sameName(a, b));
    console.log(line('Tadqiq (default options)', mine));
    console.log(line('Tadqiq (tuned on dev)', prf(pairs, (a, b) => sameName(a, b, ours))));
    console.log(line('Tadqiq hand rules alone', prf(pairs, (a, b) => sameName(a, b, handRules))));
    if (!same) console.log(line('Tadqiq (pair model refit)', prf(pairs, (a, b) => sameName(a, b, refit))));
    for (const [name, b] of Object.entries(baselines)) console.log(line(name, prf(pairs, b.pair)));
    const profile = (ps: readonly Pair[]): string => Object.entries(missProfile(ps, (a, b) => sameName(a, b))).map(([k, n]) => `${n} ${k}`).join(', ');
    const devRows = label === 'all test rows' ? dev : dev.filter((r) => r.arabicOrigin);
    console.log(`  Tadqiq's missed same-name pairs: test ${profile(pairs)}; dev ${profile(balancedPairs(devRows, 7))}`);
    const goalF = label === 'all test rows' ? 0.96 : 0.95;
    const met = mine.f >= goalF && mine.p >= 0.97;
    console.log(`  goal F1 ≥ ${pct(goalF).trim()} with P ≥ 97.0: ${met ? 'met' : `NOT met (F1 ${(100 * mine.f).toFixed(2)}, short by ${(100 * Math.max(0, goalF - mine.f)).toFixed(2)} points${mine.p < 0.97 ? `, P short by ${(100 * (0.97 - mine.p)).toFixed(1)}` : ''})`}`);
  }
  for (const [label, subset] of [['all test rows', test], ['Arabic-origin test rows', test.filter((r) => r.arabicOrigin)]] as const) {
    const gold = pooled(subset);
    const xs = [...gold.keys()];
    console.log(`\n(2) pooled clustering, ${label}: ${xs.length} spellings at once, B-cubed`);
    console.log(line('Tadqiq clusterSpellings', bcubed(clusterSpellings(xs), gold)));
    console.log(line('Tadqiq (tuned options)', bcubed(clusterSpellings(xs, tuned), gold)));
    console.log(line('Tadqiq hand rules alone', bcubed(clusterSpellings(xs, handRules), gold)));
    for (const [name, b] of Object.entries(baselines)) console.log(line(name, bcubed(b.cluster(xs), gold)));
  }
  // (3) anchoring: the right Arabic word among 10 starting with the same letter.
  const rand = rng(3);
  const byFirst = new Map<string, string[]>();
  for (const r of rows) { const k = r.arabic[0]!; if (!byFirst.has(k)) byFirst.set(k, []); byFirst.get(k)!.push(r.arabic); }
  for (const [label, subset] of [['all test rows', test], ['Arabic-origin test rows', test.filter((r) => r.arabicOrigin)]] as const) {
    let top1 = 0, total = 0;
    const misses: string[] = [];
    for (const r of subset) {
      const others = byFirst.get(r.arabic[0]!)!.filter((a) => a !== r.arabic);
      for (const s of r.spellings) {
        const pool = [...others];
        const cands: string[] = [];
        while (cands.length < 9 && pool.length) cands.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
        const mine = anchorScore(r.arabic, s);
        const beaten = cands.filter((c) => anchorScore(c, s) >= mine);
        total++;
        if (beaten.length === 0) top1++;
        else if (misses.length < 12) misses.push(`${s}→${beaten[0]} (not ${r.arabic})`);
      }
    }
    console.log(`\n(3) anchoring, ${label}: top-1 ${pct(top1 / total)}% of ${total} spellings among 10 candidates (ties count as misses)`);
    if (misses.length) console.log(`  e.g. misses: ${misses.slice(0, 8).join(', ')}`);
  }
}

function syntheticSpellings(n: number): string[] {
  const rand = rng(42);
  const onsets = ['b', 't', 'th', 'j', 'h', 'kh', 'd', 'dh', 'r', 'z', 's', 'sh', 'f', 'q', 'k', 'l', 'm', 'n', 'w', 'y', 'gh', 'g'];
  const vowels = ['a', 'i', 'u', 'e', 'o', 'ou', 'ee', 'ai', 'aa'];
  const out = new Set<string>();
  while (out.size < n) {
    let s = '';
    const syl = 2 + Math.floor(rand() * 3);
    for (let k = 0; k < syl; k++) s += onsets[Math.floor(rand() * onsets.length)]! + vowels[Math.floor(rand() * vowels.length)]!;
    if (rand() < 0.5) s += onsets[Math.floor(rand() * onsets.length)]!;
    out.add(s);
  }
  return [...out];
}

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

function speed(): void {
  const all = syntheticSpellings(100_000);
  clusterSpellings(all.slice(0, 500)); // warm up
  console.log(`\n(4) speed: clustering distinct synthetic spellings (blocked, blocks over ${BLOCK_CAP} sorted-neighbourhood) vs all pairs`);
  const sizes = [1250, 2500, 5000, 10000, 20000, 40000, 100000];
  const blocked = sizes.map((n) => time(() => clusterSpellings(all.slice(0, n))));
  const pairsAt = [1250, 2500];
  const allPairs = pairsAt.map((n) => time(() => clusterSpellings(all.slice(0, n), {}, true)));
  const compared = sizes.map((n) => candidatePairCount(all.slice(0, n)));
  sizes.forEach((n, i) => {
    const grow = i === 0 ? 1 : n / sizes[i - 1]!;
    const ratio = i === 0 ? '' : `  (×${grow.toFixed(1)} spellings: time ×${(blocked[i]! / blocked[i - 1]!).toFixed(2)}, pairs ×${(compared[i]! / compared[i - 1]!).toFixed(2)}; all pairs would be ×${(grow * grow).toFixed(1)})`;
    console.log(`  blocked   n=${String(n).padStart(6)}: ${blocked[i]!.toFixed(0).padStart(6)} ms (${((1000 * blocked[i]!) / n).toFixed(0).padStart(3)} µs per spelling), ${String(compared[i]!).padStart(8)} pairs compared, ${(compared[i]! / n).toFixed(1)} per spelling (all pairs: ${(n * (n - 1)) / 2})${ratio}`);
  });
  // Each spelling is compared with at most BLOCK_CAP others per blocking key it holds (all pairs in a block
  // up to BLOCK_CAP, its BLOCK_CAP sorted neighbours in a larger one), so pairs per spelling cannot pass
  // BLOCK_CAP × the mean number of keys, whatever n: the cost is linear in n once blocks fill, plus the sort.
  const keys = all.reduce((sum, s) => sum + blockingKeys(soundUnits(comparableCore(s)), 3).length, 0) / all.length;
  const last = sizes.length - 1;
  const slope = (i: number, j: number, ys: readonly number[]): number => Math.log(ys[j]! / ys[i]!) / Math.log(sizes[j]! / sizes[i]!);
  console.log(`  pairs per spelling are bounded by ${BLOCK_CAP} × ${keys.toFixed(2)} keys = ${(BLOCK_CAP * keys).toFixed(0)} (all pairs: n/2); at n=${sizes[last]} they are ${(compared[last]! / sizes[last]!).toFixed(1)}`);
  console.log(`  growth exponent (1 is linear, 2 is all pairs) from n=${sizes[last - 2]} to ${sizes[last]}: pairs ${slope(last - 2, last, compared).toFixed(2)}, time ${slope(last - 2, last, blocked).toFixed(2)}`);
  pairsAt.forEach((n, i) => console.log(`  all pairs n=${String(n).padStart(6)}: ${allPairs[i]!.toFixed(0).padStart(6)} ms`));
  const at10k = blocked[sizes.indexOf(10000)]!;
  const extrapolated = allPairs[1]! * (10000 / 2500) ** 2;
  console.log(`  all pairs n=10000 (extrapolated ×16 from n=2500): ~${(extrapolated / 1000).toFixed(1)} s; blocked is ${(extrapolated / at10k).toFixed(0)}× faster`);
  console.log(`  goal: 10,000 spellings under 1 s: ${at10k < 1000 ? 'met' : 'NOT met'} (${at10k.toFixed(0)} ms); 100,000 spellings: ${blocked[blocked.length - 1]!.toFixed(0)} ms`);
}

const bench: Bench = {
  name: 'names',
  description: 'name spelling clustering: quality on the names data set (with a path) and speed',
  needsPath: false,
  async run(args: string[]): Promise<void> {
    const path = args[0];
    if (path) quality(path);
    else console.log('quality parts skipped: give the path to clusters_full.tsv (npm run bench -- names <path>)');
    speed();
  },
};

export default bench;
