/**
 * Names that are not spelling questions, from general news (the kind of English NTREX holds: every name
 * spelled one way by a careful writer). Each case was a false "spelled two ways" before.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameGroups, type NameGroup } from '../../../src/names/index.js';
import { groupQuestion } from '../../../src/names/questions.js';
import { sameEnglishStem } from '../../../src/names/english-stems.js';
import { isCommonEnglishWord } from '../../../src/names/common-words.js';
import { findEnglishMentions } from '../../../src/names/english-mentions.js';
import { findArabicCandidates } from '../../../src/names/arabic-candidates.js';
import { segment } from './fixtures.js';

const spellingQuestions = (groups: readonly NameGroup[]): string[][] =>
  groups.filter((g) => groupQuestion(g) === 'spelling').map((g) => g.forms.map((f) => f.text).sort());

test('forms of one English stem are grammar, not spelling; Arabic name variants are still spelling', () => {
  const stemPairs: Array<[string, string]> = [['democrats', 'democratic'], ['turks', 'turkish'], ['germany', 'germans'], ['brexit', 'brexiteer'],
    ['premier', 'premiership'], ['europa', 'european'], ['tennessee', 'tennessean'], ['clinton', 'clintons']];
  for (const [a, b] of stemPairs) assert.equal(sameEnglishStem(a, b), true, `${a}/${b}`);
  const spellingPairs: Array<[string, string]> = [['kadhimi', 'kazemi'], ['hamza', 'hamze'], ['dbeibah', 'dbeiba'], ['mohammed', 'mohammad'],
    ['nasrallah', 'nasrullah'], ['fatima', 'fatime'], ['jassim', 'jasim']];
  for (const [a, b] of spellingPairs) assert.equal(sameEnglishStem(a, b), false, `${a}/${b}`);
});

test('"the Democrats" and "the Democratic Party" for one الديمقراطي raise no spelling question', () => {
  const groups = nameGroups([
    segment('s1', 'فاز الحزب الديمقراطي بمجلس النواب.', 'The Democratic Party won the House.'),
    segment('s2', 'وقال الديمقراطيون إنهم سيحققون.', 'The Democrats said they would investigate.'),
    segment('s3', 'ورحب الديمقراطي البارز بالنتيجة.', 'A senior Democrat welcomed the result.'),
  ]);
  assert.deepEqual(spellingQuestions(groups), []);
});

test('ordinary words inside English proper names (Roa Roa Hotel, Saturday Night Live) are not names to compare', () => {
  assert.equal(isCommonEnglishWord('hotel'), true);
  assert.equal(isCommonEnglishWord('live'), true);
  assert.equal(isCommonEnglishWord('said'), true);
  // Listed capitalized in the corpus, so not common words: names.
  assert.equal(isCommonEnglishWord('john'), false);
  assert.equal(isCommonEnglishWord('hassan'), false);
  const groups = nameGroups([
    // A headline in title case: every word capitalized, none of them therefore a name.
    segment('s1', 'حصيلة ضحايا تسونامي إندونيسيا تتجاوز 800', 'Indonesia Tsunami Toll Soars Above 800'),
    segment('s2', 'انهار فندق روا روا في بالو.', 'Rescuers dug at the Roa Roa Hotel in Palu.'),
    segment('s3', 'ظهر كومبس في برنامج ساترداي نايت لايف.', 'Combs appeared on Saturday Night Live.'),
    segment('s4', 'وأعلن أنه يفضل اسمي لوف وبراذر لوف.', 'He now prefers the names Love and Brother Love.'),
  ]);
  assert.deepEqual(spellingQuestions(groups), []);
  // A common word is still a name when the Arabic writes it as one: سعيد is Said.
  const said = nameGroups([
    segment('s1', 'وصل سعيد إلى بغداد.', 'Said arrived in Baghdad.'),
    segment('s2', 'والتقى سعيد بالوزير.', 'Saeed met the minister.'),
  ]);
  assert.deepEqual(spellingQuestions(said), [['Saeed', 'Said']]);
});

test('Welsh beside Wales is the adjective, and a quotation mark or a contraction is not part of a name', () => {
  const groups = nameGroups([
    segment('s1', 'أعضاء برلمان ويلز قلقون.', 'Welsh AMs are worried about their title.'),
    segment('s2', 'قال نائب عن ويلز إن الاسم سيء.', 'A member for Wales said the name was bad.'),
  ]);
  assert.deepEqual(spellingQuestions(groups), []);
  assert.deepEqual(findEnglishMentions("they called it 'Scotland' and said I'm sure St Mirren will win.").map((m) => m.form), ['Scotland', 'Mirren']);
  // An apostrophe inside a name stays: O'Brien, Sa'd.
  assert.deepEqual(findEnglishMentions("O'Brien met Sa'd in Ma'arib.").map((m) => m.form), ["O'Brien", "Sa'd", "Ma'arib"]);
});

test('a name with no anchor does not join a group whose Arabic its own sentence does not write', () => {
  // فرانشيسكو (Francesco) is not فرنسا (France), whatever the spellings suggest.
  const groups = nameGroups([
    segment('s1', 'فاز منتخب أوروبا في فرنسا.', 'Europe won in France.'),
    segment('s2', 'وحقق فرانشيسكو موليناري أربعة انتصارات.', 'Francesco Molinari won four matches.'),
    segment('s3', 'وتعود البطولة إلى فرنسا.', 'The tournament returns to France.'),
  ]);
  const france = groups.find((g) => g.forms.some((f) => f.text === 'France'))!;
  assert.deepEqual(france.forms.map((f) => f.text), ['France']);
  assert.deepEqual(spellingQuestions(groups), []);
});

test('Arabic candidates: a conjunction is not peeled off a two-letter rest, and the bare article is no name', () => {
  const texts = (s: string): string[] => findArabicCandidates(s).map((c) => c.core);
  assert.ok(!texts('في وسط المدينة').includes('سط'), 'وسط is "middle", not و + سط');
  assert.ok(!texts('سجل الـ 16.5 نقطة').includes('ال'));
  assert.ok(texts('وسعيد في بغداد').includes('سعيد'), 'a real name after و is still found');
});

test('two adjectives of nationality with no Arabic name behind them are not one name: Austrian and Australian', () => {
  const groups = nameGroups([
    segment('s1', 'التقى المستشار النمساوي برئيس الوزراء.', 'The Austrian chancellor met the prime minister.'),
    // The Arabic names the capital, not the country: neither adjective has an Arabic name to anchor to.
    segment('s2', 'وانتقدت حكومة كانبرا القرار.', 'The Australian government criticized the decision.'),
    segment('s3', 'وقال المسؤول النمساوي إن المحادثات مستمرة.', 'The Austrian official said talks were continuing.'),
  ]);
  assert.deepEqual(spellingQuestions(groups), []);
});
