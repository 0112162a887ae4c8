import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Segment } from '../../../src/model.js';
import { fixedTarget, runCheck, seedParagraphs, segmentFactory } from '../../helpers/checkFixtures.js';
import { lowercaseStarts, sentenceCase } from '../../../src/checks/sentence-case.js';
import { findCheck } from '../../../src/checks/registry.js';

const segment = segmentFactory();
const run = (...segments: Segment[]): Finding[] => runCheck(sentenceCase, segments);
const words = (text: string): string[] => lowercaseStarts(text).map((s) => s.word);

test('is registered as information', () => {
  assert.equal(findCheck('sentence-case'), sentenceCase);
  assert.equal(sentenceCase.severity, 'info');
});

test('the seed\'s "popular demands. the necessity": reported once, and the fix capitalizes only that letter', () => {
  const en = seedParagraphs('article.en.txt').find((p) => p.includes('popular demands. the'))!;
  const seg = segment('ثقل المطالب الشعبية بضرورة إنهاء وجود القوات الأجنبية', en);
  const [f, ...rest] = run(seg);
  assert.equal(rest.length, 0);
  assert.match(f!.message, /"of popular demands\. the": a sentence starts in lowercase\. The fix writes "The"/);
  const fixed = fixedTarget(seg, f!);
  assert.ok(fixed.includes('popular demands. The necessity of ending'));
  assert.equal(fixed.length, en.length);
  assert.equal(fixed.replace('demands. The', 'demands. the'), en);
});

test('a lowercase word inside quotation marks or brackets after a full stop is reported, and the fix keeps the quote', () => {
  const seg = segment('وقال. «النهاية»', 'He said. “the end is near,” officials added.');
  const [f] = run(seg);
  assert.equal(fixedTarget(seg, f!), 'He said. “The end is near,” officials added.');
  assert.deepEqual(words('It ended. (the talks resume Monday.)'), ['the']);
});

test('abbreviations, initials, numbers and ellipses leave the sentence open: nothing is reported', () => {
  for (const text of [
    'Turnout rose, e.g. the northern districts, i.e. the Kurdish region.',
    'The vote closed at 9 p.m. local time and reopened at 7 a.m. the next day.',
    'Smith et al. found that turnout fell; see Fig. the second panel and No. five.',
    'He stayed in the U.S. the whole summer.',
    'The options are listed under 3. then under 4.',
    'He hesitated... then he signed. And so it went… the end.',
  ]) assert.deepEqual(words(text), [], text);
});

test('name particles written lowercase on purpose are not reported; an English word that looks like one is', () => {
  assert.deepEqual(words('The talks ended. al-Kadhimi left for Washington. el-Sisi stayed.'), []);
  assert.deepEqual(words('The talks ended. bin Salman left. van Dyke stayed.'), []);
  assert.deepEqual(words('The talks ended. as expected, nothing changed. al the same.'), ['as', 'al']);
  assert.deepEqual(words('Sales fell. iPhone orders dropped. eBay too.'), []);
});

test('a question or exclamation may go on in lowercase ("Why? she asked"): only the full stop is checked', () => {
  assert.deepEqual(words('“Why?” he asked. Why? she asked. Stop! he shouted.'), []);
});

test('English with no Arabic behind it (page clutter) is left to the clutter check', () => {
  assert.deepEqual(run(segment('', 'Leave a reply. fill in your details below.')), []);
});

test('two identical sentences in two segments get distinct keys', () => {
  const found = run(segment('أ', 'Done. the end.', 'a'), segment('ب', 'Done. the end.', 'b'));
  assert.equal(found.length, 2);
  assert.notEqual(found[0]!.key, found[1]!.key);
});
