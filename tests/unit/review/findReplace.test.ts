import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMatches, replacementsFor, withCaseOf } from '../../../renderer/app/find.js';
import { applyFix, createSession, currentTarget } from '../../../src/review/session.js';

const segments = [
  { id: 'p1', source: 'انسحب الحشد الشعبي', target: 'The crowd withdrew, and the crowd cheered.' },
  { id: 'p2', source: 'قال الكاظمي إن الحشد جزء من الدولة', target: 'Al-Kazemi said the crowd is part of the state.' },
];
const targetOf = (id: string): string => segments.find((s) => s.id === id)!.target;

test('replace all edits every English match, keeps a sentence-initial capital, and never touches the Arabic', () => {
  const matches = findMatches(segments, targetOf, 'the crowd');
  assert.equal(matches.length, 3);
  const edits = replacementsFor(matches, targetOf, 'the Popular Mobilization Forces');
  assert.deepEqual(edits.map((e) => [e.segment, e.text]), [
    ['p1', 'The Popular Mobilization Forces'], ['p1', 'the Popular Mobilization Forces'], ['p2', 'the Popular Mobilization Forces'],
  ]);
  // Arabic matches are found but produce no edit.
  const arabic = findMatches(segments, targetOf, 'الحشد');
  assert.equal(arabic.length, 2);
  assert.deepEqual(replacementsFor(arabic, targetOf, 'x'), []);
});

test('the edits apply as one undoable step to the review', () => {
  const session = createSession(segments);
  const edits = replacementsFor(findMatches(segments, targetOf, 'Kazemi'), targetOf, 'Kadhimi');
  const next = applyFix(session, edits, 'replace all');
  assert.equal(currentTarget(next, 'p2'), 'Al-Kadhimi said the crowd is part of the state.');
  assert.equal(next.past.length, session.past.length + 1);
});

test('a replacement keeps its own capitals where the match had none', () => {
  assert.equal(withCaseOf('kazemi', 'Al-Kadhimi'), 'Al-Kadhimi');
  assert.equal(withCaseOf('Crowd', 'mobilization'), 'Mobilization');
  assert.equal(withCaseOf('crowd', 'mobilization'), 'mobilization');
  assert.equal(withCaseOf('', 'x'), 'x');
});

test('find ignores Arabic diacritics, alef and ya shapes and digit scripts, and English accents; offsets are the text\'s own', () => {
  const segs = [{ id: 'a', source: 'وقال الكاظمِي في ٩ يوليو إن مصطفى سيزور أمريكا', target: 'Saïd said on July 9 that Al‑Kadhimi would visit' }];
  const target = (): string => segs[0]!.target;
  const one = (q: string): string[] => findMatches(segs, target, q).map((m) => (m.side === 'source' ? segs[0]!.source : target()).slice(m.start, m.end));
  // The whole written word comes back, diacritic included, so the highlight covers it.
  assert.deepEqual(one('الكاظمي'), ['الكاظمِي']);
  assert.deepEqual(one('مصطفي'), ['مصطفى']);
  assert.deepEqual(one('امريكا'), ['أمريكا']);
  // 9 finds the Arabic-Indic ٩ and the English 9.
  assert.deepEqual(one('9'), ['٩', '9']);
  assert.deepEqual(one('said'), ['Saïd', 'said']);
  // A non-breaking hyphen in the MT is found with a plain one.
  assert.deepEqual(one('al-kadhimi'), ['Al‑Kadhimi']);
});
