import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forbiddenTerm } from '../../../src/checks/forbidden-term.js';
import { makeTerm } from '../../../src/glossary/term.js';
import { run, seedSegments, segments } from '../../fixtures/glossary/segments.js';
import type { Replacement, Segment } from '../../../src/model.js';

function apply(segs: Segment[], fix: Replacement[]): Map<string, string> {
  const out = new Map(segs.map((s) => [s.id, s.target]));
  for (const r of [...fix].sort((a, b) => b.start - a.start)) {
    const t = out.get(r.segment)!;
    out.set(r.segment, t.slice(0, r.start) + r.text + t.slice(r.end));
  }
  return out;
}

test('seed: "Linda Thomas Granfield" is an error whose fix writes the approved Thomas-Greenfield', () => {
  const term = makeTerm({ source: 'ليندا توماس غرينفيلد', target: 'Linda Thomas-Greenfield', forbidden: ['Linda Thomas Granfield', 'Granfield'], kind: 'person', status: 'approved' });
  const segs = seedSegments();
  const [f, ...rest] = run(forbiddenTerm, segs, { terms: [term] });
  assert.equal(rest.length, 0);
  assert.equal(f!.severity, 'error');
  assert.equal(f!.occurrences.length, 1, 'the longer forbidden form wins over "Granfield" inside it');
  assert.equal(f!.occurrences[0]!.text, 'Linda Thomas Granfield');
  const fixed = apply(segs, f!.fix!);
  const seg = f!.occurrences[0]!.segment;
  assert.match(fixed.get(seg)!, /security Council that followed\. Linda Thomas-Greenfield, head of the US delegation/i);
  assert.doesNotMatch(fixed.get(seg)!, /Granfield/);
});

test('seed: every Al-Kazemi is fixed to Al-Kadhimi, possessives kept, the approved spelling untouched', () => {
  const term = makeTerm({ source: 'الكاظمي', target: 'Al-Kadhimi', forbidden: ['Kazemi'], kind: 'person', status: 'approved' });
  const segs = seedSegments();
  const [f] = run(forbiddenTerm, segs, { terms: [term] });
  const before = segs.map((s) => s.target).join('\n');
  const kazemiCount = before.match(/Kazemi/g)!.length;
  assert.equal(f!.occurrences.length, kazemiCount);
  const after = [...apply(segs, f!.fix!).values()].join('\n');
  assert.doesNotMatch(after, /Kazemi/);
  assert.match(after, /Al-Kadhimi’s visit a few days ago/);
  assert.doesNotMatch(after, /Al-Al-/);
  assert.equal(after.match(/Al-Kadhimi/g)!.length, kazemiCount + before.match(/Al-Kadhimi/g)!.length);
});

test('an article the text writes is kept when the approved form has none', () => {
  const term = makeTerm({ source: 'الكاظمي', target: 'Kadhimi', forbidden: ['Kazemi'], status: 'approved' });
  const segs = segments([['', 'Prime Minister al-Kazemi and Kazemi.']]);
  const [f] = run(forbiddenTerm, segs, { terms: [term] });
  assert.equal(apply(segs, f!.fix!).get('s1'), 'Prime Minister al-Kadhimi and Kadhimi.');
});

test('a lower-case forbidden phrase is flagged only where the Arabic has the term', () => {
  const term = makeTerm({ source: 'الحشد الشعبي', target: 'Popular Mobilization', forbidden: ['the crowd'], status: 'approved' });
  const segs = segments([
    ['التأكيد أنه قائد الحشد الشعبي.', 'confirm that he is the leader of the crowd.'],
    ['وهتف الجمهور في الملعب.', 'The crowd cheered in the stadium.'],
  ]);
  const [f, ...rest] = run(forbiddenTerm, segs, { terms: [term] });
  assert.equal(rest.length, 0);
  assert.deepEqual(f!.occurrences.map((o) => o.segment), ['s1']);
  assert.equal(apply(segs, f!.fix!).get('s1'), 'confirm that he is the leader of Popular Mobilization.');
});

test('proposed terms do not drive fixes', () => {
  const term = makeTerm({ source: 'الكاظمي', target: 'Al-Kadhimi', forbidden: ['Kazemi'], status: 'proposed' });
  assert.equal(run(forbiddenTerm, segments([['', 'Al-Kazemi said']]), { terms: [term] }).length, 0);
});
