/**
 * Names benchmark: `npm run bench -- names <path to clusters_full.tsv>`.
 * Quality (tuned on dev rows, reported on test rows, beside Soundex, Double Metaphone and
 * Jaro-Winkler from talisman, in the same run): pair decisions, pooled clustering (B-cubed), anchoring.
 * Speed (always, on synthetic spellings): clustering time from 1,250 to 10,000 spellings beside all-pairs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Bench } from './run.js';
import { candidatePairCount, clusterSpellings, defaultClusterOptions, sameName, type ClusterOptions } from '../src/names/cluster.js';
import { anchorScore } from '../src/names/anchor-score.js';

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

function loadRows(path: string): Row[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const header = lines.shift() ?? '';
  if (!header.startsWith('arabic_name')) throw new Error(`${path}: not clusters_full.tsv (first line is "${header.slice(0, 40)}")`);
  return lines.map((l) => {
    const cols = l.split('\t');
    const variants = (cols[5] ?? '').split('|').map((v) => v.trim().split(':')[0]!).filter(Boolean);
    return { arabic: cols[0]!, arabicOrigin: cols[2] === '1', split: cols[3] === 'test' ? 'test' : 'dev', spellings: variants };
  });
}

/** Deterministic PRNG so every run samples the same pairs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pair = [string, string, boolean];

/** Same-name pairs within rows, and as many different-name pairs across rows sharing a first letter. */
function balancedPairs(rows: readonly Row[], seed: number): Pair[] {
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

/** Pairs that must stay apart whatever the tuning (the traps), and pairs that must meet. */
const TRAPS: ReadonlyArray<[string, string]> = [
  ['hassan', 'hussein'], ['hamid', 'hamad'], ['hamad', 'ahmad'], ['hamid', 'ahmad'], ['khamenei', 'khomeini'],
  ['nasrallah', 'fadlallah'], ['menfi', 'mangoush'], ['saied', 'saif'], ['hasan', 'husain'],
];

/** Best dev F1 with dev precision ≥ 0.975 among settings that keep every trap apart. */
function tune(dev: readonly Pair[]): Partial<ClusterOptions> {
  let best: { o: Partial<ClusterOptions>; f: number } = { o: {}, f: -1 };
  for (const [vowelIndel, contrastVeto] of [[0.45, 0.6], [0.45, 99], [0.35, 0.6]] as const) {
    const weights = { ...defaultClusterOptions.weights, vowelIndel };
    for (let t = 0.5; t <= 1.61; t += 0.05) {
      for (const perUnit of [0, 0.1, 0.2, 0.3]) {
        for (const longFrom of [4, 5, 6]) {
          const o = { ...defaultClusterOptions, threshold: +t.toFixed(2), perUnit, longFrom, weights, contrastVeto };
          if (TRAPS.some(([a, b]) => sameName(a, b, o))) continue;
          const m = prf(dev, (a, b) => sameName(a, b, o));
          if (m.p >= 0.975 && m.f > best.f) best = { o: { threshold: o.threshold, perUnit, longFrom, weights, contrastVeto }, f: m.f };
        }
      }
    }
  }
  return best.o;
}

function quality(path: string): void {
  const rows = loadRows(path);
  const dev = rows.filter((r) => r.split === 'dev');
  const test = rows.filter((r) => r.split === 'test');
  console.log(`data: ${rows.length} rows (${dev.length} dev, ${test.length} test; ${test.filter((r) => r.arabicOrigin).length} Arabic-origin test rows)`);

  const tuned = tune(balancedPairs(dev, 7));
  const ours = { ...defaultClusterOptions, ...tuned };
  console.log(`tuned on dev (traps kept apart): threshold ${ours.threshold}, perUnit ${ours.perUnit} beyond ${ours.longFrom} units, vowelIndel ${ours.weights.vowelIndel}, contrastVeto ${ours.contrastVeto} (defaults: ${defaultClusterOptions.threshold}, ${defaultClusterOptions.perUnit}, ${defaultClusterOptions.weights.vowelIndel}, ${defaultClusterOptions.contrastVeto})`);

  for (const [label, subset] of [['all test rows', test], ['Arabic-origin test rows', test.filter((r) => r.arabicOrigin)]] as const) {
    const pairs = balancedPairs(subset, 11);
    console.log(`\n(1) pair decisions, ${label}: ${pairs.length / 2} same-name + ${pairs.length / 2} different-name pairs`);
    console.log(line('Tadqiq (default options)', prf(pairs, (a, b) => sameName(a, b))));
    console.log(line('Tadqiq (tuned on dev)', prf(pairs, (a, b) => sameName(a, b, ours))));
    for (const [name, b] of Object.entries(baselines)) console.log(line(name, prf(pairs, b.pair)));
  }
  for (const [label, subset] of [['all test rows', test], ['Arabic-origin test rows', test.filter((r) => r.arabicOrigin)]] as const) {
    const gold = pooled(subset);
    const xs = [...gold.keys()];
    console.log(`\n(2) pooled clustering, ${label}: ${xs.length} spellings at once, B-cubed`);
    console.log(line('Tadqiq clusterSpellings', bcubed(clusterSpellings(xs), gold)));
    console.log(line('Tadqiq (tuned options)', bcubed(clusterSpellings(xs, tuned), gold)));
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
  const all = syntheticSpellings(10000);
  clusterSpellings(all.slice(0, 500)); // warm up
  console.log('\n(4) speed: clustering distinct synthetic spellings (blocked) vs all pairs');
  const sizes = [1250, 2500, 5000, 10000];
  const blocked = sizes.map((n) => time(() => clusterSpellings(all.slice(0, n))));
  const pairsAt = [1250, 2500];
  const allPairs = pairsAt.map((n) => time(() => clusterSpellings(all.slice(0, n), {}, true)));
  const compared = sizes.map((n) => candidatePairCount(all.slice(0, n)));
  sizes.forEach((n, i) => {
    const ratio = i === 0 ? '' : `  (time ×${(blocked[i]! / blocked[i - 1]!).toFixed(2)}, pairs ×${(compared[i]! / compared[i - 1]!).toFixed(2)} for ×2 spellings; all pairs would be ×4)`;
    console.log(`  blocked   n=${String(n).padStart(5)}: ${blocked[i]!.toFixed(0).padStart(6)} ms, ${compared[i]!} pairs compared (all pairs: ${(n * (n - 1)) / 2})${ratio}`);
  });
  pairsAt.forEach((n, i) => console.log(`  all pairs n=${String(n).padStart(5)}: ${allPairs[i]!.toFixed(0).padStart(6)} ms`));
  const extrapolated = allPairs[1]! * (10000 / 2500) ** 2;
  console.log(`  all pairs n=10000 (extrapolated ×16 from n=2500): ~${(extrapolated / 1000).toFixed(1)} s; blocked is ${(extrapolated / blocked[3]!).toFixed(0)}× faster`);
  console.log(`  goal: 10,000 spellings under 1 s: ${blocked[3]! < 1000 ? 'met' : 'NOT met'} (${blocked[3]!.toFixed(0)} ms)`);
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
