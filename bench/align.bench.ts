/**
 * Alignment quality and speed.
 *   npm run bench -- align              gold fixture corpus (tests/fixtures/align) + timing on synthetic text
 *   npm run bench -- align <ntrex dir>  also NTREX news (data/parallel/ntrex): lines joined into paragraphs of
 *                                       3–5 lines and into whole documents, plus robustness variants
 * Every quality figure is printed beside plain length-only Gale–Church (no anchors, no furniture or
 * paragraph rules, fixed ratio) run in the same process; timings are for 10k and 100k English words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Bench } from './run.js';
import type { Segment, TextRange } from '../src/model.js';
import { alignDocuments, alignSentences, type AlignOptions } from '../src/align/align.js';
import { LENGTH_ONLY_PARAMS } from '../src/align/groupCost.js';
import { splitSentences } from '../src/text/sentences.js';
import { buildCase, linkPairs, loadCorpus, predictedGroups, score, type Score } from '../tests/fixtures/align/corpus.js';
import { rng } from './rng.js';

const OURS: AlignOptions = {};
const BASELINE: AlignOptions = { anchors: false, adaptiveRatio: false, params: LENGTH_ONLY_PARAMS };


interface Line {
  text: string;
  /** Gold label: the NTREX line number it translates, or null for clutter. */
  label: number | null;
}

interface Pair {
  source: Line[][];
  target: Line[][];
}

interface Rendered {
  text: string;
  items: TextRange[];
  labels: (number | null)[];
}

function render(paragraphs: Line[][]): Rendered {
  let text = '';
  const items: TextRange[] = [];
  const labels: (number | null)[] = [];
  paragraphs.forEach((para, p) => {
    if (p > 0) text += '\n';
    para.forEach((line, k) => {
      if (k > 0) text += ' ';
      items.push({ start: text.length, end: text.length + line.text.length });
      labels.push(line.label);
      text += line.text;
    });
  });
  return { text, items, labels };
}

function overlapping(items: TextRange[], range: TextRange | null): number[] {
  if (!range) return [];
  const out: number[] = [];
  // Items are sorted; a linear scan is fine at benchmark sizes.
  for (let k = 0; k < items.length; k++) {
    const r = items[k]!;
    if (r.start >= range.end) break;
    if (r.end > range.start) out.push(k);
  }
  return out;
}

interface Tally {
  tp: number;
  predicted: number;
  gold: number;
  clutter: number;
  clutterAlone: number;
}

const emptyTally = (): Tally => ({ tp: 0, predicted: 0, gold: 0, clutter: 0, clutterAlone: 0 });

function tallyPair(pair: Pair, options: AlignOptions, into: Tally): void {
  const src = render(pair.source);
  const tgt = render(pair.target);
  const segments = alignDocuments(src.text, tgt.text, options);
  const predicted = new Set<string>();
  const linkedTargets = new Set<number>();
  for (const seg of segments) {
    const s = overlapping(src.items, seg.sourceRange);
    const t = overlapping(tgt.items, seg.targetRange);
    for (const a of s) {
      for (const e of t) {
        predicted.add(`${src.labels[a] ?? `c${a}`}|${tgt.labels[e] ?? `c${e}`}`);
        linkedTargets.add(e);
      }
    }
  }
  const srcLabels = new Set(src.labels.filter((l): l is number => l !== null));
  const gold = new Set<string>();
  for (const l of tgt.labels) if (l !== null && srcLabels.has(l)) gold.add(`${l}|${l}`);
  for (const p of predicted) if (gold.has(p)) into.tp++;
  into.predicted += predicted.size;
  into.gold += gold.size;
  tgt.labels.forEach((l, e) => {
    if (l !== null) return;
    into.clutter++;
    if (!linkedTargets.has(e)) into.clutterAlone++;
  });
}

/**
 * The ceiling set by sentence splitting: the best links any aligner could produce from these
 * sentences. A sentence that runs across two gold lines (a title without a period, "U.S." before a
 * capital) links both lines wherever it goes. Groups are the connected components of "shares a gold line".
 */
function tallyCeiling(pair: Pair, into: Tally): void {
  const src = render(pair.source);
  const tgt = render(pair.target);
  const { source, target } = alignSentences(src.text, tgt.text, { anchors: false });
  const labelsOf = (items: TextRange[], labels: (number | null)[], r: TextRange): number[] =>
    overlapping(items, r).map((k) => labels[k]).filter((l): l is number => l !== null);
  const srcLabels = source.sentences.map((r) => labelsOf(src.items, src.labels, r));
  const tgtLabels = target.sentences.map((r) => labelsOf(tgt.items, tgt.labels, r));
  // Union-find over source sentences (0..S-1) and target sentences (S..S+T-1) joined through shared labels.
  const parent = Array.from({ length: srcLabels.length + tgtLabels.length }, (_, k) => k);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const firstWith = new Map<number, number>();
  [...srcLabels, ...tgtLabels].forEach((labels, node) => {
    for (const l of labels) {
      const other = firstWith.get(l);
      if (other === undefined) firstWith.set(l, node);
      else parent[find(node)] = find(other);
    }
  });
  const groups = new Map<number, { s: Set<number>; t: Set<number> }>();
  [...srcLabels, ...tgtLabels].forEach((labels, node) => {
    const root = find(node);
    const g = groups.get(root) ?? { s: new Set<number>(), t: new Set<number>() };
    groups.set(root, g);
    for (const l of labels) (node < srcLabels.length ? g.s : g.t).add(l);
  });
  const predicted = new Set<string>();
  for (const g of groups.values()) for (const a of g.s) for (const e of g.t) predicted.add(`${a}|${e}`);
  const srcSet = new Set(src.labels.filter((l): l is number => l !== null));
  const gold = new Set<string>();
  for (const l of tgt.labels) if (l !== null && srcSet.has(l)) gold.add(`${l}|${l}`);
  for (const p of predicted) if (gold.has(p)) into.tp++;
  into.predicted += predicted.size;
  into.gold += gold.size;
}

function fromTally(t: Tally): Score {
  return score(new Set(Array.from({ length: t.predicted }, (_, k) => (k < t.tp ? `t${k}` : `p${k}`))),
    new Set(Array.from({ length: t.gold }, (_, k) => `t${k}`)));
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
function row(label: string, ours: Score, base: Score, extra = '', ceiling?: Score): string {
  const top = ceiling ? `   | ceiling F1 ${pct(ceiling.f1)}` : '';
  return `${label.padEnd(26)} P ${pct(ours.precision)} R ${pct(ours.recall)} F1 ${pct(ours.f1)}   | baseline P ${pct(base.precision)} R ${pct(base.recall)} F1 ${pct(base.f1)}${top}${extra}`;
}

// ---------------------------------------------------------------- fixture corpus

function benchFixtures(): void {
  const corpus = loadCorpus();
  const totals = { ours: { tp: 0, p: 0, g: 0 }, base: { tp: 0, p: 0, g: 0 } };
  let exact = 0;
  let baseExact = 0;
  for (const gold of corpus) {
    const built = buildCase(gold);
    const goldPairs = linkPairs(gold.links);
    for (const [which, options] of [['ours', OURS], ['base', BASELINE]] as const) {
      const groups = predictedGroups(alignDocuments(built.source, built.target, options), built);
      const s = score(linkPairs(groups), goldPairs);
      totals[which].tp += s.tp;
      totals[which].p += s.predicted;
      totals[which].g += s.gold;
      if (JSON.stringify(groups) === JSON.stringify(gold.links)) {
        if (which === 'ours') exact++;
        else baseExact++;
      }
    }
  }
  const s = (t: { tp: number; p: number; g: number }): Score => fromTally({ tp: t.tp, predicted: t.p, gold: t.g, clutter: 0, clutterAlone: 0 });
  console.log(`fixture corpus: ${corpus.length} article pairs (merges, splits, 1-3/1-4, drops on each side, clutter)`);
  console.log(row('links', s(totals.ours), s(totals.base), `\n${''.padEnd(26)} exact groups (incl. unaligned) ${exact}/${corpus.length}   | baseline ${baseExact}/${corpus.length}`));
}

// ---------------------------------------------------------------- NTREX

interface Doc {
  id: string;
  ar: string[];
  en: string[];
}

export function loadNtrex(dir: string): Doc[] {
  const names = readdirSync(dir).filter((f) => f.endsWith('.en.txt')).sort();
  if (names.length === 0) throw new Error(`no doc_NNN.en.txt files in ${dir}`);
  return names.map((f) => {
    const lines = (p: string): string[] => readFileSync(join(dir, p), 'utf8').replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
    const en = lines(f);
    const ar = lines(f.replace(/\.en\.txt$/, '.ar.txt'));
    if (ar.length !== en.length) throw new Error(`${f}: ${en.length} English lines but ${ar.length} Arabic lines`);
    return { id: f.replace(/\.en\.txt$/, ''), ar, en };
  });
}

const CLUTTER = [
  'Leave a Reply Cancel reply',
  'Share this: Facebook Twitter WhatsApp Email',
  'Your email address will not be published. Required fields are marked *',
  'Read more: the latest news from the region',
  'Advertisement',
  'Follow us on Twitter and Facebook',
  'Copyright © 2024 All rights reserved',
  'Sign up for our daily newsletter',
];

/** Paragraph sizes of 3–5 lines, the same on both sides. */
function chunk(n: number, random: () => number): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left > 0) {
    const k = Math.min(left, 3 + Math.floor(random() * 3));
    sizes.push(k);
    left -= k;
  }
  return sizes;
}

function paragraphsOf(lines: Line[], sizes: number[]): Line[][] {
  const out: Line[][] = [];
  let at = 0;
  for (const k of sizes) {
    out.push(lines.slice(at, at + k));
    at += k;
  }
  return out;
}

export type Variant = 'paragraphs' | 'whole' | 'deleted' | 'duplicated' | 'clutter';

/** Link scores of one configuration on one NTREX variant (exported for parameter sweeps). */
export function scoreVariant(docs: Doc[], variant: Variant, options: AlignOptions): Score {
  const t = emptyTally();
  docs.forEach((doc, k) => tallyPair(makePair(doc, variant, 1000 + k), options, t));
  return fromTally(t);
}

function makePair(doc: Doc, variant: Variant, seed: number): Pair {
  const random = rng(seed);
  const ar: Line[] = doc.ar.map((text, i) => ({ text, label: i }));
  const en: Line[] = doc.en.map((text, i) => ({ text, label: i }));
  if (variant === 'whole') return { source: [ar], target: [en] };
  const sizes = chunk(ar.length, random);
  const source = paragraphsOf(ar, sizes);
  const target = paragraphsOf(en, sizes);
  const pick = (): number => Math.floor(random() * ar.length);
  if (variant === 'deleted') {
    const victim = pick();
    for (const para of target) {
      const k = para.findIndex((l) => l.label === victim);
      if (k >= 0) para.splice(k, 1);
    }
  } else if (variant === 'duplicated') {
    const twin = pick();
    for (const para of source) {
      const k = para.findIndex((l) => l.label === twin);
      if (k >= 0) para.splice(k + 1, 0, { ...para[k]! });
    }
  } else if (variant === 'clutter') {
    const where = Math.floor(random() * (target.length + 1));
    target.splice(where, 0, [{ text: CLUTTER[seed % CLUTTER.length]!, label: null }]);
  }
  return { source: source.filter((p) => p.length > 0), target: target.filter((p) => p.length > 0) };
}

function benchNtrex(dir: string): void {
  const docs = loadNtrex(dir);
  const lines = docs.reduce((n, d) => n + d.en.length, 0);
  console.log(`\nNTREX: ${docs.length} documents, ${lines} gold lines; source = Arabic, target = English`);
  console.log('(ceiling = best F1 any aligner could reach with these sentence splits; sentences that run across two gold lines cost precision)');
  const variants: [Variant, string][] = [
    ['paragraphs', 'paragraphs of 3-5 lines'],
    ['whole', 'whole document'],
    ['deleted', '3-5, English line deleted'],
    ['duplicated', '3-5, Arabic line doubled'],
    ['clutter', '3-5, clutter line added'],
  ];
  for (const [variant, label] of variants) {
    const ours = emptyTally();
    const base = emptyTally();
    const ceiling = emptyTally();
    docs.forEach((doc, k) => {
      const pair = makePair(doc, variant, 1000 + k);
      tallyPair(pair, OURS, ours);
      tallyPair(pair, BASELINE, base);
      tallyCeiling(pair, ceiling);
    });
    const extra = variant === 'clutter'
      ? `\n${''.padEnd(26)} clutter lines left unaligned ${ours.clutterAlone}/${ours.clutter}   | baseline ${base.clutterAlone}/${base.clutter}`
      : '';
    console.log(row(label, fromTally(ours), fromTally(base), extra, fromTally(ceiling)));
  }
}

// ---------------------------------------------------------------- speed

function synthetic(sourceParas: string[], targetParas: string[], words: number): { source: string; target: string } {
  const src: string[] = [];
  const tgt: string[] = [];
  let count = 0;
  while (count < words) {
    for (let k = 0; k < targetParas.length && count < words; k++) {
      src.push(sourceParas[k]!);
      tgt.push(targetParas[k]!);
      count += targetParas[k]!.split(/\s+/).length;
    }
  }
  return { source: src.join('\n'), target: tgt.join('\n') };
}

/** Median wall and CPU milliseconds. CPU time is the steadier figure on a machine shared with other jobs. */
function timeIt(f: () => Segment[], runs: number): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: median(wall), cpu: median(cpu) };
}

function benchSpeed(sourceParas: string[], targetParas: string[], from: string): void {
  const small = synthetic(sourceParas, targetParas, 10_000);
  const large = synthetic(sourceParas, targetParas, 100_000);
  alignDocuments(small.source, small.target); // warm up the JIT and Intl.Segmenter
  const ours10 = timeIt(() => alignDocuments(small.source, small.target, OURS), 5);
  const ours100 = timeIt(() => alignDocuments(large.source, large.target, OURS), 3);
  const base10 = timeIt(() => alignDocuments(small.source, small.target, BASELINE), 5);
  const base100 = timeIt(() => alignDocuments(large.source, large.target, BASELINE), 3);
  const ms = (t: { wall: number; cpu: number }): string => `${t.wall.toFixed(0).padStart(5)} ms wall ${t.cpu.toFixed(0).padStart(5)} ms cpu`;
  console.log(`\nspeed (synthetic pairs from ${from}; median, includes paragraph/sentence splitting):`);
  console.log(`  10k words  ${ms(ours10)}   | baseline ${ms(base10)}`);
  console.log(`  100k words ${ms(ours100)}   | baseline ${ms(base100)}`);
  console.log(`  growth 10k→100k (cpu) ×${(ours100.cpu / ours10.cpu).toFixed(1)} (linear = ×10)   | baseline ×${(base100.cpu / base10.cpu).toFixed(1)}`);
  // Pasted Arabic often loses its line breaks: then every sentence is aligned in one banded pass.
  const flatSource = large.source.replace(/\n/g, ' ');
  const oneParagraph = timeIt(() => alignDocuments(flatSource, large.target, OURS), 1);
  const oneParagraphBase = timeIt(() => alignDocuments(flatSource, large.target, BASELINE), 1);
  console.log(`  100k words, Arabic without paragraph breaks ${ms(oneParagraph)}   | baseline ${ms(oneParagraphBase)}`);
  // Sentence splitting of one such paragraph, cut into pieces (the shipped path) against Intl.Segmenter on the
  // whole paragraph (Infinity: never cut), which grows much faster than the text.
  const flatSmall = small.source.replace(/\n/g, ' ');
  const split = (text: string, chunkChars?: number): number => {
    const c0 = process.cpuUsage();
    splitSentences(text, 'ar', undefined, chunkChars);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  split(flatSmall);
  const cut10 = split(flatSmall);
  const cut100 = split(flatSource);
  const whole10 = split(flatSmall, Infinity);
  const whole100 = split(flatSource, Infinity);
  const cpuMs = (x: number): string => `${x.toFixed(0).padStart(5)} ms cpu`;
  console.log(`    splitSentences on the one paragraph: 10k words ${cpuMs(cut10)}, 100k words ${cpuMs(cut100)}, growth ×${(cut100 / cut10).toFixed(1)} (linear = ×10)`);
  console.log(`      | uncut segmenter: 10k words ${cpuMs(whole10)}, 100k words ${cpuMs(whole100)}, growth ×${(whole100 / whole10).toFixed(1)}`);
  // English with no period before a capital anywhere: only the cuts after ! and ? keep the pieces short.
  const exclaimed = (words: number): string => Array.from({ length: words }, (_, i) => ['the', 'minister.', 'said', 'kadhimi!', 'talks', 'in', 'baghdad?'][i % 7]).join(' ');
  const splitEn = (text: string, chunkChars?: number): number => {
    const c0 = process.cpuUsage();
    splitSentences(text, 'en', undefined, chunkChars);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const [ex5, ex40] = [exclaimed(5_000), exclaimed(40_000)];
  splitEn(ex5);
  const exCut = [splitEn(ex5), splitEn(ex40)];
  const exWhole = [splitEn(ex5, Infinity), splitEn(ex40, Infinity)];
  console.log(`    splitSentences on lowercase sentences after ! and ?: 5k words ${cpuMs(exCut[0]!)}, 40k words ${cpuMs(exCut[1]!)}, growth ×${(exCut[1]! / exCut[0]!).toFixed(1)} (linear = ×8)`);
  console.log(`      | uncut segmenter: 5k words ${cpuMs(exWhole[0]!)}, 40k words ${cpuMs(exWhole[1]!)}, growth ×${(exWhole[1]! / exWhole[0]!).toFixed(1)}`);
}

const bench: Bench = {
  name: 'align',
  description: 'sentence alignment: link precision/recall/F1 on the gold fixtures (and NTREX with a path), speed on 10k/100k words',
  needsPath: false,
  async run(args: string[]): Promise<void> {
    benchFixtures();
    const dir = args[0];
    if (dir) {
      benchNtrex(dir);
      const docs = loadNtrex(dir);
      const paras = docs.map((d) => makePair(d, 'paragraphs', 7));
      const flat = (side: 'source' | 'target'): string[] =>
        paras.flatMap((p) => p[side].map((para) => para.map((l) => l.text).join(' ')));
      benchSpeed(flat('source'), flat('target'), 'NTREX paragraphs');
    } else {
      const corpus = loadCorpus();
      benchSpeed(
        corpus.flatMap((c) => c.ar.map((p) => p.join(' '))),
        corpus.flatMap((c) => c.en.map((p) => p.join(' '))),
        'the fixture corpus',
      );
    }
  },
};

export default bench;
