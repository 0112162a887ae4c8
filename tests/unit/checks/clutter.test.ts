import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Finding, Replacement, Segment } from '../../../src/model.js';
import { runCheck, segmentFactory } from '../../helpers/checkFixtures.js';
import { clutter, findClutter } from '../../../src/checks/clutter.js';
import { findCheck } from '../../../src/checks/registry.js';

const segment = segmentFactory();
const run = (...segments: Segment[]): Finding[] => runCheck(clutter, segments);
/** The target after applying a fix, as the review would. */
function applyFix(target: string, fix: Replacement[]): string {
  return [...fix].sort((a, b) => b.start - a.start).reduce((t, r) => t.slice(0, r.start) + r.text + t.slice(r.end), target);
}
const clutterText = (t: string): string[] => findClutter(t).map((r) => t.slice(r.start, r.end));

const seed = readFileSync(new URL('../../fixtures/seed/article.en.txt', import.meta.url), 'utf8');
const seedLines = seed.split('\n').map((l) => l.trim()).filter(Boolean);

test('is registered as info', () => {
  assert.equal(findCheck('clutter'), clutter);
  assert.equal(clutter.severity, 'info');
});

test('the seed\'s comment form and footer are one clutter finding whose fix empties every line of it', () => {
  const tail = seedLines.slice(seedLines.findIndex((l) => l.startsWith('mohamed.alsaid')));
  assert.equal(tail.length, 9);
  const segments = tail.map((t, i) => segment('', t, `t${i + 1}`));
  const findings = run(...segments);
  assert.equal(findings.length, 1);
  const [f] = findings;
  assert.deepEqual(f!.occurrences.map((o) => o.text), tail);
  assert.deepEqual(f!.occurrences.map((o) => o.segment), segments.map((s) => s.id));
  for (const seg of segments) {
    const own = f!.fix!.filter((r) => r.segment === seg.id);
    assert.equal(applyFix(seg.target, own), '', `not removed: ${seg.target}`);
  }
  assert.match(f!.message, /\(9 segments\).*and 6 more/);
  assert.equal(f!.data?.wholeSegment, true);
});

test('clutter blocks separated by article text stay separate findings with distinct keys', () => {
  const findings = run(segment('', 'Leave a Reply'), segment('قال الكاظمي.', 'Al-Kadhimi said the talks would go on.'), segment('', 'Leave a Reply'));
  assert.equal(findings.length, 2);
  assert.notEqual(findings[0]!.key, findings[1]!.key);
  assert.match(findings[1]!.key, /^clutter:.*:2$/);
});

test('the seed\'s byline keeps the author and loses the reading-time badge and buttons', () => {
  const byline = seedLines.find((l) => /minutes\sreading/u.test(l))!;
  const [f, ...rest] = run(segment('', byline));
  assert.equal(rest.length, 0);
  assert.equal(f!.occurrences[0]!.text.replace(/\s/gu, ' '), '3 minutes readingListenParticipate'); // the seed has no-break spaces
  assert.equal(applyFix(byline, f!.fix!), 'Muhammad Al-Saeed Idris');
});

test('the seed\'s article body, title, dateline and author lines are not clutter', () => {
  const body = seedLines.slice(0, seedLines.findIndex((l) => l.startsWith('mohamed.alsaid')));
  const flagged = body.filter((l) => findClutter(l).length > 0);
  assert.deepEqual(flagged, [seedLines.find((l) => /minutes\sreading/u.test(l))]);
});

test('furniture words used in prose are not clutter', () => {
  assert.deepEqual(clutterText('Listen to the people, Al-Kadhimi told the permanent representatives of NATO.'), []);
  assert.deepEqual(clutterText('Iraq wants to share intelligence and print new currency under a blueprint agreed in Brussels.'), []);
  assert.deepEqual(clutterText('Readers can write to the editor at letters@example.com with comments on the dialogue.'), []);
  // Headlines are short and end without a period: still not furniture.
  assert.deepEqual(clutterText('Iraq and Iran share border concerns'), []);
  assert.deepEqual(clutterText('Share prices fall in Baghdad'), []);
  assert.deepEqual(clutterText('Related talks in Brussels'), []);
});

test('short shapeless lines of buttons and bare addresses are clutter', () => {
  assert.deepEqual(clutterText('Share'), ['Share']);
  assert.deepEqual(clutterText('Listen | Share | Print'), ['Listen | Share | Print']);
  assert.deepEqual(clutterText('https://www.example.com/iraq/kadhimi-visit'), ['https://www.example.com/iraq/kadhimi-visit']);
  assert.deepEqual(clutterText('mohamed.alsaid.idries@gmail.com'), ['mohamed.alsaid.idries@gmail.com']);
  assert.deepEqual(clutterText('Contact the author: mohamed.alsaid.idries@gmail.com'), ['mohamed.alsaid.idries@gmail.com']);
});

test('clutter at the end of an article paragraph is removed with the space before it', () => {
  const target = 'Al-Kadhimi concluded his speech by refusing to use Iraqi lands to attack its neighbors. Leave a Reply';
  const [f] = run(segment('واختتم الكاظمي كلمته.', target));
  assert.equal(f!.occurrences[0]!.text, 'Leave a Reply');
  assert.equal(applyFix(target, f!.fix!), 'Al-Kadhimi concluded his speech by refusing to use Iraqi lands to attack its neighbors.');
});

test('clutter inside article text is pointed at but has no fix', () => {
  const target = 'Al-Kadhimi was very frank. Leave a Reply He called for sparing Iraq from regional conflicts.';
  const [f] = run(segment('وكان الكاظمي صريحا جدا.', target));
  assert.equal(f!.occurrences[0]!.text, 'Leave a Reply');
  assert.equal(f!.fix, undefined);
  assert.match(f!.message, /by hand/);
});

test('a clean article raises nothing', () => {
  assert.deepEqual(run(segment('قال الكاظمي.', 'Al-Kadhimi said the dialogue would continue in Washington.')), []);
});

test('a share bar and a comment form from another news site', () => {
  const lines = [
    'Share this article: Facebook Twitter WhatsApp',
    'Leave a comment',
    'Your email address will not be published. Required fields are marked *',
    'Post Comment',
    'Reading time: 4 minutes',
    'Read also: Sudan army and RSF agree to talks in Jeddah',
  ];
  const segments = lines.map((l) => segment('', l));
  const [block, readAlso, ...rest] = run(...segments);
  assert.equal(rest.length, 0);
  assert.equal(block!.occurrences.length, 5);
  segments.slice(0, 5).forEach((seg) => assert.equal(applyFix(seg.target, block!.fix!.filter((r) => r.segment === seg.id)), '', seg.target));
  // "Read also:" is furniture; the headline after it may be a link, but it is text an editor must judge.
  assert.equal(readAlso!.occurrences[0]!.text, 'Read also:');
  assert.equal(applyFix(lines[5]!, readAlso!.fix!), 'Sudan army and RSF agree to talks in Jeddah');
});

test('social network names in prose are not clutter', () => {
  assert.deepEqual(clutterText('The World Food Programme said on Twitter that 18 million people in Sudan face acute hunger.'), []);
  assert.deepEqual(clutterText('Updated 12 May 2024 10:35 GMT'), []);
});
