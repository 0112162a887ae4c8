import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Segment } from '../../../src/model.js';
import { fixedTarget, runCheck, segmentFactory } from '../../helpers/checkFixtures.js';
import { invisibleCharacters } from '../../../src/checks/invisible-characters.js';
import { findCheck } from '../../../src/checks/registry.js';

const segment = segmentFactory();
const run = (...segments: Segment[]): Finding[] => runCheck(invisibleCharacters, segments);
const AR = 'وأكد الكاظمي أن العراق لن يكون ساحة للصراع.';

test('is registered as a warning', () => {
  assert.equal(findCheck('invisible-characters'), invisibleCharacters);
  assert.equal(invisibleCharacters.severity, 'warning');
});

test('a right-to-left override and zero-width spaces are named, counted and removed by the fix', () => {
  const seg = segment(AR, 'Al-Kazemi\u200B stressed that Iraq will not be an arena\u200B of conflict \u202Etxet neddih.');
  const [f, ...rest] = run(seg);
  assert.equal(rest.length, 0);
  assert.match(f!.message, /ZERO WIDTH SPACE \(U\+200B\) ×2, RIGHT-TO-LEFT OVERRIDE \(U\+202E\)/);
  assert.equal(f!.occurrences.length, 3);
  assert.equal(fixedTarget(seg, f!), 'Al-Kazemi stressed that Iraq will not be an arena of conflict txet neddih.');
});

test('a soft hyphen breaks search for "Mobilization": found; plain English and English-only clutter are left alone', () => {
  assert.equal(run(segment(AR, 'the Popular Mobili\u00ADzation Forces')).length, 1);
  assert.deepEqual(run(segment(AR, 'Al-Kadhimi stressed that Iraq will not be an arena of conflict.')), []);
  assert.deepEqual(run(segment('', 'Leave a Reply\u200B')), []);
});
