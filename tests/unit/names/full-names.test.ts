import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/analyze.js';
import { alignDocuments } from '../../../src/align/align.js';
import { defaultAnalyzeOptions } from '../../../src/model.js';
import { neighbourPairs, peopleOf } from '../../../src/names/full-names.js';
import type { NameGroup } from '../../../src/names/types.js';

/** Each mention's word with the full name the engine found it in, in reading order. */
function fullNames(arabic: string, english: string): string[] {
  const shared = new Map<string, unknown>();
  runChecks(alignDocuments(arabic, english), { terms: [] }, defaultAnalyzeOptions, shared);
  const groups = shared.get('names') as NameGroup[];
  return groups
    .flatMap((g) => g.mentions.map((m) => ({ at: `${m.segment}:${String(m.start).padStart(5, '0')}`, text: `${m.form}=${m.fullName?.key ?? '-'}` })))
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((x) => x.text);
}

test('words side by side in both languages are one full name, a hyphen as much as a space, the article of each word left out', () => {
  assert.deepEqual(fullNames('قالت ليندا توماس غرينفيلد إن القرار سيفشل.', 'Linda Thomas-Greenfield said the resolution would fail.'),
    ['Linda=ليندا توماس غرينفيلد', 'Thomas=ليندا توماس غرينفيلد', 'Greenfield=ليندا توماس غرينفيلد']);
  assert.deepEqual(fullNames('التقى مصطفى الكاظمي الرئيس.', 'Mustafa al-Kadhimi met the president.'), ['Mustafa=مصطفي كاظمي', 'al-Kadhimi=مصطفي كاظمي']);
});

test('two names in a row are not one full name: a list, or a hyphen the Arabic writes as "and"', () => {
  assert.deepEqual(fullNames('التقى بايدن وبوتين في جنيف.', 'The Biden-Putin summit was held in Geneva.'), ['Biden=-', 'Putin=-', 'Geneva=-']);
  assert.deepEqual(fullNames('حضر ماكرون، ميركل الاجتماع.', 'Macron, Merkel attended the meeting.'), ['Macron=-', 'Merkel=-']);
});

test('a word the segment writes twice is still found beside its neighbour the second time (آلان ليثجو after آلان ماكجريجور)', () => {
  assert.deepEqual(fullNames('أنقذ الحارس آلان ماكجريجور كرة من آلان ليثجو.', 'Goalkeeper Allan McGregor saved a shot from Alan Lithgow.'),
    ['Allan=الان ماكجريجور', 'McGregor=الان ماكجريجور', 'Alan=الان ليثجو', 'Lithgow=الان ليثجو']);
});

test('full names of one word are one person when they share a neighbour of it', () => {
  assert.deepEqual(neighbourPairs('توماس', ['ليندا توماس غرينفيلد']), ['ليندا توماس', 'توماس غرينفيلد']);
  assert.deepEqual(peopleOf('غرينفيلد', ['ليندا توماس غرينفيلد', 'توماس غرينفيلد']), [['ليندا توماس غرينفيلد', 'توماس غرينفيلد']]);
  assert.deepEqual(peopleOf('وايد', ['وايد سيمز', 'ويل وايد']), [['وايد سيمز'], ['ويل وايد']]);
  // A middle name left out is the same person: John Forbes Kerry and John Kerry, not Jon Stewart.
  assert.deepEqual(neighbourPairs('جون', ['جون فوربس كيري']), ['جون فوربس', 'جون كيري']);
  assert.deepEqual(peopleOf('جون', ['جون كيري', 'جون ستيوارت', 'جون فوربس كيري']), [['جون ستيوارت'], ['جون كيري', 'جون فوربس كيري']]);
  assert.deepEqual(peopleOf('كيري', ['جون فوربس كيري', 'كيري كينيدي']), [['جون فوربس كيري'], ['كيري كينيدي']], 'two words away on one side only');
});

test('a particle between two words keeps them one full name; a compound or آل name is one word of it', () => {
  assert.deepEqual(fullNames('التقى ولي العهد محمد بن سلمان الرئيس.', 'Crown Prince Mohammed bin Salman met the president.'), ['Mohammed=محمد سلمان', 'Salman=محمد سلمان']);
  assert.deepEqual(fullNames('وقال الشيخ تميم بن حمد آل ثاني إن قطر مستعدة.', 'Sheikh Tamim bin Hamad Al Thani said Qatar was ready.'),
    ['Tamim=تميم حمد ثاني', 'Hamad=تميم حمد ثاني', 'Al Thani=تميم حمد ثاني', 'Qatar=-']);
  assert.deepEqual(fullNames('استقال عادل عبد المهدي من منصبه.', 'Adil Abdul-Mahdi resigned from his post.'), ['Adil=عادل عبدالمهدي', 'Abdul-Mahdi=عادل عبدالمهدي']);
  // "bin" in the English but no بن in the Arabic: not one name.
  assert.deepEqual(fullNames('التقى محمد سلمان.', 'Mohammed bin Salman met.').filter((f) => f.includes(' ')), []);
});

test('a typographic hyphen joins a full name as the plain one does, and is recorded as a hyphen', () => {
  const segments = alignDocuments('قالت ليندا توماس غرينفيلد إن القرار سيفشل.', 'Linda Thomas\u2010Greenfield said the resolution would fail.');
  const memo = new Map<string, unknown>();
  runChecks(segments, { terms: [] }, { houseStyle: { article: 'as-is' } }, memo);
  const names = (memo.get('names') as NameGroup[]).flatMap((g) => g.mentions.map((m) => m.fullName));
  assert.deepEqual(names.map((n) => [n?.key, n?.joins]), [['ليندا توماس غرينفيلد', ' -'], ['ليندا توماس غرينفيلد', ' -'], ['ليندا توماس غرينفيلد', ' -']]);
});
