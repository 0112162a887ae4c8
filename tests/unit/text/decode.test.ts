import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, TextDecodeError } from '../../../src/text/decode.js';

const ARABIC = 'قال رئيس الوزراء العراقي مصطفى الكاظمي، إن الحوار الاستراتيجي مع واشنطن سيتناول جدولة انسحاب القوات الأمريكية.';

/** Encode with a single-byte code page by inverting its decoder (Node has no legacy encoders). */
function encodeSingleByte(label: string, text: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b);
  }
  return Uint8Array.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${label} cannot encode ${ch}`);
    return b;
  }));
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

test('plain UTF-8 Arabic with Arabic-Indic digits decodes as utf-8', () => {
  const text = `${ARABIC} في ٢٧/٦ ٢٠٢١`;
  assert.deepEqual(decodeText(utf8(text), 'article.ar.txt'), { text, encoding: 'utf-8' });
});

test('a UTF-8 byte-order mark is reported and not left in the text', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ARABIC)]);
  const { text, encoding } = decodeText(bytes, 'a.txt');
  assert.equal(encoding, 'utf-8-bom');
  assert.equal(text, ARABIC);
});

test('UTF-16 with either byte order is recognized by its mark', () => {
  assert.deepEqual(decodeText(utf16(ARABIC, true), 'le.txt'), { text: ARABIC, encoding: 'utf-16le' });
  assert.deepEqual(decodeText(utf16(ARABIC, false), 'be.txt'), { text: ARABIC, encoding: 'utf-16be' });
});

test('Windows-1256 from Office is not mistaken for UTF-8 and round-trips', () => {
  const text = `${ARABIC}\nوشنت طائرات أمريكية غارات على فصائل الحشد الشعبي يوم الأحد.`;
  const bytes = encodeSingleByte('windows-1256', text);
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  assert.deepEqual(decodeText(bytes, 'old.txt'), { text, encoding: 'windows-1256' });
});

test('ISO-8859-6 is chosen when it yields more Arabic letters than Windows-1256', () => {
  const text = 'وقالت ليندا توماس غرينفيلد إن بلادها شنت ضربات جوية على فصائل مسلحة مدعومة من إيران في سوريا والعراق؟';
  const { text: decoded, encoding } = decodeText(encodeSingleByte('iso-8859-6', text), 'mail.txt');
  assert.equal(encoding, 'iso-8859-6');
  assert.equal(decoded, text);
});

test('Latin-1 era English (Windows-1252 accents) survives the code-page fallback', () => {
  const text = 'Saïd Al-Kadhimi’s café “dialogue” – déjà vu';
  // Spelled out in Windows-1252 bytes (Node's 'windows-1252' decoder is plain Latin-1, so no table to invert).
  const cp1252: Record<string, number> = { 'ï': 0xef, '’': 0x92, 'é': 0xe9, '“': 0x93, '”': 0x94, '–': 0x96, 'à': 0xe0 };
  const bytes = Uint8Array.from([...text].map((ch) => cp1252[ch] ?? ch.charCodeAt(0)));
  const { text: decoded, encoding } = decodeText(bytes, 'latin.txt');
  assert.equal(decoded, text);
  assert.equal(encoding, 'windows-1256');
});

test('Windows (CRLF) and old Mac (CR) line endings become \\n', () => {
  const { text } = decodeText(utf8('Al-Kadhimi visited Brussels.\r\nHe met NATO envoys.\rThen he left.\r\n'), 'crlf.txt');
  assert.equal(text, 'Al-Kadhimi visited Brussels.\nHe met NATO envoys.\nThen he left.\n');
  const legacy = decodeText(encodeSingleByte('windows-1256', 'سطر أول\r\nسطر ثان'), 'w.txt');
  assert.equal(legacy.text, 'سطر أول\nسطر ثان');
});

test('empty input decodes to an empty text', () => {
  assert.deepEqual(decodeText(new Uint8Array(), 'empty.txt'), { text: '', encoding: 'utf-8' });
});

test('a binary file is refused with a message naming the file and the problem', () => {
  const bytes = new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x43, 0x00, 0x01, 0x02]);
  assert.throws(() => decodeText(bytes, 'scan.bin'), (e: unknown) => {
    assert.ok(e instanceof TextDecodeError);
    assert.match(e.message, /"scan\.bin"/);
    assert.match(e.message, /zero bytes/);
    assert.match(e.message, /plain text \(UTF-8\)/);
    assert.equal(e.fileName, 'scan.bin');
    return true;
  });
});

test('a Word document picked by mistake is named as such', () => {
  const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
  assert.throws(() => decodeText(docx, 'article.docx'), /"article\.docx".*Word document/);
});

test('text full of control characters is refused, a stray one is kept', () => {
  const junk = new Uint8Array(Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41 + (i % 26))));
  assert.throws(() => decodeText(junk, 'junk.dat'), /control characters/);
  const oneStray = `${ARABIC}\u0007`;
  assert.equal(decodeText(utf8(oneStray), 'ok.txt').text, oneStray);
});

test('a UTF-16 file cut off mid-character is refused, not silently damaged', () => {
  const cut = utf16(ARABIC, true).subarray(0, 9);
  assert.throws(() => decodeText(cut, 'cut.txt'), /"cut\.txt".*UTF-16/);
});
