import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytesToBase64, splitForms, visibleTerms } from '../../../renderer/glossary/filter.js';
import { makeTerm } from '../../../src/glossary/term.js';

const terms = [
  { ...makeTerm({ source: 'الكاظمي', target: 'Al-Kadhimi', variants: ['Kadhimi'], kind: 'person', status: 'approved' }), id: 'k' },
  { ...makeTerm({ source: 'الحشد الشعبي', target: 'Popular Mobilization', kind: 'organization', status: 'proposed' }), id: 'p' },
  { ...makeTerm({ source: 'ديالى', target: 'Diyala', kind: 'place', status: 'rejected', note: 'governorate' }), id: 'd' },
];
const q = { search: '', status: 'all' as const, kind: 'all' as const, sort: 'source' as const };

test('panel search: Arabic ignores diacritics and hamza forms, English any case, variants and notes count', () => {
  assert.deepEqual(visibleTerms(terms, { ...q, search: 'الكاظِمي' }).map((t) => t.id), ['k']);
  assert.deepEqual(visibleTerms(terms, { ...q, search: 'kadhimi' }).map((t) => t.id), ['k']);
  assert.deepEqual(visibleTerms(terms, { ...q, search: 'GOVERNORATE' }).map((t) => t.id), ['d']);
  assert.deepEqual(visibleTerms(terms, { ...q, search: 'الشعبى' }).map((t) => t.id), ['p']);
});

test('panel filters and sorts: by status, kind, and by occurrences in the open review', () => {
  assert.deepEqual(visibleTerms(terms, { ...q, status: 'approved' }).map((t) => t.id), ['k']);
  assert.deepEqual(visibleTerms(terms, { ...q, kind: 'place' }).map((t) => t.id), ['d']);
  assert.deepEqual(visibleTerms(terms, { ...q, sort: 'count' }, { p: 7, d: 2 }).map((t) => t.id), ['p', 'd', 'k']);
  assert.deepEqual(visibleTerms(terms, { ...q, sort: 'target' }).map((t) => t.id), ['k', 'd', 'p']);
  assert.deepEqual(visibleTerms(terms, { ...q, sort: 'status' }).map((t) => t.status), ['proposed', 'approved', 'rejected']);
});

test('forms typed with ; or , become a list; file bytes go out as base64', () => {
  assert.deepEqual(splitForms('Kadhimi; al-Kadhimi, Al Kadhimi;; Kadhimi'), ['Kadhimi', 'al-Kadhimi', 'Al Kadhimi']);
  const bytes = new TextEncoder().encode('\uFEFFsource,target\nالكاظمي,Al-Kadhimi\n');
  assert.equal(bytesToBase64(bytes), Buffer.from(bytes).toString('base64'));
});
