import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossaryCandidates } from '../../../src/names/glossary-candidates.js';
import type { HouseStyle } from '../../../src/model.js';
import { term } from '../../helpers/deeplSamples.js';
import { saved } from '../../helpers/savedReview.js';

const asIs: HouseStyle = { article: 'as-is' };

const kadhimi = (id: string, title: string, spelling = 'al-Kadhimi') =>
  saved(id, title, 'التقى رئيس الوزراء مصطفى الكاظمي الرئيس الأمريكي جو بايدن في واشنطن.\n\nوقال الكاظمي إن المحادثات كانت صريحة.',
    `Prime Minister Mustafa ${spelling} met US President Joe Biden in Washington.\n\n${spelling[0]!.toUpperCase()}${spelling.slice(1)} said the talks were frank.`);

test('a name two reviews wrote one way is offered for the glossary, with the article the desk writes mid-sentence', () => {
  const records = [kadhimi('r2', 'Budget vote'), kadhimi('r1', 'Talks in Washington')];
  const found = glossaryCandidates(records, { terms: [] }, asIs);
  assert.deepEqual(found.find((c) => c.arabic === 'الكاظمي'), { arabic: 'الكاظمي', english: 'al-Kadhimi', articles: ['Budget vote', 'Talks in Washington'], kind: 'person' });
  assert.deepEqual(found.map((c) => c.arabic), ['الكاظمي'], 'مصطفى and بايدن are words many people share: never offered alone');
  assert.equal(glossaryCandidates(records, { terms: [] }, { article: 'Al-' }).find((c) => c.arabic === 'الكاظمي')?.english, 'Al-Kadhimi', 'the house style decides the capital');
});

test('no offer for a name written in one article only, spelled another way anywhere, or covered by any glossary term', () => {
  const kadhimiIn = (found: ReturnType<typeof glossaryCandidates>) => found.some((c) => c.arabic === 'الكاظمي');
  assert.equal(glossaryCandidates([kadhimi('r1', 'One')], { terms: [] }, asIs).length, 0);
  const disputed = [kadhimi('r3', 'Three', 'al-Kazemi'), kadhimi('r2', 'Two'), kadhimi('r1', 'One')];
  assert.equal(kadhimiIn(glossaryCandidates(disputed, { terms: [] }, asIs)), false, 'Kazemi in one article: the editor settles it');
  const records = [kadhimi('r2', 'Two'), kadhimi('r1', 'One')];
  const longer = glossaryCandidates(records, { terms: [term('مصطفى الكاظمي', 'Mustafa al-Kadhimi')] }, asIs);
  assert.deepEqual(longer, [], 'a longer term holds the name');
  assert.equal(kadhimiIn(glossaryCandidates(records, { terms: [term('كاظمي', 'Kazemi', 'rejected')] }, asIs)), false, 'a rejected term is a decision too');
});

test('a listed place is offered as a place (Jerusalem for القدس); any other name as a person, for the editor to change (Fallujah)', () => {
  const ar = 'وصل الوفد إلى الفلوجة قادما من القدس.';
  const en = 'The delegation arrived in Fallujah from Jerusalem.';
  const records = [saved('r2', 'Two', ar, en), saved('r1', 'One', ar, en)];
  assert.deepEqual(glossaryCandidates(records, { terms: [] }, asIs).map((c) => [c.arabic, c.english, c.kind]), [['الفلوجة', 'Fallujah', 'person'], ['القدس', 'Jerusalem', 'place']]);
});
