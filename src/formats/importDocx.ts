/** Paragraphs of a Word (.docx) file, read with mammoth from bytes (no file system, works in a browser). */
import mammoth from 'mammoth';
import { ImportError } from './importError.js';

export async function docxParagraphs(bytes: Uint8Array, fileName: string): Promise<string[]> {
  // mammoth wants an ArrayBuffer of exactly these bytes (a Uint8Array may view a larger buffer).
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let raw: string;
  try {
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer` (any Uint8Array works there).
    const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0];
    raw = (await mammoth.extractRawText(input)).value;
  } catch (e) {
    throw new ImportError(
      fileName,
      'unreadable',
      `"${fileName}" could not be read as a Word document (${e instanceof Error ? e.message : String(e)}). It may be damaged, password-protected, or not really a .docx.`,
    );
  }
  // mammoth ends every paragraph with "\n\n"; a line break inside a paragraph is a single "\n".
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}
