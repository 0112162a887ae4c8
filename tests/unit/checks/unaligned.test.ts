import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Segment } from '../../../src/model.js';
import { runCheck, segmentOf } from '../../helpers/checkFixtures.js';
import { unaligned } from '../../../src/checks/unaligned.js';
import { findCheck } from '../../../src/checks/registry.js';
import { analyze } from '../../../src/analyze.js';

const seg = (id: string, source: string, target: string): Segment => segmentOf(source, target, id);
const run = (...segments: Segment[]): Finding[] => runCheck(unaligned, segments);

const OMITTED = 'وأوضحت الوزارة أن معظم الحالات الجديدة سُجلت في مدينتي الرياض وجدة.';
const PAIR = seg('s1', 'ودعت الوزارة المواطنين إلى استكمال جرعات اللقاح.', 'The ministry urged citizens to complete their vaccine doses.');

test('is registered', () => {
  assert.equal(findCheck('unaligned'), unaligned);
});

test('Arabic with no English is a warning that quotes the Arabic and points at it', () => {
  const [f, ...rest] = run(PAIR, seg('s2', OMITTED, ''));
  assert.equal(rest.length, 0);
  assert.equal(f!.severity, 'warning');
  assert.match(f!.message, /no English translation/);
  assert.ok(f!.message.includes('الرياض'));
  assert.deepEqual(f!.occurrences, [{ segment: 's2', side: 'source', start: 0, end: OMITTED.length, text: OMITTED }]);
});

const ADDED = ['The ministry did not say how many of them were children.', 'Officials expect the numbers to rise next week.', 'Hospitals in Jeddah have added beds.'];

test('English with no Arabic is info; a run of such lines (an added paragraph) is one finding', () => {
  const findings = run(PAIR, seg('s2', '', ADDED[0]!), seg('s3', '', ADDED[1]!), seg('s4', '', ADDED[2]!));
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.equal(f!.severity, 'info');
  assert.match(f!.message, /no Arabic source \(3 sentences\)/);
  assert.deepEqual(f!.occurrences.map((o) => [o.segment, o.side]), [['s2', 'target'], ['s3', 'target'], ['s4', 'target']]);
});

test('a comment form is reported by the clutter check, not a second time here, unless the clutter check is switched off', () => {
  const form = [seg('s2', '', 'Leave a Reply'), seg('s3', '', 'Fill in your details below or click an icon to log in:'), seg('s4', '', 'Connecting to %s')];
  const source = 'ودعت الوزارة المواطنين إلى استكمال جرعات اللقاح.';
  const target = 'The ministry urged citizens to complete their vaccine doses.\nLeave a Reply\nFill in your details below or click an icon to log in:';
  const all = analyze(source, target).findings;
  assert.deepEqual(all.filter((f) => f.check === 'unaligned'), []);
  assert.ok(all.some((f) => f.check === 'clutter' && f.occurrences.some((o) => o.text === 'Leave a Reply')));
  assert.deepEqual(run(PAIR, ...form), []);
  const off = runCheck(unaligned, [PAIR, ...form], { terms: [] }, { disabledChecks: ['clutter'] });
  assert.equal(off.length, 1);
  assert.match(off[0]!.message, /no Arabic source \(3 sentences\)/);
  // A line with article words beside the furniture is still text with no source.
  assert.equal(run(PAIR, seg('s2', '', 'Muhammad Al-Saeed Idris 3 minutes readingListenParticipate')).length, 1);
});

test('aligned segments give nothing; runs on different sides or split by aligned text stay apart', () => {
  assert.deepEqual(run(PAIR), []);
  const findings = run(seg('s1', OMITTED, ''), seg('s2', '', ADDED[0]!), PAIR, seg('s4', '', ADDED[1]!));
  assert.deepEqual(findings.map((f) => f.severity), ['warning', 'info', 'info']);
  assert.equal(new Set(findings.map((f) => f.key)).size, 3, 'keys are unique within one run');
});

test('keys come from the text, not the position: re-analysis with other segment ids keeps them', () => {
  const a = run(PAIR, seg('s2', OMITTED, ''));
  const b = run(seg('s7', '', 'Advertisement'), seg('s8', 'قال الوزير.', 'The minister said.'), seg('s9', OMITTED, ''));
  assert.equal(a[0]!.key, b.find((f) => f.severity === 'warning')!.key);
  assert.match(a[0]!.key, /^unaligned:source:/);
});

test('through analyze: the seed-like pair reports the dropped sentence here and the comment form as clutter', () => {
  const source = 'أعلنت الوزارة تسجيل ١٢٠ إصابة جديدة.\nوأوضحت الوزارة أن معظم الحالات الجديدة سُجلت في مدينتي الرياض وجدة، تليهما مكة المكرمة والمدينة المنورة.';
  const target = 'The ministry announced 120 new infections.\nLeave a Reply';
  const all = analyze(source, target).findings;
  assert.deepEqual(all.filter((f) => f.check === 'unaligned').map((f) => [f.severity, f.occurrences[0]!.text]), [
    ['warning', 'وأوضحت الوزارة أن معظم الحالات الجديدة سُجلت في مدينتي الرياض وجدة، تليهما مكة المكرمة والمدينة المنورة.'],
  ]);
  assert.deepEqual(all.filter((f) => f.check === 'clutter').map((f) => f.occurrences[0]!.text), ['Leave a Reply']);
});
