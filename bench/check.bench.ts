/**
 * `npm run bench -- check`: the whole engine (alignment + every check) on article pairs of 10,000 to 100,000
 * words built from the fixtures. Baselines in the same run: the time to merely normalize both texts (a floor
 * no engine can beat), and the 10,000-word time scaled linearly (so growth shows as a ratio near 1.0).
 * CPU time is printed beside wall time: on a machine shared with other jobs it is the steadier figure.
 */
import type { Bench } from './run.js';
import { analyze, runChecks } from '../src/analyze.js';
import { alignDocuments } from '../src/align/align.js';
import { defaultAnalyzeOptions } from '../src/model.js';
import { MAX_REMEMBERED_ARTICLES } from '../src/api/names.js';
import { glossaryCandidates } from '../src/names/glossary-candidates.js';
import { articleNameRecord, type RememberedName } from '../src/names/name-memory.js';
import type { NameGroup } from '../src/names/types.js';
import { normalizeArabic, normalizeEnglish } from '../src/text/normalize.js';
import { buildPair } from './fixturePairs.js';
import { fmt, table, timeMs } from './timing.js';

const SIZES = [10_000, 20_000, 50_000, 100_000];

/** Median CPU milliseconds of `runs` calls (this process, all threads: the garbage collector's work counts). */
function cpuMs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const bench: Bench = {
  name: 'check',
  description: 'engine time (align + all checks) from 10k to 100k words, against a normalize-only floor; the name memory of saved reviews at its limit',
  needsPath: false,
  async run() {
    // Warm up the JIT on the smallest size itself: it is the linear baseline, and a cold first size made
    // every larger one look better than linear.
    const warm = buildPair(SIZES[0]!);
    for (let i = 0; i < 3; i++) analyze(warm.source, warm.target);
    const rows: Array<Record<string, string | number>> = [];
    let base: { words: number; ms: number; cpu: number } | null = null;
    for (const size of SIZES) {
      const pair = buildPair(size);
      const floor = timeMs(() => {
        normalizeArabic(pair.source);
        normalizeEnglish(pair.target);
      });
      let findings = 0;
      const ms = timeMs(() => {
        findings = analyze(pair.source, pair.target).findings.length;
      }, size >= 50_000 ? 3 : 5);
      const cpu = cpuMs(() => analyze(pair.source, pair.target), size >= 50_000 ? 3 : 5);
      base ??= { words: pair.words, ms, cpu };
      const linear = base.ms * (pair.words / base.words);
      rows.push({
        words: pair.words,
        'check time': fmt(ms),
        'cpu time': fmt(cpu),
        'normalize-only floor': fmt(floor),
        'check / floor': (ms / floor).toFixed(1),
        'growth vs linear from 10k': (ms / linear).toFixed(2),
        'cpu growth vs linear': (cpu / (base.cpu * (pair.words / base.words))).toFixed(2),
        findings,
      });
    }
    console.log(table(rows));
    const last = rows[rows.length - 1]!;
    console.log(`\n100k-word check: ${last['check time']} wall, ${last['cpu time']} cpu (target < 1.5 s); growth ratio ${last['growth vs linear from 10k']} (1.00 = linear)`);
    nameMemory();
    console.log(`peak resident memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  },
};

/**
 * The memory of saved reviews (src/names/name-memory.ts) at its limit: MAX_REMEMBERED_ARTICLES records made from
 * the 10k-word pair's own names, a tenth of them the same names (so the lookups hit). Pooling is paid once per
 * memory (the worker keeps it); every later check pays only the lookups. Both as ratios to the check without it.
 */
function nameMemory(): void {
  const pair = buildPair(SIZES[0]!);
  const segments = alignDocuments(pair.source, pair.target);
  const memo = new Map<string, unknown>();
  runChecks(segments, { terms: [] }, defaultAnalyzeOptions, memo);
  const own = articleNameRecord({ id: 'own', title: 'own', recordedAt: '' }, memo.get('names') as NameGroup[]);
  const records = Array.from({ length: MAX_REMEMBERED_ARTICLES }, (_, i) => ({
    ...own,
    id: `r${i}`,
    names: own.names.map((n) => (i % 10 === 0 ? n : renamed(n, i))),
  }));
  const first = timeMs(() => runChecks(segments, { terms: [] }, { ...defaultAnalyzeOptions, earlierArticles: [...records] }), 3);
  // Measured after the first checks with memory, so both figures see the same warmed-up code.
  const without = timeMs(() => runChecks(segments, { terms: [] }, defaultAnalyzeOptions), 5);
  const pooled = timeMs(() => runChecks(segments, { terms: [] }, { ...defaultAnalyzeOptions, earlierArticles: records }), 5);
  console.log(`\nname memory of ${records.length} saved reviews (${own.names.length} names each, ${(JSON.stringify(records).length / 1e6).toFixed(1)} MB as JSON), checks on the ${pair.words}-word pair:`);
  console.log(`  without memory ${fmt(without)}; first check after the memory changes ${fmt(first)} (×${(first / without).toFixed(2)}); every later check ${fmt(pooled)} (×${(pooled / without).toFixed(2)})`);
  // The glossary panel's offer of settled names pools the memory once when it opens (a new list each time here),
  // then only looks again after each approval (the same list).
  const offer = timeMs(() => glossaryCandidates([...records], { terms: [] }, { article: 'as-is' }), 3);
  const again = timeMs(() => glossaryCandidates(records, { terms: [] }, { article: 'as-is' }), 5);
  console.log(`  names offered for the glossary from that memory: ${fmt(offer)} on opening the panel, in its worker (×${(offer / without).toFixed(2)} of a check without memory), ${fmt(again)} after each approval (×${(again / without).toFixed(2)})`);
}

/** Another name of the same shape: every Arabic word suffixed, so a shared name still pools by its full names. */
function renamed(n: RememberedName, i: number): RememberedName {
  const word = (w: string): string => `${w}${i}`;
  const name = (full: string): string => full.split(' ').map(word).join(' ');
  return {
    ...n,
    key: word(n.key),
    ...(n.writtenIn ? { writtenIn: n.writtenIn.map(name) } : {}),
    ...(n.joins ? { joins: n.joins.map((j) => ({ ...j, pair: name(j.pair) })) } : {}),
  };
}

export default bench;
