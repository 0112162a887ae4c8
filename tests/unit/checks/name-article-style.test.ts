import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/analyze.js';
import type { AnalyzeOptions, Finding, Segment } from '../../../src/model.js';
import { fixtureSegments, segment } from '../names/fixtures.js';

function articleFindings(segs: Segment[], options: AnalyzeOptions = { houseStyle: { article: 'as-is' } }): Finding[] {
  return runChecks(segs, { terms: [] }, options).filter((f) => f.check === 'name-article-style');
}

test('iraq: al-Sadr / Al-Sadr is an article-style question, not a spelling variant', () => {
  const segs = fixtureSegments('iraq');
  const all = runChecks(segs, { terms: [] }, { houseStyle: { article: 'as-is' } });
  const style = all.filter((f) => f.check === 'name-article-style');
  assert.equal(style.length, 1);
  assert.equal(style[0]!.key, 'name-article-style:الصدر');
  assert.equal(style[0]!.severity, 'info');
  assert.ok(!all.some((f) => f.check === 'name-variants' && f.key.includes('الصدر')));
  // Tie (one al-, one Al- mid-sentence): the first occurrence wins; the sentence-initial Al-Sadr is left alone.
  assert.equal(style[0]!.data?.preferred, 'al-Sadr');
  assert.deepEqual(style[0]!.fix, [{ segment: 's4', start: 'Observers believe that '.length, end: 'Observers believe that Al-Sadr'.length, text: 'al-Sadr' }]);
});

test('house style decides: Al- rewrites al- and el- mid-sentence', () => {
  const segs = fixtureSegments('libya');
  const [f] = articleFindings(segs, { houseStyle: { article: 'Al-' } });
  assert.ok(f);
  assert.equal(f.data?.preferred, 'Al-Mangoush');
  assert.deepEqual(f.fix!.map((r) => r.text), ['Al-Mangoush', 'Al-Mangoush']);
});

test('AlKadhimi, Al Kadhimi and al-Kadhimi written in one text: one info finding; a single style is never flagged', () => {
  const segs = [segment('s1', '', 'We met AlKadhimi, then Al Kadhimi, then al-Kadhimi and al-Kadhimi.')];
  const [f] = articleFindings(segs);
  assert.ok(f);
  assert.equal(f.data?.preferred, 'al-Kadhimi');
  assert.equal(f.fix?.length, 2);
  assert.deepEqual(articleFindings([segment('s1', '', 'We met al-Kadhimi. Al-Kadhimi spoke, and al-Kadhimi left.')]), [], 'a sentence-initial capital is not a style');
});

test('the article inside a الدين compound is a style question: Salah al-Din / Salah Al-Din / Salah ad-Din, fixed in place', () => {
  const segs = [
    segment('s1', 'قال صلاح الدين إن الاجتماع انتهى.', 'Salah al-Din said the meeting had ended.'),
    segment('s2', 'وأضاف صلاح الدين أن الحكومة وافقت.', 'Later Salah Al-Din added that the government agreed.'),
    segment('s3', 'وأكد صلاح الدين ذلك.', 'Salah al-Din confirmed it, and Salah ad-Din left.'),
  ];
  const all = runChecks(segs, { terms: [] }, { houseStyle: { article: 'as-is' } });
  assert.ok(!all.some((f) => f.check === 'name-variants'), 'not reported as a spelling variant');
  const [f] = all.filter((x) => x.check === 'name-article-style');
  assert.ok(f);
  assert.equal(f.data?.preferred, 'Salah al-Din');
  assert.deepEqual(f.fix!.map((r) => [r.segment, r.text]), [['s2', 'Salah al-Din'], ['s3', 'Salah al-Din']]);
  // A house style rewrites the inner article and adds no leading one.
  const [h] = articleFindings(segs, { houseStyle: { article: 'Al-' } });
  assert.equal(h!.data?.preferred, 'Salah Al-Din');
  assert.deepEqual(h!.fix!.map((r) => [r.segment, r.text]), [['s1', 'Salah Al-Din'], ['s3', 'Salah Al-Din'], ['s3', 'Salah Al-Din']]);
});

test('a solid or differently spelled الدين compound stays a spelling question: Salahuddin beside Salah al-Din', () => {
  const segs = [segment('s1', '', 'Police in Salahuddin said so. Then Salah al-Din left, and Salah al-Din came back.')];
  const all = runChecks(segs, { terms: [] }, { houseStyle: { article: 'as-is' } });
  assert.deepEqual(articleFindings(segs), []);
  assert.ok(all.some((f) => f.check === 'name-variants' && (f.data?.forms as string[]).includes('Salahuddin')));
});

test('a house style reaches the article inside a الدين compound when a spelling question is fixed too: Salahuddin → Salah Al-Din', () => {
  const segs = [segment('s1', '', 'Police in Salahuddin said so. Then Salah al-Din left, and Salah al-Din came back.')];
  const variants = runChecks(segs, { terms: [] }, { houseStyle: { article: 'Al-' } }).filter((f) => f.check === 'name-variants');
  assert.equal(variants.length, 1);
  assert.equal(variants[0]!.data?.preferred, 'Salah Al-Din');
  assert.deepEqual(variants[0]!.fix!.map((r) => r.text), ['Salah Al-Din', 'Salah Al-Din', 'Salah Al-Din']);
});
