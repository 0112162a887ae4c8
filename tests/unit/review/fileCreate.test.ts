import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createReview } from '../../../src/review/create.js';
import { parseReview, serializeReview } from '../../../src/review/file.js';
import { correctedText } from '../../../src/review/corrected.js';

const fixtures = new URL('../../fixtures/seed/', import.meta.url);
const english = readFileSync(new URL('article.en.txt', fixtures), 'utf8');
const arabicPath = new URL('article.ar.txt', fixtures);

function arabic(): string {
  try {
    return readFileSync(arabicPath, 'utf8');
  } catch {
    return 'من المقرر أن يزور رئيس الوزراء العراقي مصطفى الكاظمي واشنطن.';
  }
}

test('a new review from the seed article keeps both texts, aligns them, and starts with no edits', () => {
  const { review } = createReview({
    source: { name: 'article.ar.txt', text: arabic() },
    target: { name: 'article.en.txt', text: english.replace(/\n/g, '\r\n') },
    id: 'r-seed',
    now: new Date('2026-11-28T05:00:00Z'),
  });
  assert.equal(review.id, 'r-seed');
  assert.equal(review.title, 'The complexities of the Iraqi-American strategic dialogue');
  assert.equal(review.createdAt, '2026-11-28T05:00:00.000Z');
  assert.ok(!review.target.text.includes('\r'), 'Windows line endings are unified so offsets are stable');
  assert.deepEqual(review.edits, {});
  assert.ok(review.segments.length > 5);
  for (const s of review.segments) {
    if (s.targetRange) assert.equal(review.target.text.slice(s.targetRange.start, s.targetRange.end), s.target);
    if (s.sourceRange) assert.equal(review.source.text.slice(s.sourceRange.start, s.sourceRange.end), s.source);
  }
  assert.ok(review.segments.some((s) => s.target.includes('Al-Kazemi')));
  // It can be saved and opened again as is.
  assert.deepEqual(parseReview(serializeReview(review), 'seed.tadqiq.json'), review);
  // Unedited, the corrected English still carries the MT's words.
  assert.match(correctedText(review, { includeTargetOnly: true }), /Linda Thomas Granfield/);
});

test('without an id a fresh unique id is made for each review', () => {
  const a = createReview({ source: { name: 'a', text: 'نص' }, target: { name: 'b', text: 'Text' } }).review;
  const b = createReview({ source: { name: 'a', text: 'نص' }, target: { name: 'b', text: 'Text' } }).review;
  assert.notEqual(a.id, b.id);
  assert.match(a.id, /^[A-Za-z0-9_-]+$/);
});
