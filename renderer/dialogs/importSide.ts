/**
 * A file an editor picks, drops or hands to the app, read as one side of a review: plain text in any of the
 * engine's encodings, Markdown, Word (.docx), a saved web page (article text kept, page clutter dropped) or
 * bilingual XLIFF, which fills both sides at once. The importers (mammoth for Word) load only when a file
 * comes in, so the review screen does not wait for them.
 */
import type { ImportKind } from '../../src/formats/import.js';

export interface SideInput {
  name: string;
  encoding: string;
  text: string;
  origin: 'file' | 'paste' | 'deepl';
  /** What kind of file it came from, when it came from one. */
  format?: ImportKind;
  /** For the English of a bilingual file: the units its tool marked reviewed, to carry over as reviewed marks. */
  reviewedTargets?: string[];
}

export type ImportedSides = { kind: 'one'; side: SideInput } | { kind: 'both'; source: SideInput; target: SideInput };

/** Raises ImportError (with a message for the editor) for an empty, unknown, damaged or oversized file. */
export async function importSide(bytes: Uint8Array, name: string): Promise<ImportedSides> {
  const { importDocument, ImportError } = await import('../../src/formats/import.js');
  const doc = await importDocument(bytes, name);
  if (doc.kind === 'xliff') {
    const both = { name, encoding: doc.encoding, origin: 'file' as const, format: doc.kind };
    const reviewedTargets = doc.units.filter((u) => u.reviewed).map((u) => u.target);
    return { kind: 'both', source: { ...both, text: doc.source }, target: { ...both, text: doc.target, ...(reviewedTargets.length ? { reviewedTargets } : {}) } };
  }
  if (doc.text.trim() === '') throw new ImportError(name, 'unreadable', `"${name}" has no text in it. Pick the file with the article in it.`);
  return { kind: 'one', side: { name, encoding: doc.encoding, text: doc.text, origin: 'file', format: doc.kind } };
}

/** How the side's file is described under it: its encoding, or what it was read from. */
export function describeSource(side: SideInput): string {
  switch (side.format) {
    case 'docx':
      return 'Word document';
    case 'html':
      return `web page, article text kept (${side.encoding})`;
    case 'markdown':
      return `Markdown (${side.encoding})`;
    case 'xliff':
      return `XLIFF, both sides (${side.encoding})`;
    default:
      return `encoding: ${side.encoding}`;
  }
}

/** What the file pickers offer. */
export const IMPORT_ACCEPT = '.txt,.text,.md,.markdown,.docx,.html,.htm,.xhtml,.xlf,.xliff,text/plain,text/html';
