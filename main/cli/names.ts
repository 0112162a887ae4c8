/**
 * `tadqiq names cluster [--format json|text]`: one spelling per line on stdin → groups of spellings that
 * write one name. `tadqiq names anchor <arabic-word> <english-spelling>...`: how well each spelling
 * romanizes the Arabic word (1 = perfectly), as JSON.
 */
import { UsageError, type CliCommand, type CliIO } from './command.js';
import { oneOf, parseArgs } from './args.js';
import { anchorScore, clusterSpellings } from '../../src/names/index.js';

const USAGE = `Usage:
  tadqiq names cluster [--format json|text]      read one spelling per line on stdin, print the groups
  tadqiq names anchor <arabic-word> <spelling>...  score each English spelling against the Arabic word`;

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

const names: CliCommand = {
  name: 'names',
  summary: 'cluster name spellings, or score spellings against an Arabic name',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'cluster') return cluster(rest, io);
    if (sub === 'anchor') return anchor(rest, io);
    throw new UsageError(sub ? `unknown names subcommand "${sub}"; use cluster or anchor` : 'names needs a subcommand: cluster or anchor');
  },
};

export default names;
