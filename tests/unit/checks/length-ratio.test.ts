import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Segment } from '../../../src/model.js';
import { runCheck, seedParagraphs, segmentFactory } from '../../helpers/checkFixtures.js';
import { lengthRatio, visibleLength } from '../../../src/checks/length-ratio.js';
import { findCheck } from '../../../src/checks/registry.js';

const segment = segmentFactory();
const run = (...segments: Segment[]): Finding[] => runCheck(lengthRatio, segments);

const AR = 'من المقرر أن يزور رئيس الوزراء العراقي مصطفى الكاظمي واشنطن في نهاية يوليو للقاء الرئيس الأمريكي جو بايدن للمرة الأولى.';
const EN = 'Iraqi Prime Minister Mustafa Al-Kadhimi is scheduled to visit Washington at the end of July to meet US President Joe Biden for the first time.';

test('is registered as info', () => {
  assert.equal(findCheck('length-ratio'), lengthRatio);
  assert.equal(lengthRatio.severity, 'info');
});

test('a good translation is within bounds', () => {
  const ratio = visibleLength(EN) / visibleLength(AR);
  assert.ok(ratio > 0.59 && ratio < 1.64, `ratio ${ratio}`);
  assert.deepEqual(run(segment(AR, EN)), []);
});

test('a translation that dropped most of the sentence is flagged as too short', () => {
  const [f, ...rest] = run(segment(AR, 'Al-Kadhimi will visit Washington.', 'k1'));
  assert.equal(rest.length, 0);
  assert.match(f!.message, /much shorter/);
  assert.ok((f!.data!.ratio as number) < 0.59);
  assert.deepEqual(f!.occurrences[0], { segment: 'k1', side: 'target', start: 0, end: 33, text: 'Al-Kadhimi will visit Washington.' });
});

test('a translation with repeated text is flagged as too long', () => {
  const [f] = run(segment(AR, `${EN} ${EN}`));
  assert.match(f!.message, /much longer/);
});

test('short segments and empty sides are not judged', () => {
  assert.deepEqual(run(segment('قال الكاظمي.', 'Al-Kadhimi said that the talks with Washington would be long and difficult.')), []);
  assert.deepEqual(run(segment(AR, ''), segment('', EN)), []);
});

test('Arabic diacritics and tatweel do not count as length', () => {
  assert.equal(visibleLength('الكَاظِمِيّ'), visibleLength('الكاظمي'));
  assert.equal(visibleLength('الكاظـــمي'), visibleLength('الكاظمي'));
  assert.equal(visibleLength('  Al-Kadhimi   said \n'), 'Al-Kadhimi said'.length);
});

test('the key follows the Arabic, so editing the English keeps an ignored finding ignored', () => {
  const a = run(segment(AR, 'Al-Kadhimi will visit Washington.'));
  const b = run(segment(AR, 'Al-Kadhimi is to visit Washington.'));
  assert.equal(a[0]!.key, b[0]!.key);
});

test('the seed pair, paragraph for paragraph, raises nothing', () => {
  const ar = seedParagraphs('article.ar.txt');
  const en = seedParagraphs('article.en.txt');
  const body = ar.slice(4, 13).map((a, i) => segment(a, en[i + 5]!));
  assert.equal(body.length, 9);
  assert.deepEqual(run(...body), []);
  // Dropping the second half of a paragraph is caught.
  const cut = segment(body[1]!.source, body[1]!.target.slice(0, body[1]!.target.indexOf(', whether')) + '.');
  assert.match(run(cut)[0]!.message, /much shorter/);
});

test('a headline the English writes shorter is not flagged; a sentence cut just as short is', () => {
  const ar = 'انسحاب المملكة المتحدة من الاتحاد الأوروبي: المملكة المتحدة "ستندم إلى الأبد" على خسارة شركات صناعة السيارات';
  assert.deepEqual(run(segment(ar, "Brexit: UK 'would forever regret' losing carmakers")), []);
  assert.equal(run(segment(ar, "Britain: the UK 'would regret' losing all its carmakers.")).length, 1);
});

test('acronyms count as the letter names Arabic writes for them (CNN is سي إن إن)', () => {
  const ar = 'وقالت شركة نيلسن أن عدد مشاهدي سي بي أس بلغ 3.1 مليون مشاهد وبلغ عدد مشاهدي إن بي سي 2.94 مليون مشاهد وبلغ عدد مشاهدي إم إس إن بي سي 2.89 مليون مشاهد وبلغ عدد مشاهدي سي إن إن 2.52 مليون مشاهد.';
  const en = 'CBS had 3.1 million, NBC had 2.94 million, MSNBC had 2.89 million and CNN had 2.52 million, Nielsen said.';
  assert.ok(visibleLength(en) / visibleLength(ar) < 0.59, 'by raw characters it would look cut short');
  assert.deepEqual(run(segment(ar, en)), []);
  // Without its acronyms a shortened sentence is still flagged.
  assert.equal(run(segment(ar, 'Nielsen gave the figures.')).length, 1);
});
