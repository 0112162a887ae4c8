import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateAndDispatch } from '../../main/ipc/dispatch.js';
import { glossaryHandlers } from '../../main/ipc/handlers/glossary.js';
import { GlossaryStore } from '../../main/services/glossaryStore.js';
import type { ApiResult } from '../../src/api/envelope.js';
import type { GlossaryImportPreview, GlossaryState, GlossaryTermChange, GlossaryExport } from '../../src/api/glossary.js';
import { loadGlossaryFile } from '../../src/glossary/load.js';
import { runChecks } from '../../src/analyze.js';
import { seedSegments } from '../fixtures/glossary/segments.js';

async function setup(t: { after(fn: () => Promise<void>): void }) {
  const dir = await mkdtemp(join(tmpdir(), 'tadqiq-glossary-ipc-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, 'glossary.json');
  const store = await GlossaryStore.open(path);
  const handlers = glossaryHandlers(store, () => 'Huda');
  const call = async <T>(channel: string, payload: unknown): Promise<T> => {
    const r = (await validateAndDispatch(handlers, channel, payload)) as ApiResult<T>;
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value;
  };
  return { dir, path, store, call };
}

test('approve from a finding: the preferred form is approved, the others recorded as chosen, and the next check uses it', async (t) => {
  const { call } = await setup(t);
  const first = await call<GlossaryTermChange>('glossary.approveFromFinding', {
    source: 'الكاظمي',
    preferred: 'Al-Kadhimi',
    others: [{ form: 'Al-Kazemi', as: 'forbidden' }, { form: 'Kadhimi', as: 'variant' }],
    kind: 'person',
  });
  assert.deepEqual([first.term.target, first.term.variants, first.term.forbidden, first.term.status], ['Al-Kadhimi', ['Kadhimi'], ['Al-Kazemi'], 'approved']);
  assert.deepEqual(first.term.history.map((e) => [e.by, e.action]), [['Huda', 'created'], ['Huda', 'approved']]);

  // The re-run check now fixes every Al-Kazemi in the seed to the approved form.
  const findings = runChecks(seedSegments(), { terms: first.state.terms });
  const forbidden = findings.find((f) => f.check === 'forbidden-term')!;
  assert.ok(forbidden.fix!.length >= 8);
  assert.ok(forbidden.fix!.every((r) => r.text === 'Al-Kadhimi'));

  // Changing one's mind: Kadhimi forbidden now, and the old approved form becomes a variant.
  const second = await call<GlossaryTermChange>('glossary.approveFromFinding', { source: 'الكاظمي', preferred: 'Mustafa al-Kadhimi', others: [{ form: 'Kadhimi', as: 'forbidden' }] });
  assert.equal(second.term.id, first.term.id);
  assert.deepEqual([second.term.target, second.term.variants, second.term.forbidden], ['Mustafa al-Kadhimi', ['Al-Kadhimi'], ['Al-Kazemi', 'Kadhimi']]);
  // A form differing only in case is the same form to the matcher: no pointless variant.
  const third = await call<GlossaryTermChange>('glossary.approveFromFinding', { source: 'الكاظمي', preferred: 'mustafa Al-Kadhimi', others: [] });
  assert.deepEqual(third.term.variants, ['Al-Kadhimi']);
});

test('requests are validated; store errors come back with a code and an editor-readable message', async (t) => {
  const { call } = await setup(t);
  await assert.rejects(call('glossary.upsert', { term: { source: '', target: 'x' } }), { code: 'invalid-request' });
  await assert.rejects(call('glossary.delete', { id: 'nope' }), { code: 'glossary-not-found' });
  await call('glossary.upsert', { term: { source: 'بايدن', target: 'Biden' } });
  await assert.rejects(call('glossary.upsert', { term: { source: 'بايدن', target: 'Joe Biden' } }), { code: 'glossary-duplicate', message: /already has "بايدن"/ });
  await assert.rejects(
    call('glossary.import', { fileName: 'x.tbx', bytesBase64: Buffer.from('<martif><text>').toString('base64') }),
    { code: 'glossary-bad-file', message: /"x\.tbx" is not a glossary/ },
  );
});

test('import: preview changes nothing, "keep" adds new terms only, "overwrite" replaces; export round-trips', async (t) => {
  const { call, path } = await setup(t);
  await call('glossary.upsert', { term: { source: 'الحشد الشعبي', target: 'Popular Mobilization', status: 'approved' } });
  const bytes = await readFile(new URL('../fixtures/glossary/iraq-desk.tbx', import.meta.url));
  const request = { fileName: 'iraq-desk.tbx', bytesBase64: bytes.toString('base64') };
  const before = await readFile(path, 'utf8');
  const preview = await call<GlossaryImportPreview>('glossary.import', request);
  assert.equal(preview.applied, false);
  assert.deepEqual(preview.conflicts, [{ source: 'الحشد الشعبي', existing: 'Popular Mobilization', incoming: 'Popular Mobilization Forces' }]);
  assert.equal(preview.added.length, 4);
  assert.equal(preview.problems.length, 2);
  assert.equal(await readFile(path, 'utf8'), before);
  const kept = await call<GlossaryImportPreview>('glossary.import', { ...request, decision: 'keep' });
  assert.equal(kept.state.terms.find((x) => x.source === 'الحشد الشعبي')!.target, 'Popular Mobilization');
  const over = await call<GlossaryImportPreview>('glossary.import', { ...request, decision: 'overwrite' });
  assert.equal(over.state.terms.find((x) => x.source === 'الحشد الشعبي')!.target, 'Popular Mobilization Forces');
  assert.equal(over.state.terms.length, 5);

  const exported = await call<GlossaryExport>('glossary.export', { format: 'tbx' });
  assert.equal(exported.fileName, 'glossary.tbx');
  const back = loadGlossaryFile(new TextEncoder().encode(exported.content), exported.fileName);
  assert.deepEqual(back.glossary.terms.map((x) => x.target), over.state.terms.map((x) => x.target));
});

test('list picks up another editor\'s save; a conflict is listed and resolved through the API', async (t) => {
  const { call, path } = await setup(t);
  const { term } = await call<GlossaryTermChange>('glossary.upsert', { term: { source: 'الكاظمي', target: 'Al-Kadhimi' } });
  const other = await GlossaryStore.open(path);
  await other.upsert({ ...term, target: 'al-Kadhimi' }, 'Omar');
  // This editor edits the stale version: a conflict, not a silent overwrite.
  const change = await call<GlossaryTermChange>('glossary.upsert', { term: { id: term.id, source: 'الكاظمي', target: 'Al-Kazimi' } });
  assert.equal(change.state.conflicts.length, 1);
  assert.equal(change.state.mergedExternalChanges, true);
  const listed = await call<GlossaryState>('glossary.list', {});
  assert.equal(listed.conflicts[0]!.theirs!.target, 'al-Kadhimi');
  const resolved = await call<GlossaryState>('glossary.resolveConflict', { id: term.id, choice: { term: { source: 'الكاظمي', target: 'Al-Kadhimi', variants: ['al-Kadhimi', 'Al-Kazimi'] } } });
  assert.deepEqual(resolved.conflicts, []);
  assert.deepEqual((await GlossaryStore.open(path)).terms()[0]!.variants, ['al-Kadhimi', 'Al-Kazimi']);
  await other.upsert({ source: 'بايدن', target: 'Biden' }, 'Omar');
  const again = await call<GlossaryState>('glossary.list', undefined);
  assert.equal(again.mergedExternalChanges, true);
  assert.equal(again.terms.length, 2);
});

test('approve from a finding also takes the app shell\'s shape (target, variants, forbidden lists, findingKey)', async (t) => {
  const { call } = await setup(t);
  const r = await call<GlossaryTermChange>('glossary.approveFromFinding', {
    findingKey: 'name-variants:الكاظمي', source: 'الكاظمي', target: 'Al-Kadhimi', variants: [], forbidden: ['Al-Kazemi', 'Kadhimi'], kind: 'person',
  });
  assert.deepEqual([r.term.target, r.term.variants, r.term.forbidden, r.term.status], ['Al-Kadhimi', [], ['Al-Kazemi', 'Kadhimi'], 'approved']);
  // "Kadhimi" is forbidden, yet the approved "Al-Kadhimi" (which contains it) is never flagged or rewritten.
  const findings = runChecks(seedSegments(), { terms: r.state.terms }).filter((f) => f.check === 'forbidden-term');
  const texts = findings.flatMap((f) => f.occurrences.map((o) => o.text));
  assert.ok(texts.length > 0 && texts.every((x) => /Kazemi/.test(x)), texts.join(', '));
  await assert.rejects(call('glossary.approveFromFinding', { source: 'الكاظمي', forbidden: ['x'] }), { code: 'invalid-request', message: /preferred/ });
});

test('add many terms in one save: the names a desk settled; one whose Arabic the glossary has meanwhile is skipped, not replaced', async (t) => {
  const { call, path } = await setup(t);
  await call('glossary.upsert', { term: { source: 'الصدر', target: 'Al-Sadr', kind: 'person', status: 'approved' } });
  const r = await call<{ state: GlossaryState; added: number; skipped: string[] }>('glossary.addMany', {
    terms: [
      { source: 'الكاظمي', target: 'al-Kadhimi', kind: 'person', status: 'approved', note: 'Written so in 2 earlier reviews: “A”, “B”.' },
      { source: 'الصدر', target: 'al-Sadr', kind: 'person', status: 'approved' },
      { source: 'ليندا توماس غرينفيلد', target: 'Linda Thomas-Greenfield', kind: 'person', status: 'approved' },
    ],
  });
  assert.deepEqual([r.added, r.skipped], [2, ['الصدر']]);
  assert.deepEqual(r.state.terms.map((x) => [x.source, x.target, x.status]), [['الصدر', 'Al-Sadr', 'approved'], ['الكاظمي', 'al-Kadhimi', 'approved'], ['ليندا توماس غرينفيلد', 'Linda Thomas-Greenfield', 'approved']]);
  assert.deepEqual(r.state.terms[1]!.history.map((e) => [e.by, e.action]), [['Huda', 'created'], ['Huda', 'approved']]);
  const onDisk = loadGlossaryFile(await readFile(path), 'glossary.json').glossary.terms;
  assert.deepEqual(onDisk.map((x) => x.target), ['Al-Sadr', 'al-Kadhimi', 'Linda Thomas-Greenfield'], 'saved, the other editor’s Al-Sadr kept');
  await assert.rejects(call('glossary.addMany', { terms: [] }), { code: 'invalid-request', message: /at least one term/ });
  await assert.rejects(call('glossary.addMany', { terms: [{ source: 'بايدن', target: '' }] }), { code: 'invalid-request' });
});
