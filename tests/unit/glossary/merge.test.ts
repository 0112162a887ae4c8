import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyImport, mergeThreeWay, planImport } from '../../../src/glossary/merge.js';
import { makeTerm } from '../../../src/glossary/term.js';
import type { Term } from '../../../src/model.js';

const kadhimi = makeTerm({ id: 'k', source: 'الكاظمي', target: 'Al-Kadhimi', kind: 'person', status: 'approved', note: 'PM' });
const pmf = makeTerm({ id: 'p', source: 'الحشد الشعبي', target: 'Popular Mobilization', status: 'proposed' });
const diyala = makeTerm({ id: 'd', source: 'ديالى', target: 'Diyala', kind: 'place', status: 'approved' });
const edit = (t: Term, patch: Partial<Term>): Term => ({ ...t, ...patch });

test('import plan: new, identical (written differently in Arabic) and conflicting terms', () => {
  const incoming = [
    makeTerm({ source: 'الكاظمِي', target: 'Al-Kadhimi', status: 'approved' }),
    makeTerm({ source: 'الحشد الشعبي', target: 'Popular Mobilization Forces', status: 'approved' }),
    makeTerm({ source: 'بايدن', target: 'Biden', status: 'approved' }),
  ];
  const plan = planImport([kadhimi, pmf], incoming);
  assert.deepEqual(plan.added.map((t) => t.target), ['Biden']);
  assert.deepEqual(plan.unchanged.map((t) => t.target), ['Al-Kadhimi']);
  assert.deepEqual(plan.conflicts.map((c) => [c.existing.target, c.incoming.target]), [['Popular Mobilization', 'Popular Mobilization Forces']]);

  const opts = { by: 'Huda', at: '2026-01-01T00:00:00Z', fileName: 'desk.csv' };
  const kept = applyImport([kadhimi, pmf], plan, { ...opts, overwrite: false });
  assert.deepEqual(kept.map((t) => t.target), ['Al-Kadhimi', 'Popular Mobilization', 'Biden']);
  const replaced = applyImport([kadhimi, pmf], plan, { ...opts, overwrite: true });
  assert.deepEqual(replaced.map((t) => [t.id === pmf.id || t.target, t.target]).slice(1, 2), [[true, 'Popular Mobilization Forces']]);
  assert.equal(replaced[1]!.status, 'approved');
  assert.match(replaced[1]!.history.at(-1)!.detail!, /was "Popular Mobilization"/);
  assert.equal(replaced[0]!.note, 'PM', 'a plain file without notes does not erase a note');
});

test('three-way: changes to different terms on each side both survive', () => {
  const base = [kadhimi, pmf];
  const mine = [edit(kadhimi, { variants: ['Kadhimi'] }), pmf];
  const theirs = [kadhimi, edit(pmf, { status: 'approved' }), diyala];
  const r = mergeThreeWay(base, mine, theirs);
  assert.deepEqual(r.conflicts, []);
  assert.deepEqual(r.terms.map((t) => [t.id, t.variants, t.status]), [['k', ['Kadhimi'], 'approved'], ['p', [], 'approved'], ['d', [], 'approved']]);
});

test('three-way: the same term changed differently on both sides is a conflict carrying both versions', () => {
  const mine = [edit(kadhimi, { target: 'al-Kadhimi' }), pmf];
  const theirs = [edit(kadhimi, { target: 'Al-Kazimi' }), pmf];
  const r = mergeThreeWay([kadhimi, pmf], mine, theirs);
  assert.equal(r.conflicts.length, 1);
  assert.equal(r.conflicts[0]!.mine!.target, 'al-Kadhimi');
  assert.equal(r.conflicts[0]!.theirs!.target, 'Al-Kazimi');
  assert.equal(r.conflicts[0]!.base!.target, 'Al-Kadhimi');
  assert.equal(r.terms.find((t) => t.id === 'k')!.target, 'Al-Kazimi', 'the file keeps what is on disk until the editor decides');
});

test('three-way: deleted on one side and edited on the other is a conflict; an untouched deletion stands', () => {
  const r1 = mergeThreeWay([kadhimi, pmf], [pmf], [edit(kadhimi, { note: 'changed' }), pmf]);
  assert.equal(r1.conflicts.length, 1);
  assert.equal(r1.conflicts[0]!.mine, undefined);
  assert.ok(r1.terms.some((t) => t.id === 'k'));
  const r2 = mergeThreeWay([kadhimi, pmf], [edit(kadhimi, { note: 'mine' }), pmf], [pmf]);
  assert.equal(r2.conflicts.length, 1);
  assert.equal(r2.conflicts[0]!.theirs, undefined);
  const r3 = mergeThreeWay([kadhimi, pmf], [kadhimi, pmf], [pmf]);
  assert.deepEqual([r3.terms.map((t) => t.id), r3.conflicts], [['p'], []]);
});

test('three-way: the same Arabic added by both editors is one entry; different renderings are a conflict', () => {
  const mineNew = makeTerm({ source: 'بايدن', target: 'Biden', status: 'approved' });
  const theirNew = makeTerm({ source: 'بايدن', target: 'Joe Biden', status: 'approved' });
  const r = mergeThreeWay([kadhimi], [kadhimi, mineNew], [kadhimi, theirNew]);
  assert.deepEqual(r.terms.map((t) => t.target), ['Al-Kadhimi', 'Joe Biden']);
  assert.equal(r.conflicts.length, 1);
  assert.equal(r.conflicts[0]!.mine!.target, 'Biden');
  const same = mergeThreeWay([kadhimi], [kadhimi, mineNew], [kadhimi, { ...mineNew, id: 'other' }]);
  assert.deepEqual([same.terms.length, same.conflicts.length], [2, 0]);
});
