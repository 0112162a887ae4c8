/**
 * `--names <file>` for `tadqiq check`: the names of earlier reviews, as the app keeps them (name-memory.json in
 * its data folder, or a desk's NAME.names.json beside the shared glossary). Read only: the command line checks
 * against the desk's spellings and never adds to them.
 */
import { TextDecoder } from 'node:util';
import type { ArticleNameRecord } from '../../src/names/name-memory.js';
import { parseNameMemoryFile } from '../services/nameMemoryFile.js';
import type { CliIO } from './command.js';
import { UsageError } from './command.js';
import { readBytes } from './readInput.js';

export async function loadNamesForCli(path: string, io: CliIO): Promise<ArticleNameRecord[]> {
  const bytes = await readBytes(path, io.cwd);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${path} is not a names file of Tadqiq (not UTF-8 text)`);
  }
  const file = parseNameMemoryFile(text);
  if (!file) throw new UsageError(`${path} is not a names file of Tadqiq (the app's name-memory.json, or NAME.names.json beside a shared glossary)`);
  // A damaged record does not stop the check: the others still say how the desk spells its names.
  if (file.dropped > 0) io.stderr(`tadqiq: ${path}: ${file.dropped} of ${file.total} earlier reviews could not be read and are left out\n`);
  return file.articles;
}
