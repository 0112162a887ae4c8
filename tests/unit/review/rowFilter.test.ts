import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterCounts, visibleRows, type RowFacts } from '../../../renderer/review/rowFilter.js';

const segments = ['s1', 's2', 's3', 's4'].map((id) => ({ id }));
const facts: RowFacts = {
  isReviewed: (id) => id === 's1' || id === 's3',
  isEdited: (id) => id === 's3',
  findingCount: (id) => (id === 's2' ? 2 : id === 's3' ? 1 : 0),
};

test('each filter shows the rows an editor asked for, in article order', () => {
  const none = new Set<string>();
  assert.deepEqual(visibleRows(segments, 'all', facts, none), [0, 1, 2, 3]);
  assert.deepEqual(visibleRows(segments, 'unreviewed', facts, none), [1, 3]);
  assert.deepEqual(visibleRows(segments, 'findings', facts, none), [1, 2]);
  assert.deepEqual(visibleRows(segments, 'edited', facts, none), [2]);
});

test('a pinned row (being edited, or just jumped to) stays in place whatever the filter', () => {
  assert.deepEqual(visibleRows(segments, 'unreviewed', facts, new Set(['s1'])), [0, 1, 3]);
  assert.deepEqual(visibleRows(segments, 'edited', facts, new Set(['s4'])), [2, 3]);
});

test('the picker counts what each filter would show', () => {
  assert.deepEqual(filterCounts(segments, facts), { all: 4, unreviewed: 2, findings: 2, edited: 1 });
});
