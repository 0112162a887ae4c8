import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GlossaryStore, GlossaryStoreError, defaultGlossaryPath } from '../../main/services/glossaryStore.js';
import { GlossaryFormatError } from '../../src/glossary/problems.js';

async function tempPath(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tadqiq-glossary-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return join(dir, 'shared', 'glossary.json');
}

test('a new store creates a versioned file; history records who did what; a backup keeps the previous version', async (t) => {
  const path = await tempPath(t);
  const store = await GlossaryStore.open(path);
  assert.deepEqual(store.terms(), []);
  const { term } = await store.upsert({ source: 'الكاظمي', target: 'Al-Kadhimi', kind: 'person' }, 'Huda');
  await store.setStatus(term.id, 'approved', 'Omar');
  const doc = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(doc.format, 'tadqiq-glossary');
  assert.equal(doc.version, 1);
  assert.equal(doc.revision, 2);
  assert.deepEqual(doc.terms[0].history.map((e: { by: string; action: string }) => [e.by, e.action]), [['Huda', 'created'], ['Omar', 'approved']]);
  const bak = JSON.parse(await readFile(`${path}.bak`, 'utf8'));
  assert.equal(bak.terms[0].status, 'proposed');
  const reopened = await GlossaryStore.open(path);
  assert.equal(reopened.terms()[0]!.status, 'approved');
});

test('two editors on one shared file: edits to different terms both survive, each sees the other after saving', async (t) => {
  const path = await tempPath(t);
  const a = await GlossaryStore.open(path);
  const { term: k } = await a.upsert({ source: 'الكاظمي', target: 'Al-Kadhimi' }, 'Huda');
  const { term: p } = await a.upsert({ source: 'الحشد الشعبي', target: 'Popular Mobilization' }, 'Huda');
  const b = await GlossaryStore.open(path);
  await a.upsert({ ...k, variants: ['Kadhimi'] }, 'Huda');
  const outcome = await b.upsert({ ...p, target: 'Popular Mobilization Forces' }, 'Omar');
  assert.equal(outcome.mergedExternalChanges, true);
  assert.deepEqual(outcome.conflicts, []);
  const final = await GlossaryStore.open(path);
  assert.deepEqual(final.terms().map((x) => [x.target, x.variants]), [['Al-Kadhimi', ['Kadhimi']], ['Popular Mobilization Forces', []]]);
  assert.equal(await a.changedOnDisk(), true);
  assert.equal((await a.refresh()).find((x) => x.id === p.id)!.target, 'Popular Mobilization Forces');
  assert.equal(await a.changedOnDisk(), false);
});

test('a true conflict is returned, not lost: the file keeps the first save, the second editor chooses', async (t) => {
  const path = await tempPath(t);
  const a = await GlossaryStore.open(path);
  const { term: k } = await a.upsert({ source: 'الكاظمي', target: 'Al-Kadhimi' }, 'Huda');
  const b = await GlossaryStore.open(path);
  await a.upsert({ ...k, target: 'al-Kadhimi' }, 'Huda');
  const outcome = await b.upsert({ ...k, target: 'Al-Kazimi' }, 'Omar');
  assert.equal(outcome.conflicts.length, 1);
  const c = outcome.conflicts[0]!;
  assert.deepEqual([c.base?.target, c.mine?.target, c.theirs?.target], ['Al-Kadhimi', 'Al-Kazimi', 'al-Kadhimi']);
  assert.equal((await GlossaryStore.open(path)).terms()[0]!.target, 'al-Kadhimi');
  const resolved = await b.resolveConflict(k.id, 'mine', 'Omar');
  assert.deepEqual(resolved.conflicts, []);
  const after = (await GlossaryStore.open(path)).terms()[0]!;
  assert.equal(after.target, 'Al-Kazimi');
  assert.ok(after.history.some((e) => e.action === 'merged' && e.by === 'Omar'));
  await assert.rejects(b.resolveConflict(k.id, 'theirs', 'Omar'), /already resolved/);
});

test('two stores saving at the same moment: the lock serializes them and no term is lost', async (t) => {
  const path = await tempPath(t);
  const a = await GlossaryStore.open(path);
  const b = await GlossaryStore.open(path);
  const names = ['بغداد', 'البصرة', 'الموصل', 'أربيل', 'كركوك', 'النجف'];
  await Promise.all(names.map((n, i) => (i % 2 ? a : b).upsert({ source: n, target: `Place ${i}`, kind: 'place' }, i % 2 ? 'Huda' : 'Omar')));
  const final = await GlossaryStore.open(path);
  assert.deepEqual(final.terms().map((x) => x.source).sort(), [...names].sort());
});

test('a broken glossary file is refused and left untouched; a duplicate Arabic source is refused', async (t) => {
  const path = await tempPath(t);
  const a = await GlossaryStore.open(path);
  await a.upsert({ source: 'الكاظمي', target: 'Al-Kadhimi' }, 'Huda');
  await assert.rejects(a.upsert({ source: 'كاظمِي', target: 'Kazemi' }, 'Huda'), (e: unknown) => e instanceof GlossaryStoreError && e.code === 'duplicate');
  await assert.rejects(a.upsert({ source: 'بايدن', target: 'Biden', forbidden: ['biden'] }, 'Huda'), /both accepted and forbidden/);
  await writeFile(path, '{"format": "tadqiq-glossary", "version": 1, "terms": [ {');
  await assert.rejects(a.upsert({ source: 'بايدن', target: 'Biden' }, 'Huda'), GlossaryFormatError);
  assert.equal(await readFile(path, 'utf8'), '{"format": "tadqiq-glossary", "version": 1, "terms": [ {');
  await assert.rejects(GlossaryStore.open(path), /JSON is broken/);
});

test('import: new terms added, differing ones kept unless overwrite, with history', async (t) => {
  const path = await tempPath(t);
  const a = await GlossaryStore.open(path);
  await a.upsert({ source: 'الحشد الشعبي', target: 'Popular Mobilization', status: 'approved' }, 'Huda');
  const incoming = [
    { id: 'x1', source: 'الحشد الشعبي', target: 'Popular Mobilization Forces', variants: [], forbidden: [], kind: 'organization' as const, status: 'approved' as const, history: [] },
    { id: 'x2', source: 'ديالى', target: 'Diyala', variants: [], forbidden: [], kind: 'place' as const, status: 'approved' as const, history: [] },
  ];
  assert.equal(a.planImport(incoming).conflicts.length, 1);
  const kept = await a.importTerms(incoming, { overwrite: false, by: 'Huda', fileName: 'desk.csv' });
  assert.deepEqual(kept.terms.map((x) => x.target), ['Popular Mobilization', 'Diyala']);
  const replaced = await a.importTerms(incoming, { overwrite: true, by: 'Huda', fileName: 'desk.csv' });
  assert.deepEqual(replaced.terms.map((x) => x.target), ['Popular Mobilization Forces', 'Diyala']);
  assert.equal(replaced.terms[0]!.history.at(-1)!.action, 'imported');
});

test('the default location is TADQIQ_GLOSSARY, else glossary.json in the data folder', () => {
  assert.equal(defaultGlossaryPath({ TADQIQ_GLOSSARY: '/shared/desk.json' }), '/shared/desk.json');
  assert.match(defaultGlossaryPath({ XDG_CONFIG_HOME: '/home/h/.config' }), /Tadqiq[\\/]glossary\.json$/);
});
