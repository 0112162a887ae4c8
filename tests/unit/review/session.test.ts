import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Replacement, Segment } from '../../../src/model.js';
import {
  applyEdit, applyFix, canRedo, canUndo, createSession, currentSegments, currentTarget, InvalidFixError, isEdited, redo, undo,
} from '../../../src/review/session.js';

function seg(id: string, source: string, target: string): Segment {
  return { id, paragraph: 1, sourceParagraph: 1, source, target, sourceRange: null, targetRange: null, shape: '1-1' };
}

// Real seed sentences: the MT spells الكاظمي two ways.
const segments = [
  seg('s1', 'يزور رئيس الوزراء العراقي مصطفى الكاظمي واشنطن', 'Iraqi Prime Minister Mustafa Al-Kadhimi is scheduled to visit Washington'),
  seg('s2', 'زيارة الكاظمي قبل أيام للفاتيكان', 'Al-Kazemi’s visit a few days ago to the Vatican'),
  seg('s3', 'وضعت الصراحة الأمريكية الكاظمي في حرج', 'The blunt American frankness put Al-Kazemi in great embarrassment, and Al-Kazemi knew it'),
  seg('s4', '', 'Leave a Reply'),
];

function mentions(text: string, form: string, segment: string): Replacement[] {
  const out: Replacement[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) out.push({ segment, start: i, end: i + form.length, text: 'Al-Kadhimi' });
  return out;
}

test('a new session shows the machine translation and has nothing to undo', () => {
  const s = createSession(segments);
  assert.equal(currentTarget(s, 's2'), 'Al-Kazemi’s visit a few days ago to the Vatican');
  assert.equal(canUndo(s), false);
  assert.equal(canRedo(s), false);
  assert.deepEqual(s.edits, {});
});

test('saved edits are restored, and an "edit" equal to the MT is not kept', () => {
  const s = createSession(segments, { s1: 'Iraqi PM Mustafa al-Kadhimi will visit Washington', s2: segments[1]!.target, s9: 'ghost' });
  assert.deepEqual(Object.keys(s.edits), ['s1']);
  assert.equal(isEdited(s, 's2'), false);
});

test('typing in a segment changes only that segment and is undoable', () => {
  let s = createSession(segments);
  s = applyEdit(s, 's4', 'Leave a reply');
  assert.equal(currentTarget(s, 's4'), 'Leave a reply');
  assert.equal(currentTarget(s, 's1'), segments[0]!.target);
  s = undo(s);
  assert.equal(currentTarget(s, 's4'), 'Leave a Reply');
  assert.equal(isEdited(s, 's4'), false, 'undoing back to the MT leaves the segment unedited');
  s = redo(s);
  assert.equal(currentTarget(s, 's4'), 'Leave a reply');
});

test('a burst of typing in one segment is one undo step; typing elsewhere starts a new step', () => {
  let s = createSession(segments);
  s = applyEdit(s, 's2', 'Al-Kadhemi’s visit a few days ago to the Vatican', { merge: true });
  s = applyEdit(s, 's2', 'Al-Kadhimi’s visit a few days ago to the Vatican', { merge: true });
  assert.equal(s.past.length, 1);
  s = applyEdit(s, 's1', 'Iraqi Prime Minister Mustafa al-Kadhimi is scheduled to visit Washington', { merge: true });
  assert.equal(s.past.length, 2);
  s = undo(undo(s));
  assert.equal(currentTarget(s, 's2'), segments[1]!.target);
  assert.equal(currentTarget(s, 's1'), segments[0]!.target);
});

test('without merge every edit is its own step', () => {
  let s = createSession(segments);
  s = applyEdit(s, 's2', 'a');
  s = applyEdit(s, 's2', 'ab');
  assert.equal(s.past.length, 2);
  assert.equal(currentTarget(undo(s), 's2'), 'a');
});

test('Fix all rewrites every occurrence across segments as one step, and Undo/Redo take it back and forth', () => {
  let s = createSession(segments);
  const fix = [
    ...mentions(segments[1]!.target, 'Al-Kazemi', 's2'),
    ...mentions(segments[2]!.target, 'Al-Kazemi', 's3'),
  ];
  assert.equal(fix.length, 3);
  s = applyFix(s, fix, 'Use “Al-Kadhimi”');
  assert.equal(currentTarget(s, 's2'), 'Al-Kadhimi’s visit a few days ago to the Vatican');
  assert.equal(currentTarget(s, 's3'), 'The blunt American frankness put Al-Kadhimi in great embarrassment, and Al-Kadhimi knew it');
  assert.equal(s.past.length, 1, 'one fix is one step');
  assert.equal(s.past[0]!.label, 'Use “Al-Kadhimi”');

  s = undo(s);
  assert.equal(currentTarget(s, 's2'), segments[1]!.target);
  assert.equal(currentTarget(s, 's3'), segments[2]!.target);
  assert.deepEqual(s.edits, {});
  assert.equal(canRedo(s), true);

  s = redo(s);
  assert.equal(currentTarget(s, 's3'), 'The blunt American frankness put Al-Kadhimi in great embarrassment, and Al-Kadhimi knew it');
  assert.equal(canRedo(s), false);
});

test('a fix applies on top of the editor’s own edit, with offsets into the current text', () => {
  let s = createSession(segments);
  s = applyEdit(s, 's3', 'Then Al-Kazemi was embarrassed');
  s = applyFix(s, mentions('Then Al-Kazemi was embarrassed', 'Al-Kazemi', 's3'));
  assert.equal(currentTarget(s, 's3'), 'Then Al-Kadhimi was embarrassed');
  s = undo(s);
  assert.equal(currentTarget(s, 's3'), 'Then Al-Kazemi was embarrassed', 'undoing the fix keeps the earlier edit');
});

test('a new edit after Undo discards the redo history', () => {
  let s = createSession(segments);
  s = applyEdit(s, 's4', 'x');
  s = undo(s);
  s = applyEdit(s, 's1', 'y');
  assert.equal(canRedo(s), false);
});

test('a fix whose ranges no longer match the text is refused with a clear message and changes nothing', () => {
  const s = createSession(segments);
  assert.throws(() => applyFix(s, [{ segment: 's2', start: 40, end: 400, text: 'x' }]), InvalidFixError);
  assert.throws(
    () => applyFix(s, [{ segment: 's3', start: 0, end: 10, text: 'a' }, { segment: 's3', start: 5, end: 12, text: 'b' }]),
    /no longer matches/,
  );
  assert.throws(() => applyFix(s, [{ segment: 's99', start: 0, end: 1, text: 'x' }]), /not in this review/);
  assert.deepEqual(s.edits, {});
});

test('a fix that changes nothing adds no step', () => {
  const s = createSession(segments);
  const same = applyFix(s, [{ segment: 's1', start: 29, end: 39, text: 'Al-Kadhimi' }]);
  assert.equal(same, s);
});

test('checks run on the current English, with the MT untouched', () => {
  let s = createSession(segments);
  s = applyEdit(s, 's4', '');
  const current = currentSegments(s, segments);
  assert.equal(current[3]!.target, '');
  assert.equal(segments[3]!.target, 'Leave a Reply');
  assert.equal(current[0], segments[0], 'unedited segments are passed through as-is');
});

test('replacing a segment wholesale (a DeepL retranslation) after typing in it is its own named step', () => {
  let s = createSession(segments);
  s = applyEdit(s, 's3', 'The blunt American frankness put Al-Kadhimi in great embarrassment', { merge: true });
  s = applyEdit(s, 's3', 'American bluntness embarrassed Al-Kadhimi', { label: 'retranslate segment 3 with DeepL' });
  assert.equal(s.past.length, 2, 'the typing burst and the retranslation are separate steps');
  assert.equal(s.past[1]!.label, 'retranslate segment 3 with DeepL');
  s = undo(s);
  assert.equal(currentTarget(s, 's3'), 'The blunt American frankness put Al-Kadhimi in great embarrassment', 'Undo goes back to the typed text, not the MT');
  assert.equal(s.past[0]!.label, 'Edit s3');
});
