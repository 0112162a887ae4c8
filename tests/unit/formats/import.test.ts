import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importDocument, detectKind, type ImportedText } from '../../../src/formats/import.js';
import { ImportError, MAX_IMPORT_BYTES } from '../../../src/formats/importError.js';
import { extractArticleText } from '../../../src/formats/importHtml.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url));
const utf8 = (s: string) => new TextEncoder().encode(s);

async function refused(bytes: Uint8Array, name: string): Promise<ImportError> {
  try {
    await importDocument(bytes, name);
  } catch (e) {
    assert.ok(e instanceof ImportError, `expected ImportError, got ${String(e)}`);
    return e;
  }
  assert.fail(`${name} should have been refused`);
}

/** Windows-1256 bytes for Arabic letters (the code page Arabic Office still saves in). */
function windows1256(text: string): Uint8Array {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1256');
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table.get(ch) ?? 0x3f)));
}

test('plain text in Windows-1256 is decoded to Arabic and the encoding reported', async () => {
  const arabic = 'من المقرر أن يزور رئيس الوزراء العراقي مصطفى الكاظمي واشنطن.\r\nوكان الكاظمي شديد الصراحة.';
  const doc = (await importDocument(windows1256(arabic), 'kadhimi.txt')) as ImportedText;
  assert.equal(doc.kind, 'text');
  assert.equal(doc.encoding, 'windows-1256');
  assert.equal(doc.text, arabic.replace('\r\n', '\n'));
});

test('plain UTF-8 English with no-break spaces and curly quotes comes through unchanged', async () => {
  const english = readFileSync(new URL('../../fixtures/seed/article.en.txt', import.meta.url), 'utf8');
  const doc = (await importDocument(utf8(english), 'article.en.txt')) as ImportedText;
  assert.equal(doc.text, english);
});

test('html: the article is kept; navigation, share buttons, comment form, sidebar, footer and scripts are dropped', async () => {
  const doc = (await importDocument(fixture('seed-page.html'), 'article.html')) as ImportedText;
  assert.equal(doc.kind, 'html');
  assert.deepEqual(doc.text.split('\n'), [
    'The complexities of the Iraqi-American strategic dialogue',
    'Dr.. Muhammad Al-Saeed Idris',
    'Iraqi Prime Minister Mustafa Al-Kadhimi is scheduled to visit Washington at the end of July to meet for the first time with US President Joe Biden.',
    'Al-Kazemi’s visit a few days ago to the Vatican and his meeting with His Holiness the Pope, then to Brussels & his statements during them, are important indicators.',
    'Linda Thomas Granfield, head of the US delegation to the United Nations, said Tuesday evening, June 29, 2021, that her country had launched air strikes.',
  ]);
  assert.doesNotMatch(doc.text, /Leave a Reply|Share|Tweet|Politics|Related|Most read|tracking|dataLayer|©/);
});

test('html: one <br> is a soft break inside a paragraph, two end the paragraph', () => {
  const text = extractArticleText('<article><p>قال الكاظمي<br>في واشنطن</p><div>First line<br><br>Second paragraph<br> <br><br>Third</div></article>');
  assert.equal(text, 'قال الكاظمي في واشنطن\nFirst line\nSecond paragraph\nThird');
});

test('html without <article>: body text is kept but forms and navigation still go', () => {
  const text = extractArticleText('<html><body><nav>Home | World</nav><p>الكاظمي يزور واشنطن</p><p>Second&nbsp;paragraph</p><form><p>Leave a Reply</p></form></body></html>');
  assert.equal(text, 'الكاظمي يزور واشنطن\nSecond paragraph');
});

test('a file over 50 MB is refused before any decoding, with its size in the message', async () => {
  const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
  const e = await refused(big, 'archive.txt');
  assert.equal(e.problem, 'too-large');
  assert.match(e.message, /"archive\.txt" is 50 MB; Tadqiq imports files up to 50 MB/);
});

test('unknown and legacy kinds are refused with what to do instead', async () => {
  const pdf = await refused(utf8('%PDF-1.7 ...'), 'article.pdf');
  assert.equal(pdf.problem, 'unknown-kind');
  assert.match(pdf.message, /PDF/);
  assert.match((await refused(utf8('x'), 'old.doc')).message, /save it as \.docx/);
  assert.match((await refused(utf8('{}'), 'kadhimi.tadqiq')).message, /is a Tadqiq review: open it with Open…/);
  assert.match((await refused(utf8('{}'), 'kadhimi.tadqiq.json')).message, /is a Tadqiq review: open it with Open…/);
  const zip = await refused(new Uint8Array([0x37, 0x7a, 0xbc, 0xaf]), 'photos.7z');
  assert.match(zip.message, /cannot import "photos\.7z".*\.txt, \.md, \.docx, \.html or XLIFF/);
});

test('a file without extension is recognised by its content', () => {
  assert.equal(detectKind(utf8('<!DOCTYPE html><html><body><p>x</p></body></html>'), 'pasted'), 'html');
  assert.equal(detectKind(utf8('<?xml version="1.0"?>\n<xliff version="1.2">'), 'export'), 'xliff');
  assert.equal(detectKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'download'), 'docx');
  assert.equal(detectKind(utf8('الكاظمي يزور واشنطن'), 'notes'), 'text');
});

test('a damaged .docx gets a clear message instead of a stack trace', async () => {
  const e = await refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'broken.docx');
  assert.equal(e.problem, 'unreadable');
  assert.match(e.message, /"broken\.docx" could not be read as a Word document/);
});

test('an empty file is refused as having nothing to review', async () => {
  assert.equal((await refused(utf8('  \n\n '), 'blank.txt')).problem, 'empty');
});
