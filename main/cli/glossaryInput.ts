/** `--glossary <file>` for CLI commands: CSV, TSV, TBX or a Tadqiq glossary store, problems reported by line. */
import type { Glossary } from '../../src/model.js';
import { GlossaryFormatError, loadGlossaryFile } from '../../src/glossary/index.js';
import type { CliIO } from './command.js';
import { UsageError } from './command.js';
import { readBytes } from './readInput.js';

export async function loadGlossaryForCli(path: string, io: CliIO): Promise<Glossary> {
  const bytes = await readBytes(path, io.cwd);
  try {
    const { glossary, problems } = loadGlossaryFile(bytes, path);
    // Duplicates and empty rows do not stop a check: the editor sees them and the usable terms still apply.
    for (const p of problems) io.stderr(`tadqiq: ${path}, line ${p.line}: ${p.message}\n`);
    return glossary;
  } catch (e) {
    if (e instanceof GlossaryFormatError) throw new UsageError(e.message);
    throw e;
  }
}
