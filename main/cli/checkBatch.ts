/**
 * `tadqiq check --batch <folder>`: a newsroom's day of articles in one process. Pairs are NAME.ar.txt + NAME.en.txt;
 * each gets NAME.report.json. A bad pair is reported and skipped; it never stops the others. Names one article
 * spells one way and another article another way go to names-across-articles.json.
 */
import { readdir, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Glossary } from '../../src/model.js';
import { defaultAnalyzeOptions } from '../../src/model.js';
import { runChecks } from '../../src/analyze.js';
import { alignDocuments } from '../../src/align/align.js';
import { namesAcrossArticles, type ArticleNames, type NameAcrossArticles } from '../../src/names/across-articles.js';
import type { NameGroup } from '../../src/names/types.js';
import { atomicWrite } from '../services/atomicWrite.js';
import type { CliIO } from './command.js';
import { UsageError } from './command.js';
import { readTextFile } from './readInput.js';
import { toJsonReport } from './checkReport.js';

const PAIR = /^(.+)\.ar\.txt$/;

/** The cross-article report's file, beside the pairs' reports. */
export const NAMES_ACROSS_FILE = 'names-across-articles.json';

export async function runBatch(folder: string, outFolder: string, glossary: Glossary, io: CliIO): Promise<number> {
  const dir = resolve(io.cwd, folder);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new UsageError(`cannot read folder ${folder}`);
  }
  const present = new Set(names);
  const pairs = names.map((n) => PAIR.exec(n)?.[1]).filter((n): n is string => !!n && present.has(`${n}.en.txt`)).sort();
  if (pairs.length === 0) throw new UsageError(`no article pairs in ${folder} (expected NAME.ar.txt with NAME.en.txt)`);
  const out = resolve(io.cwd, outFolder);
  await mkdir(out, { recursive: true });

  let worst = 0;
  let failed = 0;
  const articleNames: ArticleNames[] = [];
  const started = performance.now();
  for (const name of pairs) {
    try {
      const [source, target] = await Promise.all([readTextFile(join(dir, `${name}.ar.txt`), io.cwd), readTextFile(join(dir, `${name}.en.txt`), io.cwd)]);
      if (!source.text.trim() || !target.text.trim()) throw new UsageError(`${name}: one side is empty`);
      const segments = alignDocuments(source.text, target.text);
      // The name groups the checks computed, kept to compare this article's spellings with the others'.
      const shared = new Map<string, unknown>();
      const analysis = { segments, findings: runChecks(segments, glossary, defaultAnalyzeOptions, shared) };
      articleNames.push({ article: name, groups: (shared.get('names') as NameGroup[] | undefined) ?? [] });
      const report = toJsonReport(analysis, { path: `${name}.ar.txt`, encoding: source.encoding }, { path: `${name}.en.txt`, encoding: target.encoding });
      await atomicWrite(join(out, `${name}.report.json`), `${JSON.stringify(report, null, 2)}\n`, { backup: false });
      const blocking = analysis.findings.filter((f) => f.severity !== 'info').length;
      if (blocking > 0) worst = Math.max(worst, 1);
      io.stdout(`${name}: ${analysis.findings.length} findings (${blocking} errors or warnings)\n`);
    } catch (e) {
      failed++;
      io.stderr(`tadqiq check: ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  const across = namesAcrossArticles(articleNames);
  // Written every run, empty or not, so a list from an earlier run never stands for this one.
  await atomicWrite(join(out, NAMES_ACROSS_FILE), `${JSON.stringify({ tool: 'tadqiq', version: 1, names: across }, null, 2)}\n`, { backup: false });
  if (across.length > 0) {
    worst = Math.max(worst, 1);
    io.stdout(`names spelled differently across articles: ${across.length} (${NAMES_ACROSS_FILE})\n`);
    for (const n of across.slice(0, SHOWN)) io.stdout(`  ${describe(n)}\n`);
    if (across.length > SHOWN) io.stdout(`  and ${across.length - SHOWN} more\n`);
  }
  const seconds = (performance.now() - started) / 1000;
  io.stdout(`${pairs.length - failed} of ${pairs.length} pairs checked in ${seconds.toFixed(1)} s (${((pairs.length - failed) / seconds).toFixed(1)} articles/s); reports in ${outFolder}\n`);
  return failed > 0 ? 2 : worst;
}

/** Names listed on the terminal; the file has them all. */
const SHOWN = 20;

/** الكاظمي: "Kazemi" in 2 articles (a, b), "Kadhimi" in 1 (c). Most articles write "Kazemi"; approve one spelling in the glossary. */
function describe(n: NameAcrossArticles): string {
  const list = (articles: readonly string[]): string => (articles.length > 3 ? `${articles.slice(0, 3).join(', ')} …` : articles.join(', '));
  const uses = n.spellings.map((s, i) => `"${s.spelling}" in ${s.articles.length}${i === 0 ? (s.articles.length === 1 ? ' article' : ' articles') : ''} (${list(s.articles)})`);
  const tie = n.spellings[1]!.articles.length === n.spellings[0]!.articles.length;
  return `${n.arabic}: ${uses.join(', ')}. ${tie ? 'Approve' : `Most articles write "${n.suggested}"; approve`} one spelling in the glossary.`;
}
