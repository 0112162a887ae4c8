import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignDocuments } from '../../../src/align/align.js';
import { buildCase, loadCorpus, predictedGroups } from '../../fixtures/align/corpus.js';

// Each gold pair states the links an editor would draw, including sentences with nothing opposite
// ("" on one side). The aligner must reproduce them exactly.
const corpus = loadCorpus();

test('the gold corpus covers merges, splits, 1-3/1-4, drops on both sides and clutter', () => {
  const shapes = new Set(corpus.flatMap((c) => c.links.map(([s, t]) => `${s.split(' ').filter(Boolean).length}-${t.split(' ').filter(Boolean).length}`)));
  for (const shape of ['1-1', '1-2', '2-1', '1-3', '1-4', '1-0', '0-1']) assert.ok(shapes.has(shape), `no ${shape} link in the corpus`);
});

for (const gold of corpus) {
  test(`${gold.name}: ${gold.note}`, () => {
    const built = buildCase(gold);
    const segments = alignDocuments(built.source, built.target);
    assert.deepEqual(predictedGroups(segments, built), gold.links);
  });
}
