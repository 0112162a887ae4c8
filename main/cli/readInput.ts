/** Reading an editor's files from disk for the CLI, with messages that name the file. */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { decodeText, TextDecodeError } from '../../src/text/decode.js';
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

export async function readTextFile(path: string, cwd: string): Promise<TextFile> {
  const bytes = await readBytes(path, cwd);
  try {
    const { text, encoding } = decodeText(bytes, path);
    return { path, text, encoding };
  } catch (e) {
    if (e instanceof TextDecodeError) throw new UsageError(e.message);
    throw e;
  }
}
