import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isReviewFileName, parseReview, serializeReview, ReviewFileError, REVIEW_SCHEMA_VERSION } from '../../../src/review/file.js';
import { sampleReview } from '../formats/sample.js';

function refusal(fn: () => unknown): ReviewFileError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ReviewFileError, `expected ReviewFileError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected the file to be refused');
}

test('a review survives serialize → parse unchanged, Arabic and edits included', () => {
  const review = sampleReview();
  const text = serializeReview(review);
  assert.ok(text.includes('الكاظمي'), 'Arabic is written as text, not escaped');
  const back = parseReview(text, 'article.tadqiq.json');
  assert.deepEqual(back, review);
  assert.equal(serializeReview(back), text, 'serializing again gives the same bytes');
});

test('the article is stored once: segments leave out text that is the full text at their range, so the second copy of the article is gone from the file', () => {
  const review = sampleReview();
  const text = serializeReview(review);
  const stored = JSON.parse(text) as { segments: Array<Record<string, unknown>> };
  assert.ok(stored.segments.every((s) => !('source' in s) && !('target' in s)), 'no segment repeats its text');
  const both = JSON.stringify(review, null, 2);
  const twice = review.segments.reduce((n, s) => n + s.source.length + s.target.length, 0);
  assert.ok(both.length - text.length >= twice, `${text.length} characters against ${both.length} with every text twice (${twice} characters of segment text)`);
  assert.deepEqual(parseReview(text, 'a.tadqiq').segments, review.segments);
});

test('a segment whose text is not the full text at its range keeps its text in the file', () => {
  const review = sampleReview();
  const changed = { ...review, segments: review.segments.map((s, i) => (i === 1 ? { ...s, target: `${s.target} (retranslated)` } : s)) };
  const text = serializeReview(changed);
  assert.equal((JSON.parse(text) as { segments: Array<Record<string, unknown>> }).segments.filter((s) => 'target' in s).length, 1);
  assert.deepEqual(parseReview(text, 'a.tadqiq'), changed);
});

test('a schema-1 file, which stored every text twice, opens as it was', () => {
  const review = sampleReview();
  const { schema: _schema, ...rest } = review;
  const v1 = JSON.stringify({ format: 'tadqiq-review', schema: 1, ...rest }, null, 2);
  assert.deepEqual(parseReview(v1, 'old.tadqiq'), review);
});

test('a segment whose range runs past the end of the text is refused as damaged, saying where', () => {
  const text = serializeReview(sampleReview());
  const stored = JSON.parse(text) as { segments: Array<{ targetRange: { start: number; end: number } | null }> };
  stored.segments[2]!.targetRange = { start: 10, end: 10_000_000 };
  const e = refusal(() => parseReview(JSON.stringify(stored), 'cut.tadqiq'));
  assert.equal(e.problem, 'invalid');
  assert.match(e.message, /segments\.2.*English text/);
});

test('fields added later by a compatible version are kept when a file is opened and saved again', () => {
  const text = serializeReview(sampleReview()).replace('"title":', '"labels": ["politics"],\n  "title":');
  const back = parseReview(text, 'a.tadqiq.json') as unknown as Record<string, unknown>;
  assert.deepEqual(back.labels, ['politics']);
});

test('a byte-order mark in front of the JSON does not stop the file from opening', () => {
  const back = parseReview(`\uFEFF${serializeReview(sampleReview())}`, 'bom.tadqiq.json');
  assert.equal(back.edits.s3?.startsWith('Al-Kadhimi'), true);
});

test('a file from a newer Tadqiq is refused, never half-read', () => {
  const newer = serializeReview(sampleReview()).replace(`"schema": ${REVIEW_SCHEMA_VERSION}`, '"schema": 7');
  const e = refusal(() => parseReview(newer, 'future.tadqiq.json'));
  assert.equal(e.problem, 'newer-version');
  assert.match(e.message, /made by a newer Tadqiq/);
  assert.match(e.message, /future\.tadqiq\.json/);
});

test('a file cut off mid-write is reported as incomplete and points to the backup', () => {
  const text = serializeReview(sampleReview());
  const e = refusal(() => parseReview(text.slice(0, Math.floor(text.length * 0.6)), 'cut.tadqiq.json'));
  assert.equal(e.problem, 'truncated');
  assert.match(e.message, /incomplete/);
  assert.match(e.message, /cut\.tadqiq\.json\.bak/);
});

test('an empty file (power loss before anything was written) is refused with a message', () => {
  const e = refusal(() => parseReview('', 'empty.tadqiq.json'));
  assert.equal(e.problem, 'truncated');
  assert.match(e.message, /empty/);
});

test('garbage in the middle of the file is reported as damaged', () => {
  const text = serializeReview(sampleReview()).replace('"edits"', '"edits" ::: \u0000');
  const e = refusal(() => parseReview(text, 'bad.tadqiq.json'));
  assert.equal(e.problem, 'corrupt');
  assert.match(e.message, /damaged/);
});

test('a JSON file that is not a review (e.g. a glossary) is told apart from a damaged review', () => {
  const e = refusal(() => parseReview('{"terms": []}', 'glossary.json'));
  assert.equal(e.problem, 'not-a-review');
  assert.match(e.message, /not a Tadqiq review/);
});

test('a review missing its segments is refused and says where', () => {
  const data = JSON.parse(serializeReview(sampleReview())) as Record<string, unknown>;
  delete data.segments;
  const e = refusal(() => parseReview(JSON.stringify(data), 'x.tadqiq.json'));
  assert.equal(e.problem, 'invalid');
  assert.match(e.message, /segments/);
});

test('an edit for a segment that does not exist is refused rather than silently dropped', () => {
  const data = JSON.parse(serializeReview(sampleReview())) as { edits: Record<string, string> };
  data.edits.s99 = 'Lost work';
  const e = refusal(() => parseReview(JSON.stringify(data), 'x.tadqiq.json'));
  assert.match(e.message, /s99/);
});

test('a prototype (schema 0) file is migrated: texts, edits and ignored findings carried over, offsets recovered', () => {
  const arabic = 'واختتم الكاظمي كلمته بالرفض القاطع.\nقالت ليندا توماس غرينفيلد يوم ٢٩ يونيو.';
  const english = 'Al-Kadhimi concluded his speech with a categorical refusal.\nLinda Thomas Granfield said on June 29.';
  const v0 = {
    app: 'tadqiq',
    version: 0,
    title: 'Strategic dialogue',
    created: '2025-03-02T10:15:00.000Z',
    modified: '2025-03-02T11:00:00.000Z',
    arabic: { file: 'hiwar.ar.txt', text: arabic },
    english: { file: 'hiwar.en.txt', text: english },
    segments: [
      { id: 's1', ar: 'واختتم الكاظمي كلمته بالرفض القاطع.', en: 'Al-Kadhimi concluded his speech with a categorical refusal.', para: 1 },
      { id: 's2', ar: 'قالت ليندا توماس غرينفيلد يوم ٢٩ يونيو.', en: 'Linda Thomas Granfield said on June 29.', para: 2 },
    ],
    edits: { s2: 'Linda Thomas-Greenfield said on June 29.' },
    ignored: ['length-ratio:s1'],
  };
  const review = parseReview(JSON.stringify(v0), 'old.tadqiq.json');
  assert.equal(review.schema, REVIEW_SCHEMA_VERSION);
  assert.equal(review.title, 'Strategic dialogue');
  assert.equal(review.source.text, arabic);
  assert.equal(review.target.text, english);
  assert.equal(review.edits.s2, 'Linda Thomas-Greenfield said on June 29.');
  assert.deepEqual(review.decisions.ignored, ['length-ratio:s1']);
  const s2 = review.segments[1]!;
  assert.equal(english.slice(s2.targetRange!.start, s2.targetRange!.end), 'Linda Thomas Granfield said on June 29.');
  assert.equal(arabic.slice(s2.sourceRange!.start, s2.sourceRange!.end), 'قالت ليندا توماس غرينفيلد يوم ٢٩ يونيو.');
  // Saved again, it is a current file that opens the same.
  assert.deepEqual(parseReview(serializeReview(review), 'old.tadqiq.json'), review);
});

test('a schema 0 file without its English is refused with a message, not half-migrated', () => {
  const e = refusal(() => parseReview(JSON.stringify({ app: 'tadqiq', version: 0, arabic: { text: 'نص' }, segments: [] }), 'old.tadqiq.json'));
  assert.equal(e.problem, 'invalid');
  assert.match(e.message, /older review format/);
});

test('a review is known by its one extension, .tadqiq, and by the .tadqiq.json of earlier builds, in any case', () => {
  for (const name of ['Kadhimi visit.tadqiq', 'C:\\News\\KADHIMI.TADQIQ', 'old.tadqiq.json', 'Old.Tadqiq.Json ']) assert.equal(isReviewFileName(name), true, name);
  for (const name of ['settings.json', 'article.ar.txt', 'tadqiq', 'notes.tadqiq.txt']) assert.equal(isReviewFileName(name), false, name);
});
