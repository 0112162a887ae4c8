/**
 * `tadqiq names cluster [--format json|text]`: one spelling per line on stdin → groups of spellings that
 * write one name. `tadqiq names anchor <arabic-word> <english-spelling>...`: how well each spelling
 * romanizes the Arabic word (1 = perfectly), as JSON. `tadqiq names settled --names <file>`: the names a desk's
 * earlier reviews wrote one way that its glossary lacks, as text, JSON or a CSV the glossary imports.
 */
import { UsageError, type CliCommand, type CliIO } from './command.js';
import { oneOf, parseArgs } from './args.js';
import { anchorScore, clusterSpellings } from '../../src/names/index.js';
import { glossaryCandidates } from '../../src/names/glossary-candidates.js';
import { proposedTermsCsv } from './proposedTerms.js';
import { houseStyleArticles } from '../../src/api/settings.js';
import { loadGlossaryForCli } from './glossaryInput.js';
import { loadNamesForCli } from './namesInput.js';

const USAGE = `Usage:
  tadqiq names cluster [--format json|text]      read one spelling per line on stdin, print the groups
  tadqiq names anchor <arabic-word> <spelling>...  score each English spelling against the Arabic word
  tadqiq names settled --names <file> [--glossary <file>] [--house-style Al-|al-|as-is] [--format text|json|csv]
                                                  names earlier reviews wrote one way that the glossary lacks
                                                  (csv: proposed terms, for the glossary's Import)`;

async function cluster(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, { format: 'value' });
  if (positional.length > 0) throw new UsageError(`names cluster reads spellings from standard input, not arguments ("${positional[0]}")`);
  const format = oneOf(options.format, ['json', 'text'] as const, 'format', 'json');
  const input = (await io.readStdin()).replace(/^\uFEFF/, '');
  const spellings = input.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (spellings.length === 0) throw new UsageError('no spellings on standard input: give one spelling per line');
  const groups = clusterSpellings(spellings);
  io.stdout(format === 'json' ? `${JSON.stringify(groups)}\n` : groups.map((g) => g.join(' | ')).join('\n') + '\n');
  return 0;
}

async function anchor(args: string[], io: CliIO): Promise<number> {
  const { positional } = parseArgs(args, {});
  const [arabic, ...spellings] = positional;
  if (!arabic || !/[\u0621-\u064A]/u.test(arabic)) throw new UsageError('names anchor needs an Arabic word first, e.g. tadqiq names anchor الكاظمي Al-Kadhimi Al-Kazemi');
  if (spellings.length === 0) throw new UsageError(`names anchor needs at least one English spelling to score against ${arabic}`);
  const scores = spellings.map((spelling) => ({ spelling, score: Math.round(anchorScore(arabic, spelling) * 1000) / 1000 }));
  io.stdout(`${JSON.stringify({ arabic, scores })}\n`);
  return 0;
}

async function settled(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, { names: 'value', glossary: 'value', 'house-style': 'value', format: 'value' });
  if (positional.length > 0) throw new UsageError(`names settled takes no arguments ("${positional[0]}"); give the names file with --names`);
  if (typeof options.names !== 'string') throw new UsageError('names settled needs --names <file>: the app\'s name-memory.json, or a desk\'s NAME.names.json');
  const format = oneOf(options.format, ['text', 'json', 'csv'] as const, 'format', 'text');
  const article = oneOf(options['house-style'], houseStyleArticles, 'house-style', 'as-is');
  const records = await loadNamesForCli(options.names, io);
  const glossary = typeof options.glossary === 'string' ? await loadGlossaryForCli(options.glossary, io) : { terms: [] };
  const found = glossaryCandidates(records, glossary, { article });
  if (format === 'json') io.stdout(`${JSON.stringify(found, null, 2)}\n`);
  else if (format === 'csv') io.stdout(proposedTermsCsv(found));
  else {
    io.stdout(found.length === 0
      ? 'No name is settled that the glossary lacks: none was written one way in at least 2 earlier reviews.\n'
      : found.map((c) => `${c.arabic} → ${c.english} (${c.kind}; ${c.articles.length} reviews)`).join('\n') + '\n');
  }
  return 0;
}

const names: CliCommand = {
  name: 'names',
  summary: 'cluster name spellings, score spellings against an Arabic name, or list the names a desk has settled',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'cluster') return cluster(rest, io);
    if (sub === 'anchor') return anchor(rest, io);
    if (sub === 'settled') return settled(rest, io);
    throw new UsageError(sub ? `unknown names subcommand "${sub}"; use cluster, anchor or settled` : 'names needs a subcommand: cluster, anchor or settled');
  },
};

export default names;
