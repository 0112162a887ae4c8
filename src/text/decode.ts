/**
 * Bytes of a text file to the text the editor sees. Arabic news still arrives in legacy code pages
 * (Windows-1256 from Office, ISO-8859-6 from old mail gateways), so detection matters: a wrong guess
 * shows the editor mojibake and every later check works on garbage.
 *
 * Order (DESIGN.md §8): byte-order mark, then strict UTF-8, then Windows-1256 vs ISO-8859-6 by which
 * yields more Arabic letters. Pure: TextDecoder only.
 */

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1256' | 'iso-8859-6';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** The file cannot be read as text. The message names the file and says why, for an editor. */
export class TextDecodeError extends Error {
  readonly fileName: string;
  constructor(fileName: string, reason: string) {
    super(`"${fileName}" cannot be opened as text: ${reason}`);
    this.name = 'TextDecodeError';
    this.fileName = fileName;
  }
}

const SAVE_AS_TEXT = 'Save it as plain text (UTF-8) and open it again.';

/** File signatures that tell an editor what they actually picked. */
const KNOWN_BINARIES: { magic: number[]; what: string }[] = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'it looks like a Word document (.docx) or another ZIP archive, not a text file' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'it looks like a PDF file, not a text file' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'it looks like an old Word (.doc) or Excel file, not a text file' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'it is a Rich Text (.rtf) file, not plain text' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'it is a PNG image, not a text file' },
  { magic: [0xff, 0xd8, 0xff], what: 'it is a JPEG image, not a text file' },
];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function decode(label: string, bytes: Uint8Array, fatal: boolean): string {
  // ignoreBOM: we strip the mark ourselves so that the reported encoding and the text agree.
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

/** Control characters a text file does not contain (tab, newline, carriage return and form feed are fine). */
const STRAY_CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

function rejectIfBinaryLooking(text: string, fileName: string): void {
  const controls = text.match(STRAY_CONTROL)?.length ?? 0;
  // A stray control character or two in a real article is kept (we lose nothing); many mean it is not text.
  if (controls >= 4 && controls > text.length / 100) {
    throw new TextDecodeError(fileName, `it contains ${controls} control characters, so it is probably not a text file. ${SAVE_AS_TEXT}`);
  }
}

const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FC]/g;

function countArabicLetters(s: string): number {
  return s.match(ARABIC_LETTER)?.length ?? 0;
}

const NOT_IN_A_TEXT_FILE = /[\uFFFD\u0080-\u009F]/g;

function codePageScore(decoded: string): number {
  return countArabicLetters(decoded) - 10 * (decoded.match(NOT_IN_A_TEXT_FILE)?.length ?? 0);
}

/** CRLF (Windows) and CR (old Mac) become "\n": offsets everywhere index this text. */
function unifyLineEndings(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8' };

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: unifyLineEndings(strictOrThrow('utf-8', bytes.subarray(3), fileName, 'UTF-8')), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const le = bytes[0] === 0xff;
    const label = le ? 'utf-16le' : 'utf-16be';
    const text = strictOrThrow(label, bytes.subarray(2), fileName, le ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)');
    rejectIfBinaryLooking(text, fileName);
    return { text: unifyLineEndings(text), encoding: label };
  }

  for (const { magic, what } of KNOWN_BINARIES) {
    if (startsWith(bytes, magic)) throw new TextDecodeError(fileName, `${what}. ${SAVE_AS_TEXT}`);
  }
  if (bytes.includes(0)) {
    throw new TextDecodeError(
      fileName,
      `it contains zero bytes, so it is a binary file or UTF-16 text without a byte-order mark. ${SAVE_AS_TEXT}`,
    );
  }

  let text: string | null = null;
  let encoding: TextEncodingName = 'utf-8';
  try {
    text = decode('utf-8', bytes, true);
  } catch {
    // Not UTF-8: one of the two Arabic code pages, whichever yields more Arabic letters. Windows-1256
    // maps every byte; ISO-8859-6 leaves holes (U+FFFD) and C1 controls, which a real ISO-8859-6 file
    // never contains, so they count against it (Latin-1 English would otherwise read as ISO Arabic).
    const win = decode('windows-1256', bytes, false);
    const iso = decode('iso-8859-6', bytes, false);
    if (codePageScore(iso) > codePageScore(win)) {
      text = iso;
      encoding = 'iso-8859-6';
    } else {
      text = win;
      encoding = 'windows-1256';
    }
  }
  rejectIfBinaryLooking(text, fileName);
  return { text: unifyLineEndings(text), encoding };
}

function strictOrThrow(label: string, bytes: Uint8Array, fileName: string, name: string): string {
  try {
    return decode(label, bytes, true);
  } catch {
    throw new TextDecodeError(
      fileName,
      `it is marked as ${name} but contains bytes that are not valid ${name}, so it may be damaged or cut off. ${SAVE_AS_TEXT}`,
    );
  }
}
