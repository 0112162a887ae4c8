import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossaryCandidates } from '../../../src/names/glossary-candidates.js';
import type { HouseStyle } from '../../../src/model.js';
import { term } from '../../helpers/deeplSamples.js';
import { saved } from '../../helpers/savedReview.js';

const asIs: HouseStyle = { article: 'as-is' };

/** What two reviews of one article offer for the glossary: Arabic, English and kind. */
const offeredFromTwo = (ar: string, en: string) =>
  glossaryCandidates([saved('r2', 'Two', ar, en), saved('r1', 'One', ar, en)], { terms: [] }, asIs).map((c) => [c.arabic, c.english, c.kind]);

const kadhimi = (id: string, title: string, spelling = 'al-Kadhimi') =>
  saved(id, title, 'التقى رئيس الوزراء مصطفى الكاظمي الرئيس الأمريكي جو بايدن في واشنطن.\n\nوقال الكاظمي إن المحادثات كانت صريحة.',
    `Prime Minister Mustafa ${spelling} met US President Joe Biden in Washington.\n\n${spelling[0]!.toUpperCase()}${spelling.slice(1)} said the talks were frank.`);

test('a name two reviews wrote one way is offered for the glossary, with the article the desk writes mid-sentence', () => {
  const records = [kadhimi('r2', 'Budget vote'), kadhimi('r1', 'Talks in Washington')];
  const found = glossaryCandidates(records, { terms: [] }, asIs);
  assert.deepEqual(found.find((c) => c.arabic === 'الكاظمي'), { arabic: 'الكاظمي', english: 'al-Kadhimi', articles: ['Budget vote', 'Talks in Washington'], kind: 'person' });
  // مصطفى and بايدن are words many people share: offered only within the full names they were written in.
  assert.deepEqual(found.map((c) => [c.arabic, c.english]), [['الكاظمي', 'al-Kadhimi'], ['مصطفى الكاظمي', 'Mustafa al-Kadhimi'], ['جو بايدن', 'Joe Biden']]);
  assert.equal(glossaryCandidates(records, { terms: [] }, { article: 'Al-' }).find((c) => c.arabic === 'الكاظمي')?.english, 'Al-Kadhimi', 'the house style decides the capital');
  // Records saved by builds that kept no article cannot say whether the desk writes al-Kadhimi or Kadhimi.
  const older = records.map((r) => ({ ...r, names: r.names.map((n) => ({ ...n, spellings: n.spellings.map(({ article: _, ...s }) => s) })) }));
  assert.equal(glossaryCandidates(older, { terms: [] }, asIs).some((c) => c.arabic === 'الكاظمي'), false);
  assert.equal(glossaryCandidates([older[0]!, records[1]!], { terms: [] }, asIs).find((c) => c.arabic === 'الكاظمي')?.english, 'al-Kadhimi', 'one record of this build says it');
});

test('no offer for a name written in one article only, spelled another way anywhere, or covered by any glossary term', () => {
  const kadhimiIn = (found: ReturnType<typeof glossaryCandidates>) => found.some((c) => c.arabic.includes('الكاظمي'));
  assert.equal(glossaryCandidates([kadhimi('r1', 'One')], { terms: [] }, asIs).length, 0);
  const disputed = [kadhimi('r3', 'Three', 'al-Kazemi'), kadhimi('r2', 'Two'), kadhimi('r1', 'One')];
  assert.equal(kadhimiIn(glossaryCandidates(disputed, { terms: [] }, asIs)), false, 'Kazemi in one article: the editor settles it');
  const records = [kadhimi('r2', 'Two'), kadhimi('r1', 'One')];
  const longer = glossaryCandidates(records, { terms: [term('مصطفى الكاظمي', 'Mustafa al-Kadhimi')] }, asIs);
  assert.deepEqual(longer.map((c) => c.arabic), ['جو بايدن'], 'a longer term holds the name and the full name');
  assert.equal(glossaryCandidates(records, { terms: [term('كاظمي', 'Kazemi', 'rejected')] }, asIs).some((c) => c.arabic === 'الكاظمي'), false, 'a rejected term is a decision too');
});

test('a listed place is offered as a place (Jerusalem for القدس); another name by what the articles said around it (in Fallujah)', () => {
  const ar = 'وصل الوفد إلى الفلوجة قادما من القدس.';
  const en = 'The delegation arrived in Fallujah from Jerusalem.';
  const records = [saved('r2', 'Two', ar, en), saved('r1', 'One', ar, en)];
  assert.deepEqual(glossaryCandidates(records, { terms: [] }, asIs).map((c) => [c.arabic, c.english, c.kind]), [['الفلوجة', 'Fallujah', 'place'], ['القدس', 'Jerusalem', 'place']]);
  // A country whose English name holds its article is listed as written: El Salvador, not "Salvador".
  assert.deepEqual(offeredFromTwo('زار الوفد السلفادور.', 'The delegation visited El Salvador.'), [['السلفادور', 'El Salvador', 'place']]);
  // Nothing around a name says what it is: a person, for the editor to change.
  const bare = [saved('r4', 'Four', 'وصل الفلوجة.', 'Fallujah arrived.'), saved('r3', 'Three', 'وصل الفلوجة.', 'Fallujah arrived.')];
  assert.equal(glossaryCandidates(bare, { terms: [] }, asIs)[0]?.kind, 'person');
});

test('a name the articles mostly place stays a place though one sentence reads it as a person; an Arabic cue alone is enough', () => {
  const inAnbar = saved('r1', 'Clashes', 'اندلعت اشتباكات في محافظة الأنبار.\n\nوعاد الهدوء إلى الأنبار.', 'Clashes broke out in Anbar province.\n\nCalm returned to Anbar.');
  // The Arabic says محافظة الأنبار; the English drops the word "province" (no English cue at all).
  const arabicOnly = saved('r2', 'Calm', 'عاد الهدوء إلى محافظة الأنبار.', 'Calm returned to Anbar.');
  const said = saved('r3', 'Metonymy', 'وقالت الأنبار إن الطرق مفتوحة.', 'Anbar said the roads were open.');
  const found = glossaryCandidates([said, arabicOnly, inAnbar], { terms: [] }, asIs);
  assert.deepEqual(found.map((c) => [c.english, c.kind]), [['Anbar', 'place']]);
  const again = saved('r4', 'Again', 'وقالت الأنبار إن الطرق مفتوحة.', 'Anbar said the roads were open.');
  assert.equal(glossaryCandidates([said, again], { terms: [] }, asIs)[0]?.kind, 'person', 'only "said": read as a person');
});

test('an Arabic adjective an article paired with a noun is no name to approve (اللاتينية as "Latin", البريطانية as "Britain")', () => {
  const ar = 'انتشرت الحركات اليسارية في أمريكا اللاتينية.\n\nوقال الرئيس إن الحكومة البريطانية لم ترد، واندلعت اشتباكات في الناصرية.';
  const en = 'Leftist movements spread throughout Latin America.\n\nThe president said the Britain government did not respond, and clashes broke out in Nasiriyah.';
  const records = [saved('r2', 'Two', ar, en), saved('r1', 'One', ar, en)];
  assert.deepEqual(records[0]!.names.map((n) => [n.arabic, n.spellings[0]!.written]).filter(([a]) => a !== 'الناصرية'), [['اللاتينية', 'Latin'], ['البريطانية', 'Britain']], 'remembered as the articles anchored them');
  // A nisba that names a place (or a person: al-Kadhimi) ends as one in English too, and is offered.
  assert.deepEqual(glossaryCandidates(records, { terms: [] }, asIs).map((c) => [c.arabic, c.english, c.kind]), [['الناصرية', 'Nasiriyah', 'place']]);
});

test('a name the articles write as an organization\'s is offered as one (تنظيم القاعدة, "al-Qaeda militants")', () => {
  const story = (id: string) => saved(id, id, 'وأعلن تنظيم القاعدة مسؤوليته عن الهجوم.', 'Al-Qaeda militants claimed responsibility for the attack.');
  assert.deepEqual(glossaryCandidates([story('r2'), story('r1')], { terms: [] }, asIs).map((c) => [c.arabic, c.kind]), [['القاعدة', 'organization']]);
});

test('a club named for its city is offered as an organization, not as a person or a place (Real Madrid, Rapid Vienna)', () => {
  assert.deepEqual(offeredFromTwo('فاز ريال مدريد على رابيد فيينا في مباراة ودية.', 'Real Madrid beat Rapid Vienna in a friendly.'), [
    ['ريال مدريد', 'Real Madrid', 'organization'],
    ['رابيد فيينا', 'Rapid Vienna', 'organization'],
  ]);
});

test('a paper is offered as an organization by the noun before its name (صحيفة واشنطن بوست, صحيفة "ذا هل")', () => {
  const ar = 'ذكرت صحيفة واشنطن بوست أن الرئيس غادر واشنطن، بحسب ما نقلت صحيفة "ذا هل".';
  assert.deepEqual(offeredFromTwo(ar, 'The Washington Post reported that the president left Washington, according to The Hill.'), [
    ['واشنطن بوست', 'Washington Post', 'organization'],
    ['ذا هل', 'The Hill', 'organization'],
  ]);
});

test('a Korean full name is offered whole: Kim Jong-un over كيم جونغ أون, not "Kim Jong"', () => {
  assert.deepEqual(offeredFromTwo('منذ تولي كيم جونغ أون السلطة، التقى الرئيس مون جاي إن.', 'Since Kim Jong-un came to power, he met President Moon Jae-in.'), [
    ['كيم جونغ أون', 'Kim Jong-un', 'person'],
    ['مون جاي إن', 'Moon Jae-in', 'person'],
  ]);
});

test('a full name is offered as the desk wrote it, hyphen and particle included, only while every article wrote it so', () => {
  const ar = 'وقالت المندوبة الأمريكية ليندا توماس غرينفيلد إن بلادها ستصوت ضد القرار.\n\nوالتقت ولي العهد محمد بن سلمان.';
  const en = (greenfield: string) => `US Ambassador Linda ${greenfield} said her country would vote against the resolution.\n\nShe met Crown Prince Mohammed bin Salman.`;
  const two = [saved('r2', 'Two', ar, en('Thomas-Greenfield')), saved('r1', 'One', ar, en('Thomas-Greenfield'))];
  assert.deepEqual(glossaryCandidates(two, { terms: [] }, asIs).map((c) => [c.arabic, c.english, c.kind]), [
    ['ليندا توماس غرينفيلد', 'Linda Thomas-Greenfield', 'person'],
    ['محمد بن سلمان', 'Mohammed bin Salman', 'person'],
  ]);
  const split = [saved('r3', 'Three', ar, en('Thomas Greenfield')), ...two];
  assert.deepEqual(glossaryCandidates(split, { terms: [] }, asIs).map((c) => c.english), ['Mohammed bin Salman'], 'a third article without the hyphen: the editor settles it');
});

test('an adjective of nationality is no name to approve (Iraqi, Saudi); a family name written with its article is (al-Sudani)', () => {
  const ar = 'وقال رئيس الوزراء العراقي محمد شياع السوداني إن الوفد السعودي وصل.';
  const en = 'Iraqi Prime Minister Mohammed Shia al-Sudani said the Saudi delegation had arrived.';
  const records = [saved('r2', 'Two', ar, en), saved('r1', 'One', ar, en)];
  const names = records[0]!.names.filter((n) => !n.writtenIn).map((n) => n.arabic);
  assert.ok(names.includes('العراقي') && names.includes('السعودي'), `the memory holds them: ${names.join(', ')}`);
  assert.deepEqual(glossaryCandidates(records, { terms: [] }, asIs).map((c) => c.english), ['al-Sudani', 'Mohammed Shia al-Sudani']);
});
