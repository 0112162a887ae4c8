import { test } from 'node:test';
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { parseDocument } from 'htmlparser2';
import Papa from 'papaparse';
import { exportReview, exportFormats, suggestedFileName } from '../../../src/formats/export.js';
import { exportTxt, exportMarkdown, escapeMarkdown, unescapeMarkdown } from '../../../src/formats/exportText.js';
import { exportHtml } from '../../../src/formats/exportHtml.js';
import { exportDocx } from '../../../src/formats/exportDocx.js';
import { importDocument } from '../../../src/formats/import.js';
import type { ImportedText } from '../../../src/formats/import.js';
import { sampleCorrectedParagraphs, sampleReview } from './sample.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function importedParagraphs(bytes: Uint8Array, name: string): Promise<string[]> {
  const doc = (await importDocument(bytes, name)) as ImportedText;
  assert.notEqual(doc.kind, 'xliff');
  return doc.text.split('\n').filter((p) => p.trim() !== '');
}

test('txt: corrected English, one paragraph per block, round-trips through import', async () => {
  const txt = exportTxt(sampleReview());
  assert.equal(txt, `${sampleCorrectedParagraphs.join('\n\n')}\n`);
  assert.deepEqual(await importedParagraphs(utf8(txt), 'back.txt'), sampleCorrectedParagraphs);
});

test('txt: web clutter comes along only when asked for', () => {
  assert.doesNotMatch(exportTxt(sampleReview()), /Leave a Reply/);
  assert.match(exportTxt(sampleReview(), { includeTargetOnly: true }), /\n\nLeave a Reply\n\n/);
});

test('md: headline as heading, list-like and emphasis-like text kept literal, round-trips', async () => {
  const review = sampleReview();
  review.edits.s2 = '1. The *first* issue: [Iraq] is not an arena_for_conflict.';
  const md = exportMarkdown(review);
  assert.ok(md.startsWith('# The complexities of the Iraqi-American strategic dialogue\n\n'));
  assert.match(md, /^1\\\. The \\\*first\\\* issue: \\\[Iraq\\\] is not an arena\\_for\\_conflict\.$/m);
  const back = await importedParagraphs(utf8(md), 'back.md');
  assert.equal(back[0], sampleCorrectedParagraphs[0]);
  assert.ok(back.some((p) => p.startsWith('1. The *first* issue: [Iraq] is not an arena_for_conflict.')));
});

test('md: escaping is undone exactly for text full of punctuation', () => {
  const s = '#hashtag - 2021 + "quotes" \\ back*slash* <b> `code` |pipe| ~tilde~';
  assert.equal(unescapeMarkdown(escapeMarkdown(s)), s);
});

test('html: paragraphs as <p>, headline as <h1>, text escaped, round-trips through HTML import', async () => {
  const review = sampleReview();
  review.edits.s4 = 'Al-Kadhimi said <script>alert("x")</script> & left.';
  const html = exportHtml(review);
  assert.match(html, /<html lang="en" dir="ltr">/);
  assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; left\./);
  const dom = parseDocument(html);
  const scripts: unknown[] = [];
  const walk = (nodes: typeof dom.children) => nodes.forEach((n) => { if ('name' in n && n.name === 'script') scripts.push(n); if ('children' in n) walk(n.children); });
  walk(dom.children);
  assert.equal(scripts.length, 0, 'no script element in the export');
  const back = await importedParagraphs(utf8(html), 'back.html');
  assert.equal(back.length, 4);
  assert.equal(back[2], 'Al-Kadhimi was very frank in expressing this so that his messages reached Washington less than three weeks before his visit. Al-Kadhimi said <script>alert("x")</script> & left.');
});

test('docx: opened with mammoth, its paragraphs are the corrected paragraphs', async () => {
  const bytes = await exportDocx(sampleReview());
  assert.equal(bytes[0], 0x50);
  assert.equal(bytes[1], 0x4b, 'a .docx is a ZIP file');
  const raw = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const paragraphs = raw.value.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  assert.deepEqual(paragraphs, sampleCorrectedParagraphs);
  const html = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  assert.match(html.value, /^<h1>The complexities of the Iraqi-American strategic dialogue<\/h1>/);
  assert.deepEqual(await importedParagraphs(bytes, 'back.docx'), sampleCorrectedParagraphs);
});

test('docx: characters Word cannot store (control characters) are dropped instead of breaking the file', async () => {
  const review = sampleReview();
  review.edits.s4 = 'Al-Kadhimi\u0007 concluded\u000B his speech.';
  const bytes = await exportDocx(review);
  const back = await importedParagraphs(bytes, 'back.docx');
  assert.match(back[2]!, /Al-Kadhimi concluded his speech\.$/);
});

test('exportReview: every format gives bytes and a file name derived from the English file', async () => {
  const review = sampleReview();
  for (const format of exportFormats) {
    const out = await exportReview(review, format, { findings: [] });
    assert.ok(out.bytes.byteLength > 0, format);
    assert.ok(out.fileName.startsWith('article.en.'), `${format}: ${out.fileName}`);
    assert.ok(out.mime.length > 0);
  }
  assert.equal(suggestedFileName(review, 'docx'), 'article.en.corrected.docx');
  assert.equal(suggestedFileName(review, 'xliff'), 'article.en.xlf');
  review.target.name = '';
  review.title = 'Iraq/US: "dialogue"?';
  assert.equal(suggestedFileName(review, 'txt'), 'Iraq US dialogue.corrected.txt');
});

test('report-csv parses back into one row per occurrence (spreadsheet check of the export bytes)', async () => {
  const out = await exportReview(sampleReview(), 'report-csv', {
    findings: [
      {
        key: 'name-variants:الكاظمي',
        check: 'name-variants',
        severity: 'warning',
        message: '=HYPERLINK("x") Al-Kazemi / Al-Kadhimi',
        occurrences: [
          { segment: 's3', side: 'target', start: 0, end: 9, text: 'Al-Kazemi' },
          { segment: 's3', side: 'source', start: 6, end: 13, text: 'الكاظمي' },
        ],
      },
    ],
  });
  assert.deepEqual([...out.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM so Excel reads UTF-8 Arabic');
  const text = new TextDecoder().decode(out.bytes);
  const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
  assert.equal(parsed.data.length, 3);
  assert.equal(parsed.data[2]![7], 'الكاظمي');
  assert.ok(parsed.data[1]![4]!.startsWith("'="), 'a formula in a message is neutralised');
});
