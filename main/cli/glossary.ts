/** `tadqiq glossary list|import|export`: the shared glossary from the command line. */
import { resolve } from 'node:path';
import type { Term } from '../../src/model.js';
import { formatCsv } from '../../src/glossary/csv.js';
import { formatTbx } from '../../src/glossary/tbx.js';
import { loadGlossaryFile } from '../../src/glossary/load.js';
import { GlossaryFormatError } from '../../src/glossary/problems.js';
import { termKinds, termStatuses } from '../../src/glossary/term.js';
import { GlossaryStore, defaultGlossaryPath } from '../services/glossaryStore.js';
import { atomicWrite } from '../services/atomicWrite.js';
import { UsageError, type CliCommand, type CliIO } from './command.js';
import { oneOf, parseArgs } from './args.js';
import { readBytes } from './readInput.js';

const usage = `Usage: tadqiq glossary list   [--store <file>] [--status proposed|approved|rejected] [--kind person|place|organization|term] [--format text|json]
       tadqiq glossary import <file> [--store <file>] [--overwrite] [--dry-run] [--editor <name>]
       tadqiq glossary export [--store <file>] [--format csv|tsv|tbx] [--out <file>]

The glossary store is a JSON file: --store, else $TADQIQ_GLOSSARY, else glossary.json in Tadqiq's data folder.
import reads CSV, TSV (header source,target[,variants,forbidden,kind,note,status] or plain two columns as
DeepL and OmegaT write them), TBX or another store. New terms are added; a term that differs from the one in
the glossary is reported and kept as it is unless --overwrite is given. --dry-run reports without saving.
export writes to --out (format from its extension unless --format says) or to standard output.
Exit status: 0 done, 1 import left conflicts unapplied, 2 usage or input error.`;

function storePath(options: Record<string, string | true>, io: CliIO): string {
  const s = options['store'];
  return typeof s === 'string' ? resolve(io.cwd, s) : defaultGlossaryPath(io.env as NodeJS.ProcessEnv);
}

async function openStore(path: string): Promise<GlossaryStore> {
  try {
    return await GlossaryStore.open(path);
  } catch (e) {
    if (e instanceof GlossaryFormatError) throw new UsageError(oneLine(e.message));
    throw e;
  }
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ');

function describe(t: Term): string {
  const extra = [
    t.variants.length ? `variants: ${t.variants.join('; ')}` : '',
    t.forbidden.length ? `forbidden: ${t.forbidden.join('; ')}` : '',
    t.note ? `note: ${oneLine(t.note)}` : '',
  ].filter(Boolean);
  return `${t.status.padEnd(8)} ${t.kind.padEnd(12)} ${t.source} → ${t.target}${extra.length ? `  (${extra.join(' | ')})` : ''}`;
}

async function list(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, { store: 'value', status: 'value', kind: 'value', format: 'value' });
  if (positional.length > 0) throw new UsageError(`list takes no file (got "${positional[0]}")`);
  const status = options['status'] === undefined ? undefined : oneOf(options['status'], termStatuses, 'status', 'approved');
  const kind = options['kind'] === undefined ? undefined : oneOf(options['kind'], termKinds, 'kind', 'term');
  const format = oneOf(options['format'], ['text', 'json'] as const, 'format', 'text');
  const store = await openStore(storePath(options, io));
  const terms = store.terms().filter((t) => (!status || t.status === status) && (!kind || t.kind === kind));
  if (format === 'json') io.stdout(`${JSON.stringify({ tool: 'tadqiq', version: 1, store: store.path, terms }, null, 2)}\n`);
  else if (terms.length === 0) io.stdout(`No terms${status || kind ? ' match' : ` in ${store.path}`}.\n`);
  else io.stdout(`${terms.map(describe).join('\n')}\n${terms.length} term${terms.length === 1 ? '' : 's'}.\n`);
  return 0;
}

async function importFile(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, { store: 'value', overwrite: 'flag', 'dry-run': 'flag', editor: 'value' });
  const [file, ...more] = positional;
  if (!file) throw new UsageError('import needs the file to import, e.g. tadqiq glossary import terms.csv');
  if (more.length > 0) throw new UsageError(`import takes one file (got also "${more[0]}")`);
  const bytes = await readBytes(file, io.cwd);
  let loaded;
  try {
    loaded = loadGlossaryFile(bytes, file);
  } catch (e) {
    if (e instanceof GlossaryFormatError) throw new UsageError(`${oneLine(e.message)} The glossary was not changed.`);
    throw e;
  }
  for (const p of loaded.problems) io.stderr(`${file}${p.line ? `, line ${p.line}` : ''}: ${p.message}\n`);
  const store = await openStore(storePath(options, io));
  const overwrite = options['overwrite'] === true;
  const by = typeof options['editor'] === 'string' ? options['editor'] : (io.env['TADQIQ_EDITOR'] ?? io.env['USER'] ?? io.env['USERNAME'] ?? 'command line');
  const plan = store.planImport(loaded.glossary.terms);
  for (const c of plan.conflicts) {
    io.stderr(`${file}: "${c.incoming.source}" is "${c.incoming.target}" in the file but "${c.existing.target}" in the glossary; ${overwrite ? 'replaced' : 'kept the glossary\'s (use --overwrite to replace)'}.\n`);
  }
  if (options['dry-run'] !== true) {
    const done = await store.importTerms(loaded.glossary.terms, { overwrite, by, fileName: file });
    for (const c of done.conflicts) io.stderr(`${store.path}: "${(c.mine ?? c.theirs)?.source}" was changed by someone else meanwhile; resolve it in the app.\n`);
  }
  const skipped = overwrite ? 0 : plan.conflicts.length;
  const verb = options['dry-run'] === true ? 'would add' : 'added';
  io.stdout(`${verb} ${plan.added.length}, ${overwrite ? `${options['dry-run'] === true ? 'would replace' : 'replaced'} ${plan.conflicts.length}, ` : ''}unchanged ${plan.unchanged.length}, conflicts left ${skipped}, problems ${loaded.problems.length} (${store.path})\n`);
  return skipped > 0 ? 1 : 0;
}

async function exportFile(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, { store: 'value', format: 'value', out: 'value' });
  if (positional.length > 0) throw new UsageError(`export takes no file argument; use --out <file>`);
  const out = typeof options['out'] === 'string' ? resolve(io.cwd, options['out']) : undefined;
  const fromExt = out ? /\.(csv|tsv|tbx)$/i.exec(out)?.[1]?.toLowerCase() : undefined;
  const format = oneOf(options['format'], ['csv', 'tsv', 'tbx'] as const, 'format', (fromExt as 'csv' | 'tsv' | 'tbx' | undefined) ?? 'csv');
  const store = await openStore(storePath(options, io));
  const terms = store.terms();
  const text = format === 'tbx' ? formatTbx(terms) : formatCsv(terms, format === 'tsv' ? '\t' : ',');
  if (!out) {
    io.stdout(text);
    return 0;
  }
  await atomicWrite(out, text, { backup: false });
  io.stderr(`exported ${terms.length} term${terms.length === 1 ? '' : 's'} to ${out} (${format.toUpperCase()})\n`);
  return 0;
}

const glossary: CliCommand = {
  name: 'glossary',
  summary: 'list, import (CSV, TSV, TBX) or export the shared glossary',
  usage,
  async run(args, io) {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'list':
        return list(rest, io);
      case 'import':
        return importFile(rest, io);
      case 'export':
        return exportFile(rest, io);
      default:
        throw new UsageError(sub ? `unknown subcommand "${sub}"; use list, import or export` : 'say what to do: list, import or export');
    }
  },
};

export default glossary;
