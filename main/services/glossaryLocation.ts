/**
 * Before Settings point the glossary somewhere new: a typo in a shared folder's path would otherwise give the
 * editor a private, empty glossary without a word (the first save creates the folders), and a file that is not a
 * Tadqiq glossary (package.json, a CSV renamed) would fail only later, in the glossary panel.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname } from 'node:path';
import { ApiError } from '../../src/api/envelope.js';
import { GlossaryFormatError } from '../../src/glossary/problems.js';
import { parseGlossaryDocument } from '../../src/glossary/storeFormat.js';

export const GlossaryLocationErrorCodes = { unreachable: 'glossary-folder-unreachable', notGlossary: 'glossary-not-a-glossary' } as const;

/** Resolves when `path` is an existing Tadqiq glossary, or a new file name in an existing folder; else says why not. */
export async function checkGlossaryLocation(path: string): Promise<void> {
  const folder = dirname(path);
  const stat = await fs.stat(folder).catch(() => null);
  if (!stat?.isDirectory()) {
    throw new ApiError(GlossaryLocationErrorCodes.unreachable, `The folder ${folder} does not exist or cannot be reached from this computer. Check the path (or connect the shared drive) and try again.`);
  }
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // a new glossary: the first approved term creates it
    if (code === 'EISDIR') throw new ApiError(GlossaryLocationErrorCodes.notGlossary, `${path} is a folder; give the path of the glossary file inside it (e.g. ${path}/glossary.json).`);
    throw new ApiError(GlossaryLocationErrorCodes.unreachable, `${basename(path)} cannot be read (${code ?? 'unknown error'}).`);
  }
  try {
    parseGlossaryDocument(text, basename(path));
  } catch (e) {
    if (e instanceof GlossaryFormatError) throw new ApiError(GlossaryLocationErrorCodes.notGlossary, `${e.message} To start a new shared glossary, give a file name that does not exist yet; to bring in a CSV or TBX file, use Import in the glossary.`);
    throw e;
  }
}
