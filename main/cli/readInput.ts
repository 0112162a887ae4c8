/** Reading an editor's files from disk for the CLI, with messages that name the file. */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importDocument, ImportError, type ImportedDocument } from '../../src/formats/import.js';
import { UsageError } from './command.js';

const MAX_BYTES = 50 * 1024 * 1024;

export async function readBytes(path: string, cwd: string): Promise<Uint8Array> {
  const full = resolve(cwd, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new UsageError(`${path} is a folder, not a file`);
    if (info.size > MAX_BYTES) throw new UsageError(`${path} is larger than 50 MB; Tadqiq reviews articles, not archives`);
    return new Uint8Array(await readFile(full));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`cannot read ${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new UsageError(`cannot read ${path}: permission denied`);
    throw new UsageError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

export interface TextFile {
  path: string;
  text: string;
  encoding: string;
}

/** Any file an editor can bring (text in any of the engine's encodings, Markdown, Word, a web page, XLIFF). */
export async function readDocument(path: string, cwd: string): Promise<ImportedDocument> {
  const bytes = await readBytes(path, cwd);
  try {
    return await importDocument(bytes, path);
  } catch (e) {
    // An empty side is the caller's to word ("nothing to check", "one side is empty").
    if (e instanceof ImportError && e.problem === 'empty') return { kind: 'text', name: path, encoding: 'utf-8', text: '' };
    if (e instanceof ImportError) throw new UsageError(e.message);
    throw e;
  }
}

/** One side of an article: its text, however the file holds it. A bilingual XLIFF is both sides, not one. */
export async function readTextFile(path: string, cwd: string): Promise<TextFile> {
  const doc = await readDocument(path, cwd);
  if (doc.kind === 'xliff') throw new UsageError(`${path} is a bilingual XLIFF (source and translation in one file): give it alone, without a second file`);
  return { path, text: doc.text, encoding: doc.encoding };
}

/** Both sides from a bilingual XLIFF. */
export async function readBilingual(path: string, cwd: string): Promise<{ source: TextFile; target: TextFile }> {
  const doc = await readDocument(path, cwd);
  if (doc.kind !== 'xliff') throw new UsageError('needs two files: the Arabic source and the English translation (or one bilingual XLIFF)');
  return { source: { path, text: doc.source, encoding: doc.encoding }, target: { path, text: doc.target, encoding: doc.encoding } };
}
