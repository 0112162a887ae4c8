import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fsp, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateAndDispatch } from '../../main/ipc/dispatch.js';
import { createHandlers } from '../../main/ipc/handlers/index.js';
import { createServices } from '../../main/ipc/services.js';
import { NAME_MEMORY_FILE, NameMemoryStore } from '../../main/services/nameMemoryStore.js';
import type { NameMemoryState } from '../../src/api/names.js';
import type { ArticleNameRecord } from '../../src/names/name-memory.js';

function record(id: string, title: string, written = 'Kadhimi'): ArticleNameRecord {
  return {
    id,
    title,
    recordedAt: '2026-11-20T09:00:00.000Z',
    names: [{ key: 'كاظمي', arabic: 'الكاظمي', spellings: [{ key: written.toLowerCase(), written, mentions: 2 }] }],
  };
}

async function app(dataDir = mkdtempSync(join(tmpdir(), 'tadqiq-names-'))) {
  const handlers = createHandlers(await createServices({ dataDir, transport: 'web', version: '0.0.0-test' }));
  const call = async <T>(channel: string, payload?: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }> =>
    (await validateAndDispatch(handlers, channel, payload)) as { ok: boolean; value?: T; error?: { code: string; message: string } };
  return { dataDir, call };
}

function value<T>(r: { ok: boolean; value?: T; error?: unknown }): T {
  assert.equal(r.ok, true, JSON.stringify(r.error));
  return r.value as T;
}

test('a saved review’s names are remembered once however often it is saved, newest first, and survive a restart', async () => {
  const { dataDir, call } = await app();
  assert.deepEqual(value(await call<NameMemoryState>('names.memory')), { articles: [], notices: [], file: join(dataDir, NAME_MEMORY_FILE), shared: false, revision: '' });
  assert.equal(existsSync(join(dataDir, NAME_MEMORY_FILE)), false, 'nothing is written before a review is');
  value(await call('names.remember', { record: record('r1', 'Kadhimi meets Biden') }));
  value(await call('names.remember', { record: record('r2', 'Budget vote') }));
  // The editor fixes r1 and saves it again: its record is replaced, and it is now the newest.
  assert.deepEqual(value(await call('names.remember', { record: record('r1', 'Kadhimi meets Biden', 'Kazemi') })), { articles: 2 });

  const reopened = await app(dataDir);
  const state = value(await reopened.call<NameMemoryState>('names.memory'));
  assert.deepEqual(state.articles.map((a) => [a.id, a.names[0]!.spellings[0]!.written]), [['r1', 'Kazemi'], ['r2', 'Kadhimi']]);
  assert.deepEqual(state.notices, []);
  // Read from the file by a store that never saw those saves, as after a restart.
  const fresh = await (await NameMemoryStore.open(join(dataDir, NAME_MEMORY_FILE))).current();
  assert.deepEqual(fresh.articles.map((a) => [a.id, a.names[0]!.spellings[0]!.written]), [['r1', 'Kazemi'], ['r2', 'Kadhimi']]);

  assert.deepEqual(value(await reopened.call('names.forget', { id: 'r1' })), { articles: 1 });
  assert.deepEqual(value(await reopened.call('names.forget', { all: true })), { articles: 0 });
  assert.deepEqual(value(await (await app(dataDir)).call<NameMemoryState>('names.memory')).articles, []);
});

test('a record that is not one is refused with a reason, and nothing is written (a join is a hyphen or a space)', async () => {
  const { dataDir, call } = await app();
  const bad = await call('names.remember', { record: { ...record('r1', 'x'), names: [{ key: 'كاظمي', arabic: 'الكاظمي', spellings: [] }] } });
  assert.equal(bad.ok, false);
  assert.match(bad.error!.message, /spellings/);
  const noId = await call('names.remember', { record: { ...record('', 'x') } });
  assert.match(noId.error!.message, /review id: empty/);
  assert.match((await call('names.forget', {})).error!.message, /give the id of one review, or all: true/);
  const greenfield = { key: 'غرينفيلد', arabic: 'غرينفيلد', spellings: [{ key: 'greenfield', written: 'Greenfield', mentions: 1 }], writtenIn: ['توماس غرينفيلد'], person: 'توماس غرينفيلد' };
  const badJoin = await call('names.remember', { record: { ...record('r1', 'x'), names: [{ ...greenfield, joins: [{ pair: 'توماس غرينفيلد', join: '_' }] }] } });
  assert.equal(badJoin.ok, false, 'a join is a hyphen or a space');
  assert.equal(existsSync(join(dataDir, NAME_MEMORY_FILE)), false);
  value(await call('names.remember', { record: { ...record('r1', 'x'), names: [{ ...greenfield, joins: [{ pair: 'توماس غرينفيلد', join: '-' }] }] } }));
  assert.deepEqual(value(await call<NameMemoryState>('names.memory')).articles[0]!.names[0]!.joins, [{ pair: 'توماس غرينفيلد', join: '-' }]);
  // What the words around a name said it is: counts, kept for the glossary's guess of place or person.
  const badCues = await call('names.remember', { record: { ...record('r2', 'x'), names: [{ ...greenfield, cues: { place: -1, person: 2 } }] } });
  assert.equal(badCues.ok, false, 'a count is never negative');
  value(await call('names.remember', { record: { ...record('r2', 'x'), names: [{ ...greenfield, cues: { place: 0, person: 2 } }] } }));
  assert.deepEqual(value(await call<NameMemoryState>('names.memory')).articles[0]!.names[0]!.cues, { place: 0, person: 2 });
  value(await call('names.remember', { record: { ...record('r3', 'x'), names: [{ ...greenfield, cues: { place: 0, person: 0, organization: 1 } }] } }));
  assert.equal((await call('names.remember', { record: { ...record('r3', 'x'), names: [{ ...greenfield, cues: { place: 0, person: 0, ship: 1 } }] } })).ok, false, 'no kind the app does not know');
});

test('an unreadable memory file is kept aside with a plain notice, and names are checked without it', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tadqiq-names-'));
  writeFileSync(join(dataDir, NAME_MEMORY_FILE), '{"schema":1,"articles":[{"id":"r1"');
  const { call } = await app(dataDir);
  const state = value(await call<NameMemoryState>('names.memory'));
  assert.deepEqual(state.articles, []);
  assert.match(state.notices[0]!, /unreadable, so names are checked without them\. A copy of the file was kept as .*name-memory\.json\.corrupt-/);
  const copy = readdirSync(dataDir).find((f) => f.startsWith(`${NAME_MEMORY_FILE}.corrupt-`));
  assert.equal(readFileSync(join(dataDir, copy!), 'utf8'), '{"schema":1,"articles":[{"id":"r1"');
  // The next save starts a fresh memory; the damaged copy stays.
  value(await call('names.remember', { record: record('r2', 'Budget vote') }));
  assert.ok(existsSync(join(dataDir, copy!)));
});

test('one damaged review in the file costs only that review', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tadqiq-names-'));
  writeFileSync(join(dataDir, NAME_MEMORY_FILE), JSON.stringify({ schema: 1, articles: [record('r1', 'Kept'), { id: 'r2', names: 'not a list' }] }));
  const state = await (await NameMemoryStore.open(join(dataDir, NAME_MEMORY_FILE))).current();
  assert.deepEqual(state.articles.map((a) => a.title), ['Kept']);
  assert.match(state.notices[0]!, /1 of 2 earlier reviews in the names file could not be read/);
});

test('a review saved by a newer build, with fields this build does not know, is read and written back with them', async () => {
  // A desk's editors share one names file and do not all update on the same day.
  const { dataDir, call } = await app();
  const newer = { ...record('r1', 'From a newer build'), reviewedBy: 'Layla', names: [{ ...record('r1', '').names[0]!, spellings: [{ key: 'kadhimi', written: 'Kadhimi', mentions: 2, stressed: 'KA' }], era: 'modern' }] };
  writeFileSync(join(dataDir, NAME_MEMORY_FILE), JSON.stringify({ schema: 1, articles: [newer] }));
  const state = value(await call<NameMemoryState>('names.memory'));
  assert.deepEqual(state.notices, [], 'not one review left out');
  assert.deepEqual(state.articles.map((a) => a.title), ['From a newer build']);
  value(await call('names.remember', { record: record('r2', 'Saved here') }));
  const file = JSON.parse(readFileSync(join(dataDir, NAME_MEMORY_FILE), 'utf8')) as { articles: Array<Record<string, unknown>> };
  assert.deepEqual(file.articles.map((a) => a.id), ['r2', 'r1']);
  assert.deepEqual(file.articles[1], newer, 'what the newer build wrote is kept as it wrote it');
  // What the renderer sends is still this build's record exactly: an unknown field there is refused.
  assert.equal((await call('names.remember', { record: { ...record('r3', 'x'), reviewedBy: 'Layla' } })).ok, false);
  // A known field with a value this build cannot read still costs its review, as before.
  writeFileSync(join(dataDir, NAME_MEMORY_FILE), JSON.stringify({ schema: 1, articles: [{ ...newer, names: [{ ...newer.names[0]!, joins: [{ pair: 'a b', join: '_' }] }] }] }));
  assert.match(value(await call<NameMemoryState>('names.memory')).notices[0]!, /1 of 1 earlier reviews in the names file could not be read/);
});

test('kind counts are kept beside the records, so a build that checks records strictly still reads every review', async () => {
  const { dataDir, call } = await app();
  const counted = { ...record('r1', 'Clashes'), names: [{ ...record('r1', '').names[0]!, cues: { place: 0, person: 3 } }, { key: 'فلوجة', arabic: 'الفلوجة', spellings: [{ key: 'fallujah', written: 'Fallujah', mentions: 1 }] }] };
  value(await call('names.remember', { record: counted }));
  const file = JSON.parse(readFileSync(join(dataDir, NAME_MEMORY_FILE), 'utf8')) as { articles: ArticleNameRecord[]; kinds: Record<string, unknown> };
  assert.equal(JSON.stringify(file.articles).includes('cues'), false, 'no field in a record that the last build did not know');
  assert.deepEqual(file.kinds, { r1: [{ place: 0, person: 3 }, null] });
  assert.deepEqual(value(await call<NameMemoryState>('names.memory')).articles[0], counted, 'read back whole');
  // As an older build writes the file back (it keeps no key it does not know): every review, no counts.
  writeFileSync(join(dataDir, NAME_MEMORY_FILE), JSON.stringify({ schema: 1, articles: file.articles }));
  const older = value(await call<NameMemoryState>('names.memory'));
  assert.deepEqual(older.notices, []);
  assert.deepEqual(older.articles[0]!.names.map((n) => n.cues), [undefined, undefined]);
  // Counts that no longer fit their review (it was saved again with other names) are not put on the wrong names.
  writeFileSync(join(dataDir, NAME_MEMORY_FILE), JSON.stringify({ schema: 1, articles: file.articles, kinds: { r1: [{ place: 0, person: 3 }] } }));
  assert.deepEqual(value(await call<NameMemoryState>('names.memory')).articles[0]!.names.map((n) => n.cues), [undefined, undefined]);
});

test('the memory keeps the newest reviews up to its limit', async () => {
  const store = await NameMemoryStore.open(join(mkdtempSync(join(tmpdir(), 'tadqiq-names-')), NAME_MEMORY_FILE), { max: 3 });
  for (let i = 1; i <= 5; i++) await store.remember(record(`r${i}`, `Article ${i}`));
  assert.deepEqual((await store.current()).articles.map((a) => a.id), ['r5', 'r4', 'r3']);
});

test('a disk full while remembering answers write-failed, and the memory and its file stay as they were', async (t) => {
  const { dataDir, call } = await app();
  value(await call('names.remember', { record: record('r1', 'Kadhimi meets Biden') }));
  const before = readFileSync(join(dataDir, NAME_MEMORY_FILE));
  const realOpen = fsp.open;
  t.mock.method(fsp, 'open', async (...args: Parameters<typeof fsp.open>) => {
    const handle = await realOpen(...args);
    return new Proxy(handle, {
      get(target, prop) {
        if (prop === 'writeFile') return async () => { throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); };
        const v = Reflect.get(target, prop) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  });
  const full = await call('names.remember', { record: record('r2', 'Budget vote') });
  t.mock.restoreAll();
  assert.equal(full.ok, false);
  assert.equal(full.error!.code, 'write-failed');
  assert.match(full.error!.message, /disk is full/);
  assert.deepEqual(readFileSync(join(dataDir, NAME_MEMORY_FILE)), before);
  assert.deepEqual(value(await call<NameMemoryState>('names.memory')).articles.map((a) => a.id), ['r1']);
  assert.deepEqual(readdirSync(dataDir).filter((f) => f.endsWith('.tmp')), []);
  // Once there is room again the next save goes through.
  assert.deepEqual(value(await call('names.remember', { record: record('r2', 'Budget vote') })), { articles: 2 });
});

test('with a shared glossary the names are kept beside it, and two editors saving into them keep each other’s reviews', async () => {
  const desk = mkdtempSync(join(tmpdir(), 'tadqiq-desk-'));
  const glossaryPath = join(desk, 'desk.json');
  const editors = [await app(), await app()];
  for (const e of editors) value(await e.call('settings.update', { glossaryPath }));
  const [a, b] = editors as [Awaited<ReturnType<typeof app>>, Awaited<ReturnType<typeof app>>];
  // B looks first, so B's store has read the (missing) file before A writes it.
  assert.deepEqual(value(await b.call<NameMemoryState>('names.memory')).articles, []);
  value(await a.call('names.remember', { record: record('a1', 'Kadhimi meets Biden') }));
  value(await b.call('names.remember', { record: record('b1', 'Budget vote', 'Kazemi') }));
  const onDisk = JSON.parse(readFileSync(join(desk, 'desk.names.json'), 'utf8')) as { articles: ArticleNameRecord[] };
  assert.deepEqual(onDisk.articles.map((r) => r.id), ['b1', 'a1'], 'B’s save read A’s record under the lock and kept it');
  const seenByA = value(await a.call<NameMemoryState>('names.memory'));
  assert.deepEqual([seenByA.shared, seenByA.file, seenByA.articles.map((r) => r.id)], [true, join(desk, 'desk.names.json'), ['b1', 'a1']], 'A reads B’s save');
  assert.equal(existsSync(join(a.dataDir, NAME_MEMORY_FILE)), false, 'nothing goes to the data folder');
  // Forgetting one review forgets only it, whoever saved the others.
  value(await a.call('names.forget', { id: 'a1' }));
  assert.deepEqual(value(await b.call<NameMemoryState>('names.memory')).articles.map((r) => r.id), ['b1']);
  // Back to the glossary of this computer: back to its own memory.
  value(await a.call('settings.update', { glossaryPath: null }));
  assert.deepEqual(value(await a.call<NameMemoryState>('names.memory')).shared, false);
});

test('the same revision is the same memory: asking again reads nothing and repeats no notice', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tadqiq-names-'));
  writeFileSync(join(dataDir, NAME_MEMORY_FILE), JSON.stringify({ schema: 1, articles: [record('r1', 'Kept'), { id: 'r2' }] }));
  const { call } = await app(dataDir);
  const first = value(await call<NameMemoryState>('names.memory'));
  assert.equal(first.notices.length, 1);
  const again = value(await call<NameMemoryState>('names.memory'));
  assert.deepEqual([again.revision, again.notices], [first.revision, []]);
  assert.notEqual(first.revision, '');
});

test('a save waits for another editor’s lock and then says so in plain words; a lock left by a crash is taken over', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'tadqiq-names-')), 'desk.names.json');
  const store = await NameMemoryStore.open(path, { shared: true, lockTimeoutMs: 60 });
  writeFileSync(`${path}.lock`, '');
  await assert.rejects(store.remember(record('r1', 'Kadhimi meets Biden')), /being saved by someone else; try again in a moment\. \(If nobody is saving, delete "desk\.names\.json\.lock"/);
  assert.equal(existsSync(path), false);
  const old = new Date(Date.now() - 60_000);
  await fsp.utimes(`${path}.lock`, old, old);
  assert.equal(await store.remember(record('r1', 'Kadhimi meets Biden')), 1);
  assert.equal(existsSync(`${path}.lock`), false);
});

test('a shared file that cannot be read at the moment of saving is never written over', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'tadqiq-names-')), 'desk.names.json');
  const store = await NameMemoryStore.open(path, { shared: true });
  await store.remember(record('r1', 'Kadhimi meets Biden'));
  // The share hiccups: the path answers, but not as a file (here: a folder stands where the file was).
  await fsp.rm(path);
  mkdirSync(path);
  await assert.rejects(store.remember(record('r2', 'Budget vote')), /Could not read "desk\.names\.json" \(EISDIR\), so nothing was written to it/);
});
