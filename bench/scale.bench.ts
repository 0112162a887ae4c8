/**
 * `npm run bench -- scale`: newsroom scale, each figure beside a baseline from the same run.
 * - a batch of 1,000 article pairs through `tadqiq check --batch` in one process (baseline: a batch of 10, so the
 *   marginal articles/s excludes start-up);
 * - the CLI's peak resident memory on a 100,000-word pair (baseline: the CLI printing its help);
 * - clustering 10,000 and 100,000 distinct name spellings (growth against linear).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bench } from './run.js';
import { buildPair } from './fixturePairs.js';
import { clusterSpellings } from '../src/names/index.js';
import { fmt, table } from './timing.js';

const root = fileURLToPath(new URL('../', import.meta.url));

function cli(args: string[]): { ms: number; maxRssMb: number; stdout: string } {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/cliMemory.ts'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  const m = /maxrss=([\d.]+) exit=(\d+)/.exec(run.stderr);
  if (!m || Number(m[2]) === 2) throw new Error(`tadqiq ${args.join(' ')} failed:\n${run.stderr}`);
  return { ms, maxRssMb: Number(m[1]), stdout: run.stdout };
}

function batchFolder(pairs: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'tadqiq-batch-'));
  const pair = buildPair(600); // one fixture article each (~600 words), rotating through the fixtures
  const parts = [buildPair(1), buildPair(700), pair];
  for (let i = 0; i < pairs; i++) {
    const p = parts[i % parts.length]!;
    writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.ar.txt`), p.source);
    writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.en.txt`), p.target);
  }
  mkdirSync(join(dir, 'out'));
  return dir;
}

/** Distinct, plausible romanized Arabic name spellings: syllables from common name parts, with spelling noise. */
function spellings(n: number): string[] {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const parts = ['mu', 'ham', 'mad', 'ka', 'dhi', 'zi', 'mi', 'has', 'san', 'hu', 'sein', 'ab', 'dul', 'la', 'rah', 'man', 'fa', 'tma', 'kha', 'lid', 'sa', 'id', 'nas', 'rul', 'lah', 'qa', 'sim', 'ja', 'far', 'ta', 'mim', 'ba', 'kr', 'o', 'ma', 'ra', 'sha', 'ri', 'f', 'yu', 'suf', 'ib', 'ra', 'him', 'ghal', 'ib', 'zay', 'nab', 'tha', 'ni'];
  const out = new Set<string>();
  while (out.size < n) {
    let s = '';
    const len = 2 + Math.floor(rand() * 4);
    for (let k = 0; k < len; k++) s += parts[Math.floor(rand() * parts.length)]!;
    out.add(s[0]!.toUpperCase() + s.slice(1));
  }
  return [...out];
}

function timeOnce(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

const bench: Bench = {
  name: 'scale',
  description: 'batch of 1,000 articles through the CLI, CLI peak memory on 100k words, clustering 10k/100k names',
  needsPath: false,
  async run() {
    // 1. Batch throughput.
    const small = batchFolder(10);
    const large = batchFolder(1000);
    const b10 = cli(['check', '--batch', small, '--out', join(small, 'out')]);
    const b1000 = cli(['check', '--batch', large, '--out', join(large, 'out')]);
    const marginal = 990 / ((b1000.ms - b10.ms) / 1000);
    console.log(table([
      { run: 'batch of 10 pairs (baseline: start-up)', time: fmt(b10.ms), 'articles/s': (10 / (b10.ms / 1000)).toFixed(1) },
      { run: 'batch of 1,000 pairs', time: fmt(b1000.ms), 'articles/s': (1000 / (b1000.ms / 1000)).toFixed(1) },
      { run: 'marginal (1,000 minus 10)', time: fmt(b1000.ms - b10.ms), 'articles/s': marginal.toFixed(1) },
    ]));
    rmSync(small, { recursive: true, force: true });
    rmSync(large, { recursive: true, force: true });

    // 2. Peak memory of the CLI on the 100,000-word pair.
    const dir = mkdtempSync(join(tmpdir(), 'tadqiq-mem-'));
    const big = buildPair(100_000);
    writeFileSync(join(dir, 'big.ar.txt'), big.source);
    writeFileSync(join(dir, 'big.en.txt'), big.target);
    const help = cli(['--help']);
    const check = cli(['check', join(dir, 'big.ar.txt'), join(dir, 'big.en.txt'), '--format', 'json']);
    rmSync(dir, { recursive: true, force: true });
    console.log(`\nCLI peak resident memory: ${check.maxRssMb.toFixed(0)} MB on the ${big.words}-word pair (JSON report), ` +
      `${help.maxRssMb.toFixed(0)} MB printing its help (baseline); ×${(check.maxRssMb / help.maxRssMb).toFixed(1)}; aim < 300 MB: ${check.maxRssMb < 300 ? 'met' : 'NOT met'}`);

    // 3. Clustering many distinct names.
    const names = spellings(100_000);
    clusterSpellings(names.slice(0, 1000)); // warm up
    const t10 = timeOnce(() => clusterSpellings(names.slice(0, 10_000)));
    const t100 = timeOnce(() => clusterSpellings(names));
    console.log(`\nclustering 10,000 distinct spellings: ${fmt(t10)}; 100,000: ${fmt(t100)}; ` +
      `×${(t100 / t10).toFixed(1)} for ×10 names (${(t100 / t10 / 10).toFixed(2)} of linear)`);
  },
};

export default bench;
