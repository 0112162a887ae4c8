import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isReviewed, marksFromReviewedTexts, nextUnreviewed, reviewProgress, savedEnglish, vouchedSegments, withPublished, withReviewed } from '../../../src/review/reviewed.js';
import { parseReview, serializeReview, ReviewFileError } from '../../../src/review/file.js';
import { applyEdit, createSession, currentTarget, undo } from '../../../src/review/session.js';
import { sampleReview } from '../formats/sample.js';

test('a reviewed mark holds while the English reads as it did, and lapses when an edit changes it; undo brings it back', () => {
  const review = sampleReview();
  const id = review.segments[0]!.id;
  let session = createSession(review.segments, review.edits);
  const decisions = withReviewed(review.decisions, id, currentTarget(session, id), true);
  assert.equal(isReviewed(decisions, id, currentTarget(session, id)), true);
  session = applyEdit(session, id, 'The complexities of the Iraqi–US strategic dialogue');
  assert.equal(isReviewed(decisions, id, currentTarget(session, id)), false, 'edited after the mark');
  session = undo(session);
  assert.equal(isReviewed(decisions, id, currentTarget(session, id)), true, 'undo restores the reviewed English');
  assert.equal(isReviewed(withReviewed(decisions, id, '', false), id, currentTarget(session, id)), false, 'unmarked');
});

test('progress counts segments with any text; the next unreviewed segment wraps round and skips reviewed ones', () => {
  const review = sampleReview();
  const english = savedEnglish(review);
  const ids = review.segments.map((s) => s.id);
  assert.deepEqual(reviewProgress(review, english), { reviewed: 0, total: ids.length });
  let decisions = review.decisions;
  for (const id of ids.slice(0, 3)) decisions = withReviewed(decisions, id, english(id), true);
  const marked = { ...review, decisions };
  assert.deepEqual(reviewProgress(marked, english), { reviewed: 3, total: ids.length });
  assert.equal(nextUnreviewed(marked, english, ids[0]!), ids[3]);
  assert.equal(nextUnreviewed(marked, english, ids[ids.length - 1]!), ids[3], 'wraps to the first one not reviewed');
  for (const id of ids) decisions = withReviewed(decisions, id, english(id), true);
  assert.equal(nextUnreviewed({ ...review, decisions }, english, ids[0]!), null);
});

test('reviewed marks survive saving and opening; a file from before them opens; a mark on a missing segment is refused', () => {
  const review = sampleReview();
  const id = review.segments[2]!.id;
  review.decisions.reviewed = { [id]: savedEnglish(review)(id) };
  const back = parseReview(serializeReview(review), 'a.tadqiq');
  assert.deepEqual(back.decisions.reviewed, review.decisions.reviewed);
  const older = sampleReview();
  delete older.decisions.reviewed;
  assert.equal(parseReview(serializeReview(older), 'old.tadqiq').decisions.reviewed, undefined);
  const bad = { ...review, decisions: { ...review.decisions, reviewed: { nowhere: 'x' } } };
  assert.throws(() => parseReview(serializeReview(bad), 'bad.tadqiq'), (e: unknown) => e instanceof ReviewFileError && /marks segment "nowhere" as reviewed/.test(e.message));
});

test('reviewed marks survive a round trip through XLIFF 2.1 and 1.2: the tool\'s states become marks again', async () => {
  const { exportXliff2, exportXliff12 } = await import('../../../src/formats/exportXliff.js');
  const { importDocument } = await import('../../../src/formats/import.js');
  const review = sampleReview();
  const english = savedEnglish(review);
  const first = review.segments[0]!;
  review.decisions.reviewed = { [first.id]: english(first.id) };
  for (const xml of [exportXliff2(review), exportXliff12(review)]) {
    const doc = await importDocument(new TextEncoder().encode(xml), 'back.xlf');
    assert.equal(doc.kind, 'xliff');
    if (doc.kind !== 'xliff') continue;
    const reviewedTexts = doc.units.filter((u) => u.reviewed).map((u) => u.target);
    // Edited segments go out as reviewed too; the unedited headline goes out reviewed only because it was marked.
    assert.ok(reviewedTexts.includes(english(first.id)));
    const marks = marksFromReviewedTexts(review.segments.map((s) => ({ id: s.id, target: english(s.id) })), reviewedTexts);
    assert.equal(marks[first.id], english(first.id));
  }
});

test('a unit the aligner split into sentences marks each of its sentences; unrelated English stays unmarked', () => {
  const marks = marksFromReviewedTexts(
    [{ id: 'a', target: 'Al-Kadhimi left Baghdad.' }, { id: 'b', target: 'He arrived in Washington on Monday.' }, { id: 'c', target: 'Talks begin Tuesday.' }],
    ['Al-Kadhimi left Baghdad. He arrived in Washington on Monday.'],
  );
  assert.deepEqual(Object.keys(marks), ['a', 'b']);
});

test('the segments an editor vouched for: reviewed, or exported, as they still read; an edit after either takes it back', () => {
  const review = sampleReview();
  const [a, b, c] = review.segments.map((s) => s.id);
  let session = createSession(review.segments, review.edits);
  const english = (id: string) => currentTarget(session, id);
  assert.deepEqual([...vouchedSegments(review, english)], [], 'the machine translation alone vouches for nothing');
  const marked = { ...review, decisions: withReviewed(review.decisions, a!, english(a!), true) };
  assert.deepEqual([...vouchedSegments(marked, english)], [a]);
  const exported = { ...marked, decisions: withPublished(marked.decisions, marked.segments, english) };
  assert.equal(vouchedSegments(exported, english).size, review.segments.length);
  session = applyEdit(session, b!, 'Something else entirely.');
  assert.equal(vouchedSegments(exported, english).has(b!), false, 'edited since the export');
  assert.equal(vouchedSegments(exported, english).has(c!), true);
  const back = parseReview(serializeReview(exported), 'a.tadqiq');
  assert.deepEqual(back.decisions.published, exported.decisions.published, 'kept in the review file');
  const bad = { ...review, decisions: { ...review.decisions, published: { nowhere: 'x' } } };
  assert.throws(() => parseReview(serializeReview(bad), 'bad.tadqiq'), (e: unknown) => e instanceof ReviewFileError && /says segment "nowhere" was exported/.test(e.message));
});
