import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossaryFingerprint } from '../../../renderer/glossary/freshness.js';
import { makeTerm } from '../../../src/glossary/term.js';

const kadhimi = { ...makeTerm({ source: 'الكاظمي', target: 'Al-Kadhimi', kind: 'person', status: 'approved' }), id: 'k' };

test('the same glossary read twice is unchanged; a changed spelling, status or a new term is a change', () => {
  assert.equal(glossaryFingerprint({ terms: [kadhimi] }), glossaryFingerprint({ terms: [structuredClone(kadhimi)] }));
  const before = glossaryFingerprint({ terms: [kadhimi] });
  assert.notEqual(glossaryFingerprint({ terms: [{ ...kadhimi, target: 'Al-Kazemi' }] }), before);
  assert.notEqual(glossaryFingerprint({ terms: [{ ...kadhimi, status: 'rejected' }] }), before);
  assert.notEqual(glossaryFingerprint({ terms: [kadhimi, { ...kadhimi, id: 'h', source: 'الحشد الشعبي', target: 'Popular Mobilization Forces' }] }), before);
  assert.notEqual(glossaryFingerprint({ terms: [] }), before);
});
