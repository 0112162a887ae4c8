/**
 * One entry point for every file an editor can bring in: plain text (any of the engine's encodings),
 * Markdown, .docx, a saved web page, or bilingual XLIFF. Pure: bytes and a file name in, text out.
 * Files over 50 MB or of a kind Tadqiq cannot read are refused with a message saying what to do.
 */
import { decodeText, TextDecodeError } from '../text/decode.js';
import { isReviewFileName } from '../review/file.js';
import { ImportError, MAX_IMPORT_BYTES } from './importError.js';
import { extractArticleText } from './importHtml.js';
import { importXliff, type XliffUnit } from './importXliff.js';
import { unescapeMarkdown } from './exportText.js';
import { docxParagraphs } from './importDocx.js';

export { ImportError, MAX_IMPORT_BYTES } from './importError.js';

export type ImportKind = 'text' | 'markdown' | 'docx' | 'html' | 'xliff';

export interface ImportedText {
  kind: 'text' | 'markdown' | 'docx' | 'html';
  name: string;
  /** How the bytes were decoded ('docx' for Word files, whose text is always Unicode). */
  encoding: string;
  /** Paragraphs separated by "\n". */
  text: string;
}

export interface ImportedBilingual {
  kind: 'xliff';
  name: string;
  encoding: string;
  version: string;
  sourceLang: string;
  targetLang: string;
  source: string;
  target: string;
  units: XliffUnit[];
}

export type ImportedDocument = ImportedText | ImportedBilingual;

const KIND_BY_EXTENSION: Record<string, ImportKind> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown',
  docx: 'docx', html: 'html', htm: 'html', xhtml: 'html',
  xlf: 'xliff', xliff: 'xliff', xlf2: 'xliff', sdlxliff: 'xliff', mqxliff: 'xliff',
};

const REFUSED: Record<string, string> = {
  doc: 'is an old Word document (.doc). Open it in Word and save it as .docx, then import that.',
  pdf: 'is a PDF. Copy the article text from it and paste it, or save it as text.',
  rtf: 'is a Rich Text file. Save it as .docx or plain text, then import that.',
  odt: 'is an OpenDocument file. Save it as .docx, then import that.',
  pages: 'is a Pages document. Export it as .docx, then import that.',
};

const SUPPORTED = '.txt, .md, .docx, .html or XLIFF (.xlf, .xliff)';

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** What the bytes say when the name says nothing (pasted files, "article" without extension). */
function sniff(bytes: Uint8Array): ImportKind | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<?xml') && head.includes('<xliff')) return 'xliff';
  if (head.startsWith('<xliff')) return 'xliff';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<') && /<(body|p|div|article)[\s>]/.test(head))) return 'html';
  return null;
}

export function detectKind(bytes: Uint8Array, fileName: string): ImportKind {
  const ext = extensionOf(fileName);
  if (isReviewFileName(fileName)) {
    throw new ImportError(fileName, 'unknown-kind', `"${fileName}" is a Tadqiq review: open it with Open… instead of importing it as an article.`);
  }
  const refused = REFUSED[ext];
  if (refused) throw new ImportError(fileName, 'unknown-kind', `"${fileName}" ${refused}`);
  const byName = KIND_BY_EXTENSION[ext];
  if (byName) return byName;
  const sniffed = sniff(bytes);
  if (sniffed) return sniffed;
  if (ext === '' || ext === 'csv' || ext === 'log') return 'text';
  throw new ImportError(fileName, 'unknown-kind', `Tadqiq cannot import "${fileName}" (.${ext} files). It reads ${SUPPORTED}.`);
}

function decode(bytes: Uint8Array, fileName: string): { text: string; encoding: string } {
  try {
    return decodeText(bytes, fileName);
  } catch (e) {
    if (e instanceof TextDecodeError) throw new ImportError(fileName, 'unreadable', e.message);
    throw e;
  }
}

function markdownToText(md: string): string {
  return md
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s*\n\s*/g, ' ').trim())
    .filter((b) => b !== '')
    .map(unescapeMarkdown)
    .join('\n');
}

export async function importDocument(bytes: Uint8Array, fileName: string): Promise<ImportedDocument> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    const mb = Math.round(bytes.byteLength / 1024 / 1024);
    throw new ImportError(fileName, 'too-large', `"${fileName}" is ${mb} MB; Tadqiq imports files up to 50 MB. Is it the right file?`);
  }
  const kind = detectKind(bytes, fileName);
  let result: ImportedDocument;
  switch (kind) {
    case 'docx':
      result = { kind, name: fileName, encoding: 'docx', text: (await docxParagraphs(bytes, fileName)).join('\n') };
      break;
    case 'xliff': {
      const { text, encoding } = decode(bytes, fileName);
      result = { kind, name: fileName, encoding, ...importXliff(text, fileName) };
      break;
    }
    case 'html': {
      const { text, encoding } = decode(bytes, fileName);
      result = { kind, name: fileName, encoding, text: extractArticleText(text) };
      break;
    }
    case 'markdown': {
      const { text, encoding } = decode(bytes, fileName);
      result = { kind, name: fileName, encoding, text: markdownToText(text) };
      break;
    }
    case 'text': {
      const { text, encoding } = decode(bytes, fileName);
      result = { kind, name: fileName, encoding, text };
      break;
    }
  }
  const empty = result.kind === 'xliff' ? result.source.trim() === '' : result.text.trim() === '';
  if (empty) throw new ImportError(fileName, 'empty', `"${fileName}" contains no text to review.`);
  return result;
}
