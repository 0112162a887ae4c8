import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Segment } from '../../../src/model.js';
import { runCheck, seedParagraphs, segmentFactory } from '../../helpers/checkFixtures.js';
import { numberMismatch } from '../../../src/checks/number-mismatch.js';
import { findCheck } from '../../../src/checks/registry.js';

const segment = segmentFactory();
const run = (...segments: Segment[]): Finding[] => runCheck(numberMismatch, segments);

const RAIDS_AR = 'وجاءت رسالة الكاظمي بعد أيام من الغارات التي شنتها طائرات أمريكية على فصائل الحشد الشعبي يوم الأحد ٢٧/٦ ٢٠٢١ على الحدود العراقية السورية.';
const RAIDS_EN = 'Al-Kazemi’s message came days after the raids carried out by American planes against groups of the Iraqi Popular Mobilization on Sunday 27/6 2021 on the Iraqi-Syrian border.';

test('is registered as a warning', () => {
  assert.equal(findCheck('number-mismatch'), numberMismatch);
  assert.equal(numberMismatch.severity, 'warning');
});

test('good translations with reformatted numbers raise nothing', () => {
  assert.deepEqual(run(
    segment(RAIDS_AR, RAIDS_EN),
    segment('وقالت ليندا توماس غرينفيلد مساء الثلاثاء 29 يونيو/حزيران 2021 إن بلادها شنت ضربات جوية.',
      'Linda Thomas Greenfield said Tuesday evening, June 29, 2021, that her country had launched air strikes.'),
    segment('وبلغ عدد النازحين ٣٠٠ ألف شخص، أي ١٢٫٥٪ من سكان المحافظة.', 'The number of displaced reached 300,000, or 12.5% of the province.'),
    segment('في إطار جولة جديدة من الحوار الاستراتيجي، هي الرابعة من نوعها.', 'as part of a new round of strategic dialogue, the fourth of its kind.'),
  ), []);
});

test('a wrong date in the English is reported on both sides, pointing at the numbers', () => {
  const seg = segment(RAIDS_AR, RAIDS_EN.replace('27/6 2021', '26/6 2021'));
  const findings = run(seg);
  assert.equal(findings.length, 2);
  const [src, tgt] = findings;
  assert.equal(src!.occurrences[0]!.side, 'source');
  assert.equal(src!.occurrences[0]!.text, '٢٧/٦ ٢٠٢١');
  assert.equal(seg.source.slice(src!.occurrences[0]!.start, src!.occurrences[0]!.end), '٢٧/٦ ٢٠٢١');
  assert.match(src!.message, /Arabic has "٢٧\/٦ ٢٠٢١" \(27 June 2021\), but the English does not/);
  assert.equal(tgt!.occurrences[0]!.side, 'target');
  assert.equal(tgt!.occurrences[0]!.text, '26/6 2021');
  assert.equal(tgt!.severity, 'warning');
  assert.equal(src!.fix, undefined);
});

test('a number dropped from the English is reported once, in the Arabic', () => {
  const findings = run(segment('قتل ١٧ شخصا وأصيب ٤٠ آخرون في الهجوم.', 'The attack killed 17 people and wounded others.'));
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.occurrences[0]!.text, '٤٠');
  assert.equal(findings[0]!.data?.number, '40');
});

test('keys are stable: same for the same source and number, whatever the position or target edits', () => {
  const a = run(segment('قتل ١٧ شخصا في الهجوم.', 'The attack killed 71 people.', 'x1'));
  const b = run(segment('قتل ١٧ شخصا في الهجوم.', 'In the attack, 71 people were killed.', 'x9'));
  assert.deepEqual(a.map((f) => f.key), b.map((f) => f.key));
  assert.ok(a.every((f) => f.key.startsWith('number-mismatch:')));
  assert.equal(new Set(a.map((f) => f.key)).size, a.length);
  const other = run(segment('قتل ١٨ شخصا في الهجوم.', 'The attack killed 71 people.'));
  assert.notEqual(other.find((f) => f.data?.side === 'target')!.key, a.find((f) => f.data?.side === 'target')!.key);
});

test('segments with an empty side are not this check\'s business', () => {
  assert.deepEqual(run(segment('قتل ١٧ شخصا.', ''), segment('', 'mohamed.alsaid.idries@gmail.com 3 minutes reading 2021')), []);
});

test('the seed pair, paragraph for paragraph: every date, time, year and ordinal agrees', () => {
  const ar = seedParagraphs('article.ar.txt');
  const en = seedParagraphs('article.en.txt');
  // Dateline, then the nine body paragraphs (the English has one more byline line before the body).
  const pairs: [string, string][] = [[ar[1]!, en[1]!], ...ar.slice(4, 13).map((a, i): [string, string] => [a, en[i + 5]!])];
  assert.match(pairs[0]![0], /٩ يوليو ٢٠٢١ ٠٠:١٧/);
  assert.match(pairs[6]![1], /27\/6 2021/);
  assert.deepEqual(run(...pairs.map(([a, e]) => segment(a, e))), []);
  // The same paragraph with one date changed in the English is caught.
  const wrong = run(segment(pairs[6]![0], pairs[6]![1].replace('June 29, 2021', 'June 19, 2021')));
  assert.deepEqual(wrong.map((f) => f.occurrences[0]!.text), ['٢٩ يونيو ٢٠٢١', 'June 19, 2021']);
});

test('messages explain Arabic digits and scale words in English terms', () => {
  const [scaled] = run(segment('نزح ٣٠٠ ألف شخص.', 'Thousands of people were displaced.'));
  assert.match(scaled!.message, /"٣٠٠ ألف" \(300,000\)/);
  const [time] = run(segment('في الساعة 10:30 صباحا.', 'in the morning.'));
  assert.match(time!.message, /^The Arabic has "10:30", but/);
});

test('a Hijri date beside the Gregorian one may be left out of the English, and may be kept', () => {
  const ar = 'وصل الكاظمي إلى واشنطن يوم ١٥ ذو القعدة ١٤٤٢ هـ الموافق ٢٥ يونيو ٢٠٢١ م.';
  assert.deepEqual(run(segment(ar, 'Al-Kadhimi arrived in Washington on June 25, 2021.')), []);
  assert.deepEqual(run(segment(ar, 'Al-Kadhimi arrived in Washington on Dhu al-Qadah 15, 1442 AH, corresponding to June 25, 2021.')), []);
  assert.deepEqual(run(segment('في شهر رمضان ١٤٤٢هـ', 'in Ramadan')), []);
  assert.deepEqual(run(segment('عام ١٤٤٢ للهجرة', 'in the year 1442 AH')), []);
  // The Gregorian date is still held to account.
  const wrong = run(segment(ar, 'Al-Kadhimi arrived in Washington on June 24, 2021.'));
  assert.deepEqual(wrong.map((f) => f.data?.side), ['source', 'target']);
});

test('"24/7" is round the clock, not the 24th of July', () => {
  assert.deepEqual(run(segment('تعمل غرفة العمليات على مدار الساعة طوال أيام الأسبوع.', 'The operations room works 24/7.')), []);
});

test('"٣/٤" with no year may be three quarters; fractions in words answer digit fractions both ways', () => {
  assert.deepEqual(run(segment('ارتفعت الأسعار بنسبة ٣/٤ خلال العام.', 'Prices rose by three quarters during the year.')), []);
  assert.deepEqual(run(segment('سيطرت الفصائل على ثلاثة أرباع المدينة.', 'The factions controlled 3/4 of the city.')), []);
  assert.deepEqual(run(segment('حصل على ثلثي الأصوات.', 'He won 2/3 of the votes.')), []);
  // Wrong fractions and dates with a year are still differences.
  assert.equal(run(segment('ارتفعت الأسعار بنسبة ٣/٤ خلال العام.', 'Prices rose by two thirds during the year.')).length, 1);
  assert.equal(run(segment('يوم ٣/٤/٢٠٢١', 'on three quarters')).length, 1);
});

test('numbers written the other convention\'s way agree: 76.000 and 30،000, £125m, 1950-53, 04:00, 116 123, the 80s', () => {
  assert.deepEqual(run(
    segment('وشارك 76.000 شخص في المسيرة.', 'Some 76,000 people joined the march.'),
    segment('وأعلنت أن 1.500 طن من القمح وصلت.', 'She said 1.5 tonnes of wheat arrived.'),
    segment('عبر أكثر من 30،000 كوري شمالي الحدود منذ نهاية الحرب الكورية عام 1953.', 'More than 30,000 North Koreans have crossed the border since the end of the Korean War in 1953.'),
    segment('باعت السلسلة مقابل 125 مليون جنيه إسترليني.', 'She sold the chain for £125m.'),
    segment('لم تنته الحرب الكورية (1950-1953) رسميا.', 'There was no formal end to the 1950-53 Korean War.'),
    segment('بدأ الهجوم في الساعة 4 فجرا.', 'The attack began at 04:00.'),
    segment('يمكن الاتصال بالرقم 116123 مجانا.', 'You can call 116 123 for free.'),
    segment('وكانت الفرقة في أوجها في الـ80.', 'The band was at its height in the 80s.'),
  ), []);
});

test('a real slip is still reported: a dropped million, 30 for 30,000, 25.2 for 2.25 billion', () => {
  const dropped = run(segment('صفقاتها الجديدة التي تساوي 1.5 جنيه إسترليني', 'her new deals - worth up to £1.5 million'));
  assert.deepEqual(dropped.map((f) => f.data?.side), ['source', 'target']);
  assert.equal(run(segment('عبر 30 كوريا شماليا الحدود.', 'More than 30,000 North Koreans crossed.')).length, 2);
  assert.equal(run(segment('بلغت 25,2 مليار دولار.', 'It reached $2.25 billion.')).length, 2);
});
