import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Segment } from '../../../src/model.js';
import { fixedTarget, runCheck, segmentFactory } from '../../helpers/checkFixtures.js';
import { markup } from '../../../src/checks/markup.js';
import { numberMismatch } from '../../../src/checks/number-mismatch.js';
import { lengthRatio } from '../../../src/checks/length-ratio.js';
import { findCheck } from '../../../src/checks/registry.js';

const segment = segmentFactory();
const run = (...segments: Segment[]): Finding[] => runCheck(markup, segments);
const AR = 'وقال الكاظمي إن الحوار الاستراتيجي مستمر مع واشنطن.';


test('is registered as a warning', () => {
  assert.equal(findCheck('markup'), markup);
  assert.equal(markup.severity, 'warning');
});

test('tags and entities in the English are one finding per segment; the fix leaves clean text with single spaces', () => {
  const target = 'Al-Kadhimi said the strategic dialogue <b>with Washington</b> continues&nbsp;<br> &amp; will go on.';
  const seg = segment(AR, target, 'p2');
  const [f, ...rest] = run(seg);
  assert.equal(rest.length, 0);
  assert.deepEqual(f!.occurrences.map((o) => o.text), ['<b>', '</b>', '&nbsp;', '<br>', '&amp;']);
  assert.match(f!.message, /web page markup in it: "<b>", "<\/b>", "&nbsp;" and 2 more/);
  assert.equal(fixedTarget(seg, f!), 'Al-Kadhimi said the strategic dialogue with Washington continues & will go on.');
});

test('only character codes: said as such, and written as the characters', () => {
  const target = 'Al-Kadhimi&#8217;s message to Washington &amp; Tehran.';
  const seg = segment(AR, target);
  const [f] = run(seg);
  assert.match(f!.message, /HTML character codes/);
  assert.equal(fixedTarget(seg, f!), 'Al-Kadhimi’s message to Washington & Tehran.');
});

test('clean English, and English-only clutter (its own checks), raise nothing', () => {
  assert.deepEqual(run(segment(AR, 'Al-Kadhimi said the strategic dialogue with Washington continues, 3 < 4.')), []);
  assert.deepEqual(run(segment('', '<p>Leave a Reply</p>')), []);
});

test('numbers inside markup are not numbers of the article, and tags do not make a sentence "too long"', () => {
  const target = 'Al-Kadhimi said the strategic dialogue with Washington continues <a href="/news/2021/06/27?id=4417" class="x-3">more</a>.';
  assert.deepEqual(runCheck(numberMismatch, [segment(AR, target)]), []);
  assert.deepEqual(runCheck(lengthRatio, [segment(AR, target)]), []);
});
