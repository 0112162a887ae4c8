/**
 * `tadqiq check --batch <folder>`: a newsroom's day of articles in one process. Pairs are NAME.ar.<ext> + NAME.en.<ext>
 * in any article format the engine reads (txt, md, docx, html); each gets NAME.report.json. A bad pair is reported
 * and skipped; it never stops the others. Names one article spells one way and another article another way go to
 * names-across-articles.json; names the articles (and the earlier reviews of --names) settled on, one spelling in at
 * least two, that the glossary lacks go to names-for-glossary.csv, proposed terms for the glossary's Import.
 */
import { readdir, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AnalyzeOptions, Glossary } from '../../src/model.js';
import { defaultAnalyzeOptions } from '../../src/model.js';
import { runChecks } from '../../src/analyze.js';
import { alignDocuments } from '../../src/align/align.js';
import { acrossArticles, type ArticleNames, type JoinAcrossArticles, type NameAcrossArticles } from '../../src/names/across-articles.js';
import { JOIN_NAME } from '../../src/names/joins.js';
import { glossaryCandidates } from '../../src/names/glossary-candidates.js';
import { proposedTermsCsv } from './proposedTerms.js';
import type { NameGroup } from '../../src/names/types.js';
import { atomicWrite } from '../services/atomicWrite.js';
import type { CliIO } from './command.js';
import { UsageError } from './command.js';
import { readTextFile } from './readInput.js';
import { toJsonReport } from './checkReport.js';

/** One side of a pair, in a format that holds one side (a bilingual XLIFF holds both and is checked alone). */
const SIDE = /^(.+)\.(ar|en)\.(txt|text|md|markdown|docx|html?|xhtml)$/i;

interface PairFiles {
  name: string;
  ar: string[];
  en: string[];
}

/** Files grouped into pairs by NAME, in name order; a NAME with only one side is no pair. */
function pairsIn(files: readonly string[]): PairFiles[] {
  const byName = new Map<string, PairFiles>();
  for (const file of files) {
    const m = SIDE.exec(file);
    if (!m) continue;
    const pair = byName.get(m[1]!) ?? { name: m[1]!, ar: [], en: [] };
    byName.set(pair.name, pair);
    pair[m[2]!.toLowerCase() as 'ar' | 'en'].push(file);
  }
  return [...byName.values()].filter((p) => p.ar.length > 0 && p.en.length > 0).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The one file of a side, or a message naming the files to choose from. */
function oneSide(pair: PairFiles, side: 'ar' | 'en'): string {
  const files = pair[side];
  if (files.length > 1) throw new UsageError(`${pair.name}: ${files.length} ${side === 'ar' ? 'Arabic' : 'English'} files (${files.sort().join(', ')}); keep one`);
  return files[0]!;
}

/** The cross-article report's file, beside the pairs' reports. */
export const NAMES_ACROSS_FILE = 'names-across-articles.json';

/** The proposed glossary terms for the names the articles settled on, beside the pairs' reports. */
export const SETTLED_FILE = 'names-for-glossary.csv';

export async function runBatch(folder: string, outFolder: string, glossary: Glossary, io: CliIO, options: AnalyzeOptions = defaultAnalyzeOptions): Promise<number> {
  const dir = resolve(io.cwd, folder);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new UsageError(`cannot read folder ${folder}`);
  }
  const pairs = pairsIn(names);
  if (pairs.length === 0) throw new UsageError(`no article pairs in ${folder} (expected NAME.ar.txt with NAME.en.txt, or .md, .docx, .html)`);
  const out = resolve(io.cwd, outFolder);
  await mkdir(out, { recursive: true });

  let worst = 0;
  let failed = 0;
  const articleNames: ArticleNames[] = [];
  const started = performance.now();
  for (const pair of pairs) {
    const name = pair.name;
    try {
      const [arFile, enFile] = [oneSide(pair, 'ar'), oneSide(pair, 'en')];
      const [source, target] = await Promise.all([readTextFile(join(dir, arFile), io.cwd), readTextFile(join(dir, enFile), io.cwd)]);
      if (!source.text.trim() || !target.text.trim()) throw new UsageError(`${name}: one side is empty`);
      const segments = alignDocuments(source.text, target.text);
      // The name groups the checks computed, kept to compare this article's spellings with the others'.
      const shared = new Map<string, unknown>();
      const analysis = { segments, findings: runChecks(segments, glossary, options, shared) };
      articleNames.push({ article: name, groups: (shared.get('names') as NameGroup[] | undefined) ?? [] });
      const report = toJsonReport(analysis, { path: arFile, encoding: source.encoding }, { path: enFile, encoding: target.encoding });
      await atomicWrite(join(out, `${name}.report.json`), `${JSON.stringify(report, null, 2)}\n`, { backup: false });
      const blocking = analysis.findings.filter((f) => f.severity !== 'info').length;
      if (blocking > 0) worst = Math.max(worst, 1);
      io.stdout(`${name}: ${analysis.findings.length} findings (${blocking} errors or warnings)\n`);
    } catch (e) {
      failed++;
      io.stderr(`tadqiq check: ${name}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  const { records, names: across, joins } = acrossArticles(articleNames);
  // Written every run, empty or not, so a list from an earlier run never stands for this one.
  await atomicWrite(join(out, NAMES_ACROSS_FILE), `${JSON.stringify({ tool: 'tadqiq', version: 1, names: across, joins }, null, 2)}\n`, { backup: false });
  if (across.length > 0) {
    worst = Math.max(worst, 1);
    io.stdout(`names spelled differently across articles: ${across.length} (${NAMES_ACROSS_FILE})\n`);
    for (const n of across.slice(0, SHOWN)) io.stdout(`  ${describe(n)}\n`);
    if (across.length > SHOWN) io.stdout(`  and ${across.length - SHOWN} more\n`);
  }
  // A join is a style note, as in each article's report: listed, but it does not fail the batch.
  if (joins.length > 0) {
    io.stdout(`full names joined differently across articles: ${joins.length} (${NAMES_ACROSS_FILE})\n`);
    for (const j of joins.slice(0, SHOWN)) io.stdout(`  ${describeJoin(j)}\n`);
    if (joins.length > SHOWN) io.stdout(`  and ${joins.length - SHOWN} more\n`);
  }
  // This batch's articles are the newest reviews: they come before the earlier ones, as the app keeps its records.
  const settled = glossaryCandidates([...records, ...(options.earlierArticles ?? [])], glossary, options.houseStyle);
  // Written every run, like the list above: an empty file (a header) says no name is waiting.
  await atomicWrite(join(out, SETTLED_FILE), proposedTermsCsv(settled, 'articles'), { backup: false });
  if (settled.length > 0) {
    io.stdout(`names written one way in at least 2 articles that the glossary lacks: ${settled.length} (${SETTLED_FILE}: import it in the glossary to approve them)\n`);
    for (const c of settled.slice(0, SHOWN)) io.stdout(`  ${c.arabic} → ${c.english} (${c.kind}; ${c.articles.length} articles)\n`);
    if (settled.length > SHOWN) io.stdout(`  and ${settled.length - SHOWN} more\n`);
  }
  const seconds = (performance.now() - started) / 1000;
  io.stdout(`${pairs.length - failed} of ${pairs.length} pairs checked in ${seconds.toFixed(1)} s (${((pairs.length - failed) / seconds).toFixed(1)} articles/s); reports in ${outFolder}\n`);
  return failed > 0 ? 2 : worst;
}

/** Names listed on the terminal; the file has them all. */
const SHOWN = 20;

/** An entry's articles on the terminal: the first three, then an ellipsis. */
const list = (articles: readonly string[]): string => (articles.length > 3 ? `${articles.slice(0, 3).join(', ')} …` : articles.join(', '));

/** الكاظمي: "Kazemi" in 2 articles (a, b), "Kadhimi" in 1 (c). Most articles write "Kazemi"; approve one spelling in the glossary. */
function describe(n: NameAcrossArticles): string {
  const uses = n.spellings.map((s, i) => `"${s.spelling}" in ${s.articles.length}${i === 0 ? (s.articles.length === 1 ? ' article' : ' articles') : ''} (${list(s.articles)})`);
  const tie = n.spellings[1]!.articles.length === n.spellings[0]!.articles.length;
  // A foreign name says who it is by its full name: غرينفيلد (in ليندا توماس غرينفيلد).
  const who = n.person ? ` (in ${n.person})` : '';
  return `${n.arabic}${who}: ${uses.join(', ')}. ${tie ? 'Approve' : `Most articles write "${n.suggested}"; approve`} one spelling in the glossary.`;
}

/** توماس غرينفيلد (in ليندا توماس غرينفيلد): a hyphen in 2 articles (a, b), a space in 1 (c). Approve the full name in the glossary. */
function describeJoin(j: JoinAcrossArticles): string {
  const uses = j.joins.map((x, i) => `${JOIN_NAME[x.join]} in ${x.articles.length}${i === 0 ? (x.articles.length === 1 ? ' article' : ' articles') : ''} (${list(x.articles)})`);
  const who = j.person && j.person !== j.pair ? ` (in ${j.person})` : '';
  return `${j.pair}${who}: ${uses.join(', ')}. Approve the full name in the glossary to settle it.`;
}
