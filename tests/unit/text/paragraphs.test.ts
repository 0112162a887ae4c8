import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { splitParagraphs, detectWrapWidth } from '../../../src/text/paragraphs.js';

const seed = readFileSync(new URL('../../fixtures/seed/article.en.txt', import.meta.url), 'utf8');
const texts = (t: string): string[] => splitParagraphs(t).map((r) => t.slice(r.start, r.end));

test('the seed article: every body line is its own paragraph, headers and clutter too', () => {
  const paras = texts(seed);
  assert.equal(paras.length, 23);
  assert.match(paras[4]!, /^Dr\.\.\s+Muhammad Al-Saeed Idris$/u);
  assert.match(paras[5]!, /^Iraqi Prime Minister Mustafa Al-Kadhimi is scheduled/);
  assert.match(paras[5]!, /between the two countries\.$/);
  assert.match(paras[6]!, /^This round of dialogue/);
  assert.equal(paras[22], 'Connecting to %s');
  assert.equal(detectWrapWidth(seed), null);
});

test('ranges are trimmed of surrounding spaces', () => {
  const text = '  Muhammad Al-Saeed Idris 3 minutes readingListenParticipate    \n\n\tDr.. Muhammad Al-Saeed Idris  ';
  assert.deepEqual(texts(text), ['Muhammad Al-Saeed Idris 3 minutes readingListenParticipate', 'Dr.. Muhammad Al-Saeed Idris']);
});

test('Arabic paragraphs one per line, without blank lines between', () => {
  const text = 'تعقيدات الحوار الاستراتيجي العراقي الأمريكي\nمن المقرر أن يزور رئيس الوزراء العراقي مصطفى الكاظمي واشنطن.\nوتأتي هذه الجولة في ظروف أكثر تعقيدا.';
  assert.equal(texts(text).length, 3);
});

const wrapped = [
  'Iraqi Prime Minister Mustafa Al-Kadhimi is scheduled to visit Washington',
  'at the end of July to meet for the first time with US President Joe',
  'Biden, as part of a new round of strategic dialogue between Iraq and the',
  'United States, the fourth of its kind.',
  '',
  'The talks come days after US planes struck groups of the Popular',
  'Mobilization on the Iraqi-Syrian border.',
].join('\n');

test('hard-wrapped text: lines broken mid-sentence join, so a broken name stays in one paragraph', () => {
  const paras = texts(wrapped);
  assert.equal(paras.length, 2);
  assert.match(paras[0]!, /Joe\nBiden/);
  assert.match(paras[1]!, /Popular\nMobilization/);
  assert.ok(detectWrapWidth(wrapped)! >= 70);
});

test('in wrapped text a short line ends its paragraph even without a blank line', () => {
  const text = wrapped.replace('\n\n', '\n');
  const paras = texts(text);
  assert.equal(paras.length, 2);
  assert.match(paras[0]!, /the fourth of its kind\.$/);
});

test('a title over a dateline is not taken for a wrapped paragraph', () => {
  const text = 'The complexities of the Iraqi-American strategic dialogue\nJuly 9, 2021 00:17 am\n\nMuhammad Al-Saeed Idris';
  assert.deepEqual(texts(text), ['The complexities of the Iraqi-American strategic dialogue', 'July 9, 2021 00:17 am', 'Muhammad Al-Saeed Idris']);
});

test('blank-only and empty texts have no paragraphs', () => {
  assert.deepEqual(splitParagraphs(''), []);
  assert.deepEqual(splitParagraphs(' \n\n \t\n'), []);
});

test('hard-wrapped Arabic joins its lines too (no capitals to help: widths and punctuation decide)', () => {
  const text = [
    'من المقرر أن يزور رئيس الوزراء العراقي مصطفى الكاظمي واشنطن نهاية شهر',
    'يوليو الجاري ليلتقي لأول مرة الرئيس الأمريكي جو بايدن، ضمن جولة جديدة',
    'من الحوار الاستراتيجي بين العراق والولايات المتحدة.',
    '',
    'وتأتي هذه الجولة في ظروف أكثر تعقيداً من ظروف الجولات الثلاث السابقة التي',
    'جرت في يونيو وأغسطس ٢٠٢٠.',
  ].join('\n');
  const paras = texts(text);
  assert.equal(paras.length, 2);
  assert.match(paras[0]!, /شهر\nيوليو/);
});
