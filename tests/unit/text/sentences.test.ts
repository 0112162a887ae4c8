import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { splitSentences } from '../../../src/text/sentences.js';

const seed = readFileSync(new URL('../../fixtures/seed/article.en.txt', import.meta.url), 'utf8');
const en = (t: string): string[] => splitSentences(t, 'en').map((r) => t.slice(r.start, r.end));
const ar = (t: string): string[] => splitSentences(t, 'ar').map((r) => t.slice(r.start, r.end));

test('English titles do not end sentences', () => {
  assert.deepEqual(en('Dr. Muhammad Al-Saeed Idris wrote the column. Mr. Biden met Mrs. Thomas-Greenfield and Lt. Gen. Smith.'), [
    'Dr. Muhammad Al-Saeed Idris wrote the column.',
    'Mr. Biden met Mrs. Thomas-Greenfield and Lt. Gen. Smith.',
  ]);
  assert.deepEqual(en('He prayed at St. Joseph church with Sheikh Tamim and Sh. Mohammed. Then he left.'), [
    'He prayed at St. Joseph church with Sheikh Tamim and Sh. Mohammed.',
    'Then he left.',
  ]);
});

test('a full word before a period, or an initial before a sentence opener, ends the sentence', () => {
  assert.deepEqual(en('Al-Kadhimi met the Sheikh. He then flew to Brussels.'), ['Al-Kadhimi met the Sheikh.', 'He then flew to Brussels.']);
  assert.deepEqual(en('Washington has a Plan B. The talks may fail. George W. Bush started the war.'), [
    'Washington has a Plan B.',
    'The talks may fail.',
    'George W. Bush started the war.',
  ]);
});

test('U.S. and U.N. continue a sentence, but a new sentence after them still splits', () => {
  assert.deepEqual(en('U.S. forces struck the Popular Mobilization. The U.N. Security Council was told.'), [
    'U.S. forces struck the Popular Mobilization.',
    'The U.N. Security Council was told.',
  ]);
  assert.deepEqual(en('Al-Kadhimi will travel to the U.S. The talks start on Monday.'), [
    'Al-Kadhimi will travel to the U.S.',
    'The talks start on Monday.',
  ]);
});

test('initials, decimals, "No. 5", month abbreviations and dates stay inside a sentence', () => {
  assert.deepEqual(en('J. R. R. Tolkien wrote it. Turnout was 3.5 percent in district No. 5 on Jan. 12 this year. Raids on 27/6 2021 followed.'), [
    'J. R. R. Tolkien wrote it.',
    'Turnout was 3.5 percent in district No. 5 on Jan. 12 this year.',
    'Raids on 27/6 2021 followed.',
  ]);
  assert.deepEqual(en('Linda Thomas Greenfield said Tuesday evening, June 29, 2021, that strikes were launched.'), [
    'Linda Thomas Greenfield said Tuesday evening, June 29, 2021, that strikes were launched.',
  ]);
});

test('Muhammad written short with a period (Mohd., Muhd.) opens a name, not a sentence', () => {
  assert.deepEqual(en('Mohd. Najib Razak met Muhd. Yamin on Monday. Talks ended late.'), [
    'Mohd. Najib Razak met Muhd. Yamin on Monday.',
    'Talks ended late.',
  ]);
});

test('the seed: "Dr.. Muhammad" is one sentence and no sentence is empty or bare punctuation', () => {
  const sentences = en(seed);
  assert.ok(sentences.some((s) => /^Dr\.\.\s+Muhammad Al-Saeed Idris$/u.test(s)));
  for (const s of sentences) assert.match(s, /[\p{L}\p{N}]/u, `not a sentence: ${JSON.stringify(s)}`);
  // '... international legitimacy.” . Al-Kadhimi concluded' keeps the stray period with the quote.
  assert.ok(sentences.some((s) => s.endsWith('abide by international legitimacy.” .')));
  assert.ok(sentences.some((s) => s.startsWith('Al-Kadhimi concluded his speech')));
});

test('Arabic: splits on . ! ? ؟ ۔ but never on ، or ؛', () => {
  assert.deepEqual(ar('زار الكاظمي بروكسل، والتقى ممثلي الناتو؛ ثم عاد. هل ينجح الحوار؟ نعم! ربما۔ لا أحد يعلم'), [
    'زار الكاظمي بروكسل، والتقى ممثلي الناتو؛ ثم عاد.',
    'هل ينجح الحوار؟',
    'نعم!',
    'ربما۔',
    'لا أحد يعلم',
  ]);
});

test('Arabic: a period with no space after it still ends the sentence', () => {
  assert.deepEqual(ar('طالبت المرأة بحقوقها.وأضاف المتحدث أن الحكومة ستنظر في الأمر.'), [
    'طالبت المرأة بحقوقها.',
    'وأضاف المتحدث أن الحكومة ستنظر في الأمر.',
  ]);
});

test('Arabic: د. and أ. used as titles do not end the sentence', () => {
  assert.deepEqual(ar('كتب د. محمد السعيد إدريس مقالا. وعلق أ. علي الموسوي عليه. وشارك أ.د. حسن في الندوة.'), [
    'كتب د. محمد السعيد إدريس مقالا.',
    'وعلق أ. علي الموسوي عليه.',
    'وشارك أ.د. حسن في الندوة.',
  ]);
});

test('Arabic: a line end is a sentence end', () => {
  assert.deepEqual(ar('تعقيدات الحوار الاستراتيجي العراقي الأمريكي\nمن المقرر أن يزور الكاظمي واشنطن.'), [
    'تعقيدات الحوار الاستراتيجي العراقي الأمريكي',
    'من المقرر أن يزور الكاظمي واشنطن.',
  ]);
});

test('offsets index the whole text when a range is given', () => {
  const text = 'العنوان\n\nزار الكاظمي الفاتيكان. ثم توجه إلى بروكسل.\n\nخاتمة';
  const start = text.indexOf('زار');
  const end = text.indexOf('\n\nخاتمة');
  const ranges = splitSentences(text, 'ar', { start, end });
  assert.deepEqual(ranges.map((r) => text.slice(r.start, r.end)), ['زار الكاظمي الفاتيكان.', 'ثم توجه إلى بروكسل.']);
  assert.equal(ranges[0]!.start, start);
});

test('in hard-wrapped text a sentence runs across line ends', () => {
  const text = [
    'Iraqi Prime Minister Mustafa Al-Kadhimi is scheduled to visit Washington',
    'at the end of July to meet US President Joe Biden. The round is the',
    'fourth of its kind and will discuss the withdrawal schedule of troops.',
  ].join('\n');
  const sentences = en(text);
  assert.equal(sentences.length, 2);
  assert.match(sentences[1]!, /^The round is the\nfourth of its kind/);
});
