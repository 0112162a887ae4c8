import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignDocuments } from '../../../src/align/align.js';
import type { Segment } from '../../../src/model.js';

const AR = [
  'قال رئيس الوزراء مصطفى الكاظمي، يوم الأحد، إن الانتخابات ستجري في ١٠ أكتوبر.',
  'وأضاف أن الحكومة خصصت ٣٠٠ مليار دينار لتمويلها.',
  '',
  'وأكدت المفوضية العليا المستقلة للانتخابات أن ٢٥ مليون ناخب يحق لهم التصويت.',
  'ودعت المفوضية الأحزاب إلى تسليم قوائم مرشحيها قبل نهاية الشهر الجاري.',
].join('\n');
const EN = [
  'Prime Minister Mustafa al-Kadhimi said on Sunday that the elections would be held on October 10.',
  'He added that the government had allocated 300 billion dinars to fund them.',
  '',
  'The Independent High Electoral Commission confirmed that 25 million voters are eligible to vote.',
  'Share this article',
].join('\n');

function checkInvariants(source: string, target: string, segments: Segment[]): void {
  segments.forEach((s, k) => {
    assert.equal(s.id, `s${k + 1}`);
    assert.equal(s.source, s.sourceRange ? source.slice(s.sourceRange.start, s.sourceRange.end) : '');
    assert.equal(s.target, s.targetRange ? target.slice(s.targetRange.start, s.targetRange.end) : '');
    const [a, b] = s.shape.split('-').map(Number);
    assert.equal(a === 0, s.sourceRange === null, `${s.id} shape ${s.shape}`);
    assert.equal(b === 0, s.targetRange === null, `${s.id} shape ${s.shape}`);
    assert.equal(s.sourceParagraph === 0, s.sourceRange === null);
    assert.ok(s.paragraph >= 1);
  });
  // Both documents are covered in order, with nothing lost and nothing twice.
  for (const side of ['source', 'target'] as const) {
    const ranges = segments.map((s) => (side === 'source' ? s.sourceRange : s.targetRange)).filter((r) => r !== null);
    for (let k = 1; k < ranges.length; k++) assert.ok(ranges[k]!.start >= ranges[k - 1]!.end, `${side} ranges overlap or go back`);
    const text = side === 'source' ? source : target;
    const covered = ranges.map((r) => text.slice(r.start, r.end)).join('').replace(/\s+/g, '');
    assert.equal(covered, text.replace(/\s+/g, ''));
  }
}

test('segments are numbered in document order, carry exact slices, and cover both texts', () => {
  const segments = alignDocuments(AR, EN);
  checkInvariants(AR, EN, segments);
  assert.deepEqual(segments.map((s) => s.shape), ['1-1', '1-1', '1-1', '1-0', '0-1']);
});

test('an untranslated Arabic sentence is a 1-0 segment placed in the English paragraph it falls next to', () => {
  const segments = alignDocuments(AR, EN);
  const omitted = segments.find((s) => s.shape === '1-0')!;
  assert.match(omitted.source, /قوائم مرشحيها/);
  // Paragraphs are lines (the blank line separates blocks): the omitted sentence is Arabic paragraph 4.
  assert.equal(omitted.sourceParagraph, 4);
  // Its neighbour before it is English paragraph 3 (the commission sentence), the one it belongs with.
  assert.equal(omitted.paragraph, 3);
  const furniture = segments.find((s) => s.shape === '0-1')!;
  assert.equal(furniture.target, 'Share this article');
  assert.equal(furniture.paragraph, 4);
});

test('empty documents and one-sided documents give one-sided segments, never an error', () => {
  assert.deepEqual(alignDocuments('', ''), []);
  const onlySource = alignDocuments(AR, '');
  checkInvariants(AR, '', onlySource);
  assert.ok(onlySource.every((s) => s.shape === '1-0'));
  const onlyTarget = alignDocuments('', EN);
  checkInvariants('', EN, onlyTarget);
  assert.ok(onlyTarget.every((s) => s.shape === '0-1'));
});

test('Windows line endings, diacritics and blank lines do not disturb the alignment', () => {
  const source = AR.replace('قال', 'قالَ').replace(/\n/g, '\r\n');
  const target = EN.replace(/\n/g, '\r\n');
  const segments = alignDocuments(source, target);
  checkInvariants(source, target, segments);
  assert.deepEqual(segments.map((s) => s.shape), ['1-1', '1-1', '1-1', '1-0', '0-1']);
});

test('a long article with a dropped run of paragraphs in the middle still aligns the rest 1-1', () => {
  // 60 numbered paragraph pairs; the translation lacks paragraphs 21-35. The band around the
  // length diagonal must widen to find the way back.
  const ar: string[] = [];
  const en: string[] = [];
  for (let k = 1; k <= 60; k++) {
    ar.push(`وقالت الوزارة في بيانها رقم ${k} إن فرق الطوارئ عالجت ${k * 7} حالة خلال اليوم.`);
    if (k <= 20 || k > 35) en.push(`The ministry said in statement No. ${k} that emergency teams had handled ${k * 7} cases during the day.`);
  }
  const source = ar.join('\n');
  const target = en.join('\n');
  const segments = alignDocuments(source, target);
  checkInvariants(source, target, segments);
  const omitted = segments.filter((s) => s.shape === '1-0').map((s) => s.sourceParagraph);
  assert.deepEqual(omitted, Array.from({ length: 15 }, (_, i) => 21 + i));
  for (const s of segments.filter((x) => x.shape === '1-1')) {
    const n = Number(/\d+/.exec(s.target)![0]);
    assert.equal(s.sourceParagraph, n, s.target);
  }
});

test('Arabic pasted without paragraph breaks still aligns sentence by sentence with a paragraphed translation', () => {
  const ar: string[] = [];
  const en: string[] = [];
  for (let k = 1; k <= 40; k++) {
    ar.push(`وأعلنت الشرطة أن الحادث رقم ${k} وقع قرب مدينة البصرة وأسفر عن إصابة ${k + 2} أشخاص.`);
    en.push(`Police said incident number ${k} happened near the city of Basra and injured ${k + 2} people.`);
  }
  const source = ar.join(' ');
  const target = en.join('\n');
  const segments = alignDocuments(source, target);
  assert.equal(segments.length, 40);
  segments.forEach((s, k) => {
    assert.equal(s.shape, '1-1');
    assert.equal(s.sourceParagraph, 1);
    assert.equal(s.paragraph, k + 1);
    assert.ok(s.source.includes(`رقم ${k + 1} `), s.source);
  });
});

test('a sentence carrying pasted markup still aligns one to one with its Arabic', () => {
  const arabic = ['زار رئيس الوزراء مصطفى الكاظمي واشنطن يوم الاثنين.', 'وقال الكاظمي إن الحوار الاستراتيجي مستمر.', 'وأكد الكاظمي أن العراق لن يكون ساحة للصراع.'].join('\n');
  const english = [
    'Prime Minister Mustafa Al-Kadhimi visited Washington on Monday <img src=x onerror="window.__pwned=1">.',
    'Al-Kazemi said the strategic dialogue <script>window.__pwned=2</script> continues <a href="javascript:window.__pwned=3">click</a>.',
    'Al-Kazemi stressed that Iraq will not be an arena of conflict.',
  ].join('\n');
  const segs = alignDocuments(arabic, english);
  assert.deepEqual(segs.map((s) => s.shape), ['1-1', '1-1', '1-1']);
});

test('a headline the English rewrites shorter is still one segment with the Arabic headline, not an omission and an addition', () => {
  const ar = [
    'انسحاب المملكة المتحدة من الاتحاد الأوروبي: المملكة المتحدة "ستندم إلى الأبد" على خسارة شركات صناعة السيارات',
    'حذر مسؤولون في صناعة السيارات من أن بريطانيا ستندم إلى الأبد إذا خسرت مصانعها بسبب خروجها من الاتحاد الأوروبي دون اتفاق.',
    'وقالوا إن آلاف الوظائف معرضة للخطر في المصانع التي تنتج مئات الآلاف من السيارات كل عام.',
  ].join('\n');
  const en = [
    "Brexit: UK 'would forever regret' losing carmakers",
    'Car industry officials warned that Britain would forever regret losing its factories if it left the European Union without a deal.',
    'They said thousands of jobs were at risk in plants that produce hundreds of thousands of cars every year.',
  ].join('\n');
  const segs = alignDocuments(ar, en);
  assert.deepEqual(segs.map((s) => s.shape), ['1-1', '1-1', '1-1']);
  assert.ok(segs[0]!.target.startsWith('Brexit:'));
});

test('a time written 5:30 in the Arabic and 5.30pm in the English, and 20.000 against 20,000, hold their sentences together', () => {
  const segs = alignDocuments(
    'يُبين الاستطلاع أن الوقت المثالي لاحتساء المشروبات هو 5:30 مساءً يوم السبت\nوشمل الاستطلاع 20.000 تلميذ في المرحلة الثانوية.',
    'Perfect time for a pint is 5.30pm on a Saturday, survey finds\nThe survey covered 20,000 secondary school pupils.',
  );
  assert.deepEqual(segs.map((s) => s.shape), ['1-1', '1-1']);
});

test('an Arabic paragraph left out stays an omission when the English beside it is page furniture', () => {
  const segs = alignDocuments(
    'قال رئيس الوزراء مصطفى الكاظمي إن الانتخابات ستجري في 10 أكتوبر.\nوأضاف أن الحكومة ستدعم المفوضية بكل ما تحتاجه من موارد.',
    'Prime Minister Mustafa al-Kadhimi said the elections would be held on October 10.\nLeave a Reply Cancel reply',
  );
  assert.deepEqual(segs.map((s) => s.shape), ['1-1', '1-0', '0-1']);
});
