/** `tadqiq check <source> <target> [--glossary <file>] [--names <file>] [--format text|json]` */
import type { CliCommand, CliIO } from './command.js';
import { UsageError } from './command.js';
import { oneOf, parseArgs } from './args.js';
import { readBilingual, readTextFile } from './readInput.js';
import { loadGlossaryForCli } from './glossaryInput.js';
import { loadNamesForCli } from './namesInput.js';
import { analyze } from '../../src/analyze.js';
import { defaultAnalyzeOptions } from '../../src/model.js';
import { toJsonReport, toTextReport } from './checkReport.js';
import { runBatch } from './checkBatch.js';
import { houseStyleArticles } from '../../src/api/settings.js';

const usage = `Usage: tadqiq check <arabic-source> <english-target> [--glossary <file>] [--names <file>] [--house-style Al-|al-|as-is] [--format text|json]
       tadqiq check <bilingual.xlf> [--glossary <file>] [--names <file>] [--house-style Al-|al-|as-is] [--format text|json]
       tadqiq check --batch <folder> [--out <folder>] [--glossary <file>] [--names <file>] [--house-style Al-|al-|as-is]

Files may be plain text (UTF-8, UTF-16, Windows-1256), Markdown, Word (.docx), a saved web page (.html) or
a bilingual XLIFF holding both sides.
Aligns the Arabic original with its English machine translation and reports names spelled several ways,
glossary terms not followed, numbers that differ, Arabic left untranslated and text with no counterpart.
--glossary accepts a CSV/TSV (header with source,target), a TBX file or a Tadqiq glossary store (.json).
--names checks names against how earlier reviews spelled them: the app's name-memory.json (in its data folder),
or a desk's NAME.names.json beside its shared glossary. It is only read.
--house-style is how the desk writes the Arabic article al- (as the app's Settings say): "Al-" or "al-" always, or
"as-is", as each article writes it (the default).
--batch checks every pair NAME.ar.txt + NAME.en.txt (or .md, .docx, .html) in a folder in one process and writes NAME.report.json
(the --format json report) into --out (default: the same folder), printing one summary line per pair; lists
names that one article spells one way and another article another way, and full names one article joins with a
hyphen and another with a space, as a note (names-across-articles.json); and
proposes for the glossary the names the articles, and the --names reviews, wrote one way in at least two
that the glossary lacks (names-for-glossary.csv, for the glossary's Import, as proposed terms: the articles'
English as given, so over raw machine translation they are the machine's spellings, for an editor to judge).
Exit status: 0 no errors or warnings, 1 errors or warnings found, 2 usage or input error.`;

async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, { glossary: 'value', names: 'value', format: 'value', batch: 'value', out: 'value', 'house-style': 'value' });
  const format = oneOf(options['format'], ['text', 'json'] as const, 'format', 'text');
  const houseStyle = { article: oneOf(options['house-style'], houseStyleArticles, 'house-style', 'as-is') };
  const glossaryPath = options['glossary'];
  const glossary = typeof glossaryPath === 'string' ? await loadGlossaryForCli(glossaryPath, io) : { terms: [] };
  const namesPath = options['names'];
  const analyzeOptions = { ...defaultAnalyzeOptions, houseStyle, ...(typeof namesPath === 'string' ? { earlierArticles: await loadNamesForCli(namesPath, io) } : {}) };
  if (typeof options['batch'] === 'string') {
    if (positional.length > 0) throw new UsageError('--batch takes a folder instead of two files');
    const out = typeof options['out'] === 'string' ? options['out'] : options['batch'];
    return runBatch(options['batch'], out, glossary, io, analyzeOptions);
  }
  if (options['out']) throw new UsageError('--out goes with --batch');
  if (positional.length < 1 || positional.length > 2) throw new UsageError('needs two files: the Arabic source and the English translation (or one bilingual XLIFF)');
  const { source, target } = positional.length === 1
    ? await readBilingual(positional[0]!, io.cwd)
    : await Promise.all([readTextFile(positional[0]!, io.cwd), readTextFile(positional[1]!, io.cwd)]).then(([s, t]) => ({ source: s, target: t }));
  for (const f of [source, target]) if (!f.text.trim()) throw new UsageError(`${f.path} is empty: nothing to check`);

  const analysis = analyze(source.text, target.text, glossary, analyzeOptions);
  const files = [{ path: source.path, encoding: source.encoding }, { path: target.path, encoding: target.encoding }] as const;
  io.stdout(format === 'json' ? `${JSON.stringify(toJsonReport(analysis, ...files), null, 2)}\n` : toTextReport(analysis, ...files));
  return analysis.findings.some((f) => f.severity === 'error' || f.severity === 'warning') ? 1 : 0;
}

const check: CliCommand = { name: 'check', summary: 'check an Arabic article against its English translation', usage, run };
export default check;
