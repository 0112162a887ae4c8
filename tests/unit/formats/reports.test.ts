import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Finding } from '../../../src/model.js';
import { exportReportHtml, reportCounts } from '../../../src/formats/exportReport.js';
import { exportChangesHtml } from '../../../src/formats/exportChanges.js';
import { sampleReview } from './sample.js';

const findings: Finding[] = [
  {
    key: 'name-variants:الكاظمي',
    check: 'name-variants',
    severity: 'warning',
    message: 'الكاظمي is written 2 ways: Al-Kadhimi (2), Al-Kazemi (1)',
    occurrences: [
      { segment: 's3', side: 'target', start: 0, end: 9, text: 'Al-Kazemi' },
      { segment: 's4', side: 'target', start: 0, end: 10, text: 'Al-Kadhimi' },
    ],
    data: { forms: ['Al-Kadhimi', 'Al-Kazemi'] },
  },
  {
    key: 'clutter:s7',
    check: 'clutter',
    severity: 'info',
    message: 'Looks like web-page text, not the article: <Leave a Reply>',
    occurrences: [{ segment: 's7', side: 'target', start: 0, end: 13, text: 'Leave a Reply' }],
  },
  {
    key: 'length-ratio:s1',
    check: 'length-ratio',
    severity: 'warning',
    message: 'The English is unusually long for the Arabic <script>alert(1)</script>',
    occurrences: [],
  },
];
const titles = { 'name-variants': 'Inconsistent names', clutter: 'Web-page clutter', 'length-ratio': 'Length ratio' };

/** The text of one segment of the change report with <ins> or <del> dropped. */
function segmentWithout(html: string, id: string, tag: 'ins' | 'del'): string {
  const seg = DomUtils.getElementsByTagName('p', parseDocument(html).children).find((p) => DomUtils.getAttributeValue(p, 'data-segment') === id)!;
  return seg.children.map((c) => ('name' in c && c.name === tag ? '' : DomUtils.textContent(c))).join('');
}

function textOf(html: string): string {
  return DomUtils.textContent(parseDocument(html).children).replace(/\s+/g, ' ');
}

test('QA report counts findings, open ones by severity, ignored ones and edited segments', () => {
  const counts = reportCounts(sampleReview(), findings);
  assert.deepEqual(counts, { findings: 3, open: 2, ignored: 1, bySeverity: { error: 0, warning: 1, info: 1 }, editedSegments: 3, segments: 8, reviewedSegments: 0, reviewableSegments: 8 });
});

test('QA report says how many segments the editor marked reviewed; a mark on English changed since does not count', () => {
  const review = sampleReview();
  const [first, second] = review.segments;
  review.decisions.reviewed = { [first!.id]: first!.target, [second!.id]: 'an older English' };
  assert.equal(reportCounts(review, findings).reviewedSegments, 1);
  assert.match(textOf(exportReportHtml(review, findings)), /Segments marked reviewed\s*1 of 8/);
});

test('QA report HTML: findings grouped by check with their titles, decisions shown, everything escaped', () => {
  const html = exportReportHtml(sampleReview(), findings, { checkTitles: titles, now: new Date('2026-11-28T05:00:00Z') });
  const dom = parseDocument(html);
  assert.equal(DomUtils.getElementsByTagName('script', dom.children).length, 0, 'message text never becomes markup');
  const headings = DomUtils.getElementsByTagName('h2', dom.children).map((h) => DomUtils.textContent(h));
  assert.deepEqual(headings, ['Summary', 'Inconsistent names (1)', 'Length ratio (1)', 'Web-page clutter (1)', 'Names and terms approved (1)']);
  const text = textOf(html);
  assert.match(text, /Open\s*2 \(errors 0, warnings 1, notes 1\)/);
  assert.match(text, /Ignored by the editor\s*1/);
  assert.match(text, /Segments edited\s*3 of 8/);
  assert.match(text, /Preferred form: Al-Kadhimi/);
  assert.match(text, /<Leave a Reply>/);
  assert.match(text, /<script>alert\(1\)<\/script>/);
  assert.match(html, /<bdi lang="ar" dir="rtl">الكاظمي<\/bdi> is written 2 ways/);
  assert.match(html, /@media print/);
  const ignoredRow = DomUtils.getElementsByTagName('tr', dom.children).find((tr) => DomUtils.getAttributeValue(tr, 'class') === 'ignored');
  assert.ok(ignoredRow && /Length ratio|unusually long/.test(DomUtils.textContent(ignoredRow)));
});

test('QA report with no findings says so', () => {
  assert.match(textOf(exportReportHtml(sampleReview(), [])), /No findings\./);
});

test('change report: MT words struck out, editor words inserted; both texts recoverable from the page', () => {
  const review = sampleReview();
  const html = exportChangesHtml(review);
  const dom = parseDocument(html);
  const dels = DomUtils.getElementsByTagName('del', dom.children).map((d) => DomUtils.textContent(d));
  const inss = DomUtils.getElementsByTagName('ins', dom.children).map((d) => DomUtils.textContent(d));
  // jsdiff splits at the hyphen, so only the changed half of "Al-Kazemi" is struck out.
  assert.ok(dels.includes('Kazemi'));
  assert.ok(inss.includes('Kadhimi'));
  assert.ok(dels.some((d) => d.includes('Granfield')));
  assert.ok(inss.includes('-Greenfield'));
  assert.match(textOf(html), /3 segments changed; \d+ words added, \d+ removed\./);
  // Dropping <del> gives the corrected English of a segment; dropping <ins> gives the MT.
  assert.equal(segmentWithout(html, 's5', 'del'), review.edits.s5);
  assert.equal(segmentWithout(html, 's5', 'ins'), review.segments.find((s) => s.id === 's5')!.target);
});

test('change report can list only changed segments, and escapes the text', () => {
  const review = sampleReview();
  review.edits.s4 = 'Al-Kadhimi <b>concluded</b> & left.';
  const html = exportChangesHtml(review, { onlyChanged: true });
  const segs = DomUtils.getElementsByTagName('p', parseDocument(html).children).filter((p) => DomUtils.getAttributeValue(p, 'data-segment'));
  assert.deepEqual(segs.map((p) => DomUtils.getAttributeValue(p, 'data-segment')), ['s2', 's3', 's4', 's5']);
  assert.doesNotMatch(html, /<b>concluded/);
  assert.match(html, /&lt;b&gt;/);
  assert.equal(segmentWithout(html, 's4', 'del'), 'Al-Kadhimi <b>concluded</b> & left.');
});
