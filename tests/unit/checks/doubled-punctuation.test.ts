import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Segment } from '../../../src/model.js';
import { fixedTarget, runCheck, seedParagraphs, segmentFactory } from '../../helpers/checkFixtures.js';
import { doubledPunctuation } from '../../../src/checks/doubled-punctuation.js';
import { findCheck } from '../../../src/checks/registry.js';

const segment = segmentFactory();
const run = (...segments: Segment[]): Finding[] => runCheck(doubledPunctuation, segments);


test('is registered as information', () => {
  assert.equal(findCheck('doubled-punctuation'), doubledPunctuation);
  assert.equal(doubledPunctuation.severity, 'info');
});

test('the seed byline "Dr.. Muhammad Al-Saeed Idris": a doubled full stop, fixed to one', () => {
  const en = seedParagraphs('article.en.txt').find((p) => p.startsWith('Dr..'))!;
  const seg = segment('د. محمد السعيد إدريس', en, 'p5');
  const [f, ...rest] = run(seg);
  assert.equal(rest.length, 0);
  assert.match(f!.message, /"Dr\.\.": a doubled full stop/);
  assert.equal(fixedTarget(seg, f!).replace(/\u00A0/g, ' '), 'Dr. Muhammad Al-Saeed Idris');
});

test('the seed\'s «legitimacy.” . Al-Kadhimi»: the stray second full stop after the quotation goes, space and all', () => {
  const en = seedParagraphs('article.en.txt').find((p) => p.includes('legitimacy.” .'))!;
  const seg = segment('الشرعية الدولية». واختتم الكاظمي', en);
  const f = run(seg).find((x) => x.data?.problem === 'stray-after-quote')!;
  assert.ok(f, 'found');
  // The seed has a no-break space after the stray mark, as web pages often do.
  const fixed = fixedTarget(seg, f).replace(/\u00A0/g, ' ');
  assert.ok(fixed.includes('legitimacy.” Al-Kadhimi'), fixed.slice(fixed.indexOf('legitimacy') - 5, fixed.indexOf('legitimacy') + 40));
});

test('a space before a comma or full stop (carried over from the Arabic spacing) is removed by the fix', () => {
  const target = 'No , no. The Clarion Ledger reported .';
  const seg = segment('لا، لا. وذكرت صحيفة كلاريون ليدجر.', target);
  const found = run(seg);
  assert.deepEqual(found.map((f) => f.data?.problem), ['space-before', 'space-before']);
  assert.equal(fixedTarget(seg, { ...found[0]!, fix: found.flatMap((f) => f.fix!) }), 'No, no. The Clarion Ledger reported.');
});

test('an ellipsis, "?!", times, decimals, URLs and clean prose raise nothing', () => {
  for (const target of [
    'He paused... then spoke.',
    'Really?! The talks ended at 10:30 with a 2.5% rise.',
    'See https://example.org/news. Al-Kadhimi arrived on 27/6/2021.',
    'Iraqi Prime Minister Mustafa Al-Kadhimi is scheduled to visit Washington.',
    'The three rounds of dialogue: June, August and April.',
  ]) assert.deepEqual(run(segment('نص', target)), [], target);
});

test('English with no Arabic behind it (page clutter) is left to the clutter check', () => {
  assert.deepEqual(run(segment('', 'Leave a Reply ..')), []);
});
