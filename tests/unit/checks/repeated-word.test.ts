import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Segment } from '../../../src/model.js';
import { fixedTarget, runCheck, segmentFactory } from '../../helpers/checkFixtures.js';
import { repeatedWord } from '../../../src/checks/repeated-word.js';
import { findCheck } from '../../../src/checks/registry.js';

const segment = segmentFactory();
const run = (...segments: Segment[]): Finding[] => runCheck(repeatedWord, segments);
const SOURCE = 'وفقا للمسؤول، فإن الوصول إلى البلدات ما زال مقطوعا.';


test('is registered as a warning', () => {
  assert.equal(findCheck('repeated-word'), repeatedWord);
  assert.equal(repeatedWord.severity, 'warning');
});

test('"according to to the official": found, and the fix leaves one "to"', () => {
  const target = 'And, according to to the official, access to the towns is still cut.';
  const seg = segment(SOURCE, target, 'p3');
  const [f, ...rest] = run(seg);
  assert.equal(rest.length, 0);
  assert.equal(f!.occurrences[0]!.text, 'to to');
  assert.match(f!.message, /"to to": the same word twice in a row/);
  assert.equal(fixedTarget(seg, f!), 'And, according to the official, access to the towns is still cut.');
});

test('"The the" at a sentence start keeps its capital; case does not hide the repeat', () => {
  const target = 'The the access to the towns is still cut.';
  const seg = segment(SOURCE, target);
  const [f] = run(seg);
  assert.equal(fixedTarget(seg, f!), 'The access to the towns is still cut.');
});

test('grammatical doubles, numbers, doubled names and words that only start alike are left alone', () => {
  for (const target of [
    'The militia had had enough of the talks.',
    'He said that that was the end of it.',
    'She wants a deal like Canada plus plus for the frictionless border.',
    'The vote ended 10 10 in the council.',
    'Sirhan Sirhan was moved; the Roa Roa Hotel collapsed.',
    'The Popular Mobilization mobilized its men.',
    'Al-Kadhimi’s visit to Washington, Washingtonians say, matters.',
  ]) assert.deepEqual(run(segment(SOURCE, target)), [], target);
});

test('English with no Arabic behind it (page clutter) is left to the clutter check', () => {
  assert.deepEqual(run(segment('', 'Leave a a Reply')), []);
});

test('the key names the word and the Arabic, not the position, so Ignore survives edits around it', () => {
  const a = run(segment(SOURCE, 'According to to the official.', 'x1'))[0]!;
  const b = run(segment(SOURCE, 'Yesterday, according to to the official.', 'x1'))[0]!;
  assert.equal(a.key, b.key);
});
