/**
 * One entry point for every glossary file an editor may hand us: the store's JSON, CSV, TSV or TBX.
 * `tadqiq check --glossary <file>` and the glossary import both use it. The format is chosen by the file's
 * extension, then by its content (XML → TBX, JSON → store, a tab in the first line → TSV, else CSV).
 */
import type { Glossary } from '../model.js';
import { decodeText, TextDecodeError } from '../text/decode.js';
import { parseCsv } from './csv.js';
import { parseTbx } from './tbx.js';
import { parseGlossaryDocument } from './storeFormat.js';
import { GlossaryFormatError, type ImportProblem } from './problems.js';

export type GlossaryFileFormat = 'csv' | 'tsv' | 'tbx' | 'json';

export interface LoadedGlossary {
  glossary: Glossary;
  problems: ImportProblem[];
  format: GlossaryFileFormat;
}

export function detectGlossaryFormat(fileName: string, text: string): GlossaryFileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'tbx' || ext === 'xml') return 'tbx';
  if (ext === 'json') return 'json';
  if (ext === 'tsv' || ext === 'tab' || ext === 'utf8') return 'tsv';
  if (ext === 'csv') return 'csv';
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<')) return 'tbx';
  if (head.startsWith('{')) return 'json';
  return (head.split('\n', 1)[0] ?? '').includes('\t') ? 'tsv' : 'csv';
}

export function loadGlossaryFile(bytes: Uint8Array, fileName: string): LoadedGlossary {
  let text: string;
  try {
    text = decodeText(bytes, fileName).text;
  } catch (e) {
    if (e instanceof TextDecodeError) throw new GlossaryFormatError(fileName, e.message.replace(/^"[^"]*" cannot be opened as text: /, ''));
    throw e;
  }
  const format = detectGlossaryFormat(fileName, text);
  switch (format) {
    case 'tbx': {
      const r = parseTbx(text, fileName);
      return { glossary: { terms: r.terms }, problems: r.problems, format };
    }
    case 'json':
      return { glossary: { terms: parseGlossaryDocument(text, fileName).terms }, problems: [], format };
    case 'tsv':
    case 'csv': {
      const r = parseCsv(text, fileName, format === 'tsv' ? '\t' : ',');
      return { glossary: { terms: r.terms }, problems: r.problems, format };
    }
  }
}
