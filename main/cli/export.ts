/** `tadqiq export <review.tadqiq> --format <format> --out <file>` */
import { promises as fs } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { CliCommand, CliIO } from './command.js';
import { UsageError } from './command.js';
import { oneOf, parseArgs } from './args.js';
import { loadGlossaryForCli } from './glossaryInput.js';
import { parseReview, ReviewFileError } from '../../src/review/file.js';
import { analyzeReview } from '../../src/review/create.js';
import { exportFormats, exportReview, formatSpecs } from '../../src/formats/export.js';
import { atomicWrite, WriteFailedError } from '../services/atomicWrite.js';

const usage = `Usage: tadqiq export <review.tadqiq> --format <format> --out <file> [--include-clutter] [--glossary <file>]

Writes the corrected English or a report from a saved review. Formats:
${exportFormats.map((f) => `  ${f.padEnd(13)} ${formatSpecs[f].label}`).join('\n')}
--out -            writes to standard output (text formats only).
--include-clutter  keeps English with no Arabic behind it (web-page clutter), left out by default.
--glossary <file>  checks the QA report against this glossary (CSV/TSV, TBX or a Tadqiq glossary store).
Exit status: 0 written, 2 usage or input error (nothing written).`;

async function readReview(path: string, cwd: string) {
  const full = resolve(cwd, path);
  let text: string;
  try {
    text = await fs.readFile(full, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? 'unknown error'})`);
  }
  try {
    return parseReview(text, basename(full));
  } catch (e) {
    if (e instanceof ReviewFileError) throw new UsageError(e.message);
    throw e;
  }
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, { format: 'value', out: 'value', 'include-clutter': 'flag', glossary: 'value' });
  if (positional.length !== 1) throw new UsageError('needs one review file (.tadqiq)');
  if (options['format'] === undefined) throw new UsageError(`--format is required: one of ${exportFormats.join(', ')}`);
  const format = oneOf(options['format'], exportFormats, 'format', 'txt');
  const out = options['out'];
  if (typeof out !== 'string') throw new UsageError('--out <file> is required (or --out - for standard output)');
  if (out === '-' && format === 'docx') throw new UsageError('a .docx cannot go to standard output; give --out <file>');

  const review = await readReview(positional[0]!, io.cwd);
  const glossaryPath = options['glossary'];
  const needsFindings = format === 'report-html' || format === 'report-csv';
  const glossary = typeof glossaryPath === 'string' ? await loadGlossaryForCli(glossaryPath, io) : { terms: [] };
  const findings = needsFindings ? analyzeReview(review, glossary) : [];
  const file = await exportReview(review, format, { findings, includeTargetOnly: options['include-clutter'] === true });

  if (out === '-') {
    io.stdout(new TextDecoder().decode(file.bytes));
    return 0;
  }
  const target = resolve(io.cwd, out);
  try {
    await atomicWrite(target, file.bytes, { backup: false });
  } catch (e) {
    if (e instanceof WriteFailedError) throw new UsageError(e.message);
    throw e;
  }
  io.stdout(`wrote ${out} (${formatSpecs[format].label}, ${file.bytes.byteLength} bytes)\n`);
  return 0;
}

const exportCommand: CliCommand = { name: 'export', summary: 'write corrected English, XLIFF or a report from a saved review', usage, run };
export default exportCommand;
