import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctedParagraphs, correctedSegments, correctedText } from '../../../src/review/corrected.js';
import { sampleCorrectedParagraphs, sampleReview } from './sample.js';

test('corrected text applies the edits, keeps paragraphs, and leaves web clutter out', () => {
  const review = sampleReview();
  assert.deepEqual(correctedParagraphs(review), sampleCorrectedParagraphs);
  const text = correctedText(review);
  assert.equal(text, sampleCorrectedParagraphs.join('\n\n'));
  assert.doesNotMatch(text, /Kazemi|Granfield|Leave a Reply|Twitter/);
});

test('the machine translation itself is never changed by corrections', () => {
  const review = sampleReview();
  const before = review.target.text;
  correctedText(review);
  assert.equal(review.target.text, before);
  assert.match(review.target.text, /Al-Kazemi was very frank/);
});

test('target-only clutter is included when asked for', () => {
  const paragraphs = correctedParagraphs(sampleReview(), { includeTargetOnly: true });
  assert.equal(paragraphs.length, 6);
  assert.equal(paragraphs[4], 'Leave a Reply');
});

test('a paragraph the editor emptied disappears; a segment emptied inside a paragraph leaves no double space', () => {
  const review = sampleReview();
  review.edits.s1 = '';
  review.edits.s3 = '';
  const paragraphs = correctedParagraphs(review);
  assert.equal(paragraphs[0], 'Dr. Muhammad Al-Saeed Idris');
  assert.equal(paragraphs[1], 'Al-Kadhimi concluded his speech by categorically refusing to “use its lands to attack its neighbors.”');
});

test('English the editor wrote for an omitted Arabic sentence is exported in its paragraph', () => {
  const review = sampleReview();
  review.edits.s6 = 'The US administration deliberately confirmed the targets of the raids.';
  const paragraphs = correctedParagraphs(review);
  assert.match(paragraphs[3]!, /June 29, 2021\. The US administration deliberately/);
  const seg = correctedSegments(review).find((s) => s.id === 's6');
  assert.equal(seg?.edited, true);
  assert.equal(seg?.source.includes('الغارات'), true);
});
