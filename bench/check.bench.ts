/**
 * `npm run bench -- check`: the whole engine (alignment + every check) on article pairs of 10,000 to 100,000
 * words built from the fixtures. Baselines in the same run: the time to merely normalize both texts (a floor
 * no engine can beat), and the 10,000-word time scaled linearly (so growth shows as a ratio near 1.0).
 */
import type { Bench } from './run.js';
import { analyze } from '../src/analyze.js';
import { normalizeArabic, normalizeEnglish } from '../src/text/normalize.js';
import { buildPair } from './fixturePairs.js';
import { fmt, table, timeMs } from './timing.js';

const SIZES = [10_000, 20_000, 50_000, 100_000];

const bench: Bench = {
  name: 'check',
  description: 'engine time (align + all checks) from 10k to 100k words, against a normalize-only floor',
  needsPath: false,
  async run() {
    analyze(buildPair(2_000).source, buildPair(2_000).target); // warm up the JIT
    const rows: Array<Record<string, string | number>> = [];
    let base: { words: number; ms: number } | null = null;
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
      base ??= { words: pair.words, ms };
      const linear = base.ms * (pair.words / base.words);
      rows.push({
        words: pair.words,
        'check time': fmt(ms),
        'normalize-only floor': fmt(floor),
        'check / floor': (ms / floor).toFixed(1),
        'growth vs linear from 10k': (ms / linear).toFixed(2),
        findings,
      });
    }
    console.log(table(rows));
    const last = rows[rows.length - 1]!;
    console.log(`\n100k-word check: ${last['check time']} (target < 1.5 s); growth ratio ${last['growth vs linear from 10k']} (1.00 = linear)`);
    console.log(`peak resident memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  },
};

export default bench;
