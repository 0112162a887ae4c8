import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Glossary } from '../../../src/model.js';
import { defaultAnalyzeOptions } from '../../../src/model.js';
import { runChecks } from '../../../src/analyze.js';
import { alignDocuments } from '../../../src/align/align.js';
import { acrossArticles, type ArticleNames } from '../../../src/names/across-articles.js';
import type { NameGroup } from '../../../src/names/types.js';
import { term } from '../../helpers/deeplSamples.js';

/** One article through the engine, keeping the name groups its checks computed. */
function article(name: string, arabic: string, english: string, glossary: Glossary = { terms: [] }): ArticleNames {
  const shared = new Map<string, unknown>();
  const segments = alignDocuments(arabic, english);
  runChecks(segments, glossary, defaultAnalyzeOptions, shared);
  return { article: name, groups: shared.get('names') as NameGroup[] };
}

const A = ['التقى رئيس الوزراء العراقي مصطفى الكاظمي الرئيس الأمريكي جو بايدن في واشنطن.\n\nوقال الكاظمي إن المحادثات كانت صريحة.',
  'Iraqi Prime Minister Mustafa Al-Kadhimi met US President Joe Biden in Washington.\n\nAl-Kadhimi said the talks were frank.'] as const;
const B = ['أكد رئيس الوزراء مصطفى الكاظمي أن الانتخابات ستجرى في موعدها، بحسب بايدن.\n\nوأضاف الكاظمي أن الحكومة مستعدة.',
  'Prime Minister Mustafa Al-Kazemi confirmed that the elections will be held on time, according to Biden.\n\nAl-Kazemi added that the government is ready.'] as const;
const C = ['استقبل الكاظمي وزير الخارجية الإيراني في بغداد.\n\nوبحث الكاظمي مع الوزير العلاقات الثنائية.',
  'al-Kadhimi received the Iranian foreign minister in Baghdad.\n\nal-Kadhimi discussed bilateral relations with the minister.'] as const;

test('a name each article spells consistently but two articles spell differently is reported, with the spelling most articles use', () => {
  const across = acrossArticles([article('a', ...A), article('b', ...B), article('c', ...C)]).names;
  assert.equal(across.length, 1, JSON.stringify(across));
  const [n] = across;
  assert.equal(n!.arabic, 'الكاظمي');
  // al-Kadhimi in c is the same spelling as Al-Kadhimi in a: the article is a house-style matter, not a spelling.
  assert.deepEqual(n!.spellings.map((s) => [s.spelling, s.articles, s.mentions]), [['Kadhimi', ['a', 'c'], 4], ['Kazemi', ['b'], 2]]);
  assert.equal(n!.suggested, 'Kadhimi');
});

test('names spelled one way everywhere, and variants inside a single article, are not cross-article questions', () => {
  assert.deepEqual(acrossArticles([article('a', ...A), article('c', ...C)]).names, [], 'Biden and Kadhimi agree');
  const mixed = article('m', 'قال الكاظمي إن الوفد وصل.\n\nوأضاف الكاظمي أن الاجتماع بدأ.', 'Al-Kadhimi said the delegation arrived.\n\nAl-Kazemi added that the meeting began.');
  const other = article('o', 'وصل بايدن إلى بغداد.', 'Biden arrived in Baghdad.');
  assert.deepEqual(acrossArticles([mixed, other]).names, [], 'the article reports its own variants (name-variants)');
});

test('a name the glossary settles is left to each article’s glossary checks', () => {
  const glossary: Glossary = { terms: [term('مصطفى الكاظمي', 'Mustafa Al-Kadhimi')] };
  const across = acrossArticles([article('a', ...A, glossary), article('b', ...B, glossary)]).names;
  assert.deepEqual(across, []);
});

test('one Arabic word for two people across articles is no variant: جون is John in one story and Jon in the next', () => {
  const john = article('j1', 'قال جون سميث إن الشركة ستوسع أعمالها.\n\nوأضاف جون أن الخطة جاهزة.', 'John Smith said the company would expand.\n\nJohn added that the plan was ready.');
  const jon = article('j2', 'قال الممثل جون ستيوارت إن العرض انتهى.\n\nوأضاف جون أنه سعيد.', 'Actor Jon Stewart said the show had ended.\n\nJon added that he was happy.');
  assert.deepEqual(acrossArticles([john, jon]).names, []);
});

test('words of one English stem are grammar across articles, not two spellings (Democrat, Democratic)', () => {
  const a = article('d1', 'قال الحزب الديموقراطي إنه سيصوت ضد القانون.', 'The Democratic party said it would vote against the law.');
  const b = article('d2', 'صوت الديموقراطي ضد القرار.', 'The Democrat voted against the decision.');
  assert.deepEqual(acrossArticles([a, b]).names, []);
});

test('a name Arabic writes with its article is an Arabic name however plain its letters: المالكي as Al-Maliki and Al-Malki; إليزابيث is not', () => {
  const a = article('m1', 'قال رئيس الوزراء السابق نوري المالكي إن الحكومة ستسقط.\n\nوأضاف المالكي أن الشارع غاضب.', 'Former Prime Minister Nouri al-Maliki said the government would fall.\n\nAl-Maliki added that the street was angry.');
  const b = article('m2', 'انتقد نوري المالكي الاتفاق.\n\nوقال المالكي إنه لن يوقع.', 'Nouri al-Malki criticized the agreement.\n\nAl-Malki said he would not sign.');
  const across = acrossArticles([a, b]).names;
  assert.deepEqual(across.map((n) => [n.arabic, n.spellings.map((s) => s.spelling)]), [['المالكي', ['Maliki', 'Malki']]]);
  const e1 = article('e1', 'زارت الملكة إليزابيث المستشفى.', 'Queen Elizabeth visited the hospital.');
  const e2 = article('e2', 'قالت الأميرة إليزابيث إنها سعيدة.', 'Princess Elisabeth said she was happy.');
  assert.deepEqual(acrossArticles([e1, e2]).names, [], 'إليزابيث begins with ال only once its hamza is normalized');
});

test('a foreign name is compared across articles as a word of one person’s full name, and reported once', () => {
  const un = article('un', 'وقالت المندوبة ليندا توماس غرينفيلد إن بلادها ستصوت ضد القرار.\n\nوأضافت توماس غرينفيلد أن المفاوضات مستمرة.',
    'Ambassador Linda Thomas-Greenfield said her country would vote against the resolution.\n\nThomas-Greenfield added that negotiations were continuing.');
  const mt = article('mt', 'تلتها ليندا توماس غرينفيلد رئيسة الوفد الأمريكي.', 'It was read by Linda Thomas Granfield, head of the US delegation.');
  const across = acrossArticles([un, mt]).names;
  // توماس غرينفيلد and ليندا توماس غرينفيلد are one person, though the word is pooled under both neighbours.
  assert.deepEqual(across.map((n) => [n.arabic, n.spellings.map((s) => [s.spelling, s.articles])]), [['غرينفيلد', [['Greenfield', ['un']], ['Granfield', ['mt']]]]]);
  assert.deepEqual(across[0]!.writtenIn, ['ليندا توماس غرينفيلد', 'توماس غرينفيلد'], 'who she is, for the report');
  const derby = article('d1', 'أنقذ الحارس آلان ماكجريجور الكرة.\n\nوسدد آلان ليثجو كرة عالية.', 'Goalkeeper Allan McGregor saved the ball.\n\nAlan Lithgow shot high.');
  const cup = article('d2', 'سدد آلان ليثجو في القائم.\n\nوتصدى آلان ماكجريجور لركلة جزاء.', 'Alan Lithgow hit the post.\n\nAllan McGregor saved a penalty.');
  assert.deepEqual(acrossArticles([derby, cup]).names, [], 'Allan McGregor and Alan Lithgow are two people, each spelled one way');
});

test('a full name one article joins with a hyphen and another with a space is reported once, with the articles writing each', () => {
  const ar = 'وقالت المندوبة ليندا توماس غرينفيلد إن بلادها ستصوت ضد القرار.';
  const hyphen = 'Ambassador Linda Thomas-Greenfield said her country would vote against the resolution.';
  const space = 'Ambassador Linda Thomas Greenfield said her country would vote against the resolution.';
  const { names, joins } = acrossArticles([article('un', ar, hyphen), article('vote', ar, space), article('council', ar, hyphen)]);
  assert.deepEqual(names, [], 'each word is spelled alike');
  assert.deepEqual(joins, [{ pair: 'توماس غرينفيلد', person: 'ليندا توماس غرينفيلد', joins: [{ join: '-', articles: ['un', 'council'] }, { join: ' ', articles: ['vote'] }] }]);
  assert.deepEqual(acrossArticles([article('un', ar, hyphen), article('council', ar, hyphen)]).joins, [], 'written alike everywhere');
});
