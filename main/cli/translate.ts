/** `tadqiq translate <arabic-source> --out <file> [--glossary <file>] [--variant en-US|en-GB]` */
import { resolve } from 'node:path';
import type { CliCommand, CliIO } from './command.js';
import { UsageError } from './command.js';
import { oneOf, parseArgs } from './args.js';
import { readBytes, readTextFile } from './readInput.js';
import { loadGlossaryFile } from '../../src/glossary/load.js';
import { GlossaryFormatError } from '../../src/glossary/problems.js';
import type { Glossary } from '../../src/model.js';
import { atomicWrite, WriteFailedError } from '../services/atomicWrite.js';
import { DeeplError } from '../services/deepl/errors.js';
import { DeeplService } from '../services/deepl/translator.js';

const usage = `Usage: tadqiq translate <arabic-source> --out <english-file> [--glossary <file>] [--variant en-US|en-GB]

Translates the Arabic article with DeepL, paragraph by paragraph, and writes the English to --out
(an existing file is kept as <file>.bak). With --glossary, its approved terms (CSV/TSV with a source,target
header, TBX, or a Tadqiq glossary .json) are sent to DeepL as a glossary and used for every paragraph.
The DeepL API key is read from the DEEPL_AUTH_KEY environment variable; DEEPL_SERVER_URL overrides DeepL's
address (for proxies and tests). Exit status: 0 translated, 2 usage, input or DeepL error.`;

async function loadGlossary(path: string, io: CliIO): Promise<Glossary> {
  const bytes = await readBytes(path, io.cwd);
  try {
    const loaded = loadGlossaryFile(bytes, path);
    for (const p of loaded.problems) io.stderr(`${path}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
    return loaded.glossary;
  } catch (e) {
    if (e instanceof GlossaryFormatError) throw new UsageError(e.message);
    throw e;
  }
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, options } = parseArgs(args, { out: 'value', glossary: 'value', variant: 'value' });
  if (positional.length !== 1) throw new UsageError('needs one file: the Arabic source (and --out for the English)');
  const out = options['out'];
  if (typeof out !== 'string') throw new UsageError('--out <file> is required: where to write the English');
  const variant = oneOf(options['variant'], ['en-US', 'en-GB'] as const, 'variant', 'en-US');
  const sourcePath = positional[0]!;
  if (resolve(io.cwd, out) === resolve(io.cwd, sourcePath)) throw new UsageError('--out must not be the Arabic source file');

  const key = io.env['DEEPL_AUTH_KEY']?.trim();
  if (!key) throw new UsageError('no DeepL API key: set the DEEPL_AUTH_KEY environment variable to your key from the DeepL account page');

  const source = await readTextFile(sourcePath, io.cwd);
  if (!source.text.trim()) throw new UsageError(`${sourcePath} is empty: nothing to translate`);
  const glossaryPath = options['glossary'];
  const glossary = typeof glossaryPath === 'string' ? await loadGlossary(glossaryPath, io) : undefined;

  const serverUrl = io.env['DEEPL_SERVER_URL']?.trim();
  const service = new DeeplService(key, serverUrl ? { serverUrl } : {});
  let lastShown = -1;
  try {
    const result = await service.translateDocument(source.text, {
      englishVariant: variant,
      ...(glossary ? { glossary } : {}),
      onProgress: ({ done, total }) => {
        if (done === lastShown) return;
        lastShown = done;
        io.stderr(`Translating: ${done}/${total} paragraphs\n`);
      },
    });
    for (const p of result.glossary.problems) io.stderr(`glossary: ${p.message}\n`);
    for (const n of result.notices) io.stderr(`note: ${n}\n`);
    await atomicWrite(resolve(io.cwd, out), result.text.endsWith('\n') ? result.text : `${result.text}\n`);
    const glossaryNote = result.glossary.glossaryId ? `, glossary of ${result.glossary.entryCount} approved terms applied` : '';
    io.stdout(`Translated ${result.paragraphs} paragraphs (${result.billedCharacters} characters billed${glossaryNote}) → ${out}\n`);
    return 0;
  } catch (e) {
    if (e instanceof DeeplError) throw new UsageError(`DeepL: ${e.message}`);
    if (e instanceof WriteFailedError) throw new UsageError(e.message);
    throw e;
  }
}

const translate: CliCommand = { name: 'translate', summary: 'translate an Arabic article to English with DeepL', usage, run };
export default translate;
