import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fsp, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, utimesSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReviewStore, ReviewStoreError } from '../../main/services/reviewStore.js';
import { WriteFailedError } from '../../main/services/atomicWrite.js';
import { ReviewFileError, parseReview, serializeReview } from '../../src/review/file.js';
import { sampleReview } from '../unit/formats/sample.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tadqiq-review-'));
}

function setup() {
  const root = tempDir();
  const dataDir = join(root, 'data');
  const docs = join(root, 'docs');
  writeFileSync(join(root, 'placeholder'), '');
  return { root, dataDir, docs, store: new ReviewStore({ dataDir }) };
}

async function rejectsWith<T extends Error>(p: Promise<unknown>, cls: new (...a: never[]) => T): Promise<T> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof cls, `expected ${cls.name}, got ${String(e)}`);
    return e;
  }
  assert.fail(`expected ${cls.name}`);
}

test('save then open gives the same review back; a second save keeps the previous version as .bak', async () => {
  const { docs, store } = setup();
  await fsp.mkdir(docs);
  const path = join(docs, 'kadhimi.tadqiq.json');
  const first = await store.save(path, sampleReview());
  const opened = await store.open(path);
  assert.deepEqual(opened.review, first.review);
  assert.deepEqual(opened.stamp.hash, first.stamp.hash);
  const v2 = { ...opened.review, edits: { ...opened.review.edits, s4: 'Al-Kadhimi ended his speech.' } };
  await store.save(path, v2, { expected: opened.stamp });
  assert.equal(parseReview(readFileSync(`${path}.bak`, 'utf8'), 'bak').edits.s4, undefined);
  assert.equal(parseReview(readFileSync(path, 'utf8'), 'x').edits.s4, 'Al-Kadhimi ended his speech.');
});

test('a file changed on disk by someone else is not overwritten without overwrite: true', async () => {
  const { docs, store } = setup();
  await fsp.mkdir(docs);
  const path = join(docs, 'shared.tadqiq.json');
  await store.save(path, sampleReview());
  const opened = await store.open(path);
  // A colleague saves their version of the same review (different edit) on the shared drive.
  const theirs = serializeReview({ ...opened.review, edits: { ...opened.review.edits, s1: 'Complexities of the Iraq-US strategic dialogue' } });
  writeFileSync(path, theirs);
  const mine = { ...opened.review, edits: { ...opened.review.edits, s4: 'Mine.' } };
  const e = await rejectsWith(store.save(path, mine, { expected: opened.stamp }), ReviewStoreError);
  assert.equal(e.problem, 'conflict');
  assert.match(e.message, /changed on disk by someone else/);
  assert.equal(readFileSync(path, 'utf8'), theirs, 'their file is untouched');
  await store.save(path, mine, { expected: opened.stamp, overwrite: true });
  assert.equal(parseReview(readFileSync(path, 'utf8'), 'x').edits.s4, 'Mine.');
  assert.equal(readFileSync(`${path}.bak`, 'utf8'), theirs, 'their version is kept as the backup');
});

test('a file only touched (new time, same bytes) is not a conflict', async () => {
  const { docs, store } = setup();
  await fsp.mkdir(docs);
  const path = join(docs, 'touched.tadqiq.json');
  const saved = await store.save(path, sampleReview());
  utimesSync(path, new Date('2030-01-01'), new Date('2030-01-01'));
  await store.save(path, saved.review, { expected: saved.stamp });
});

test('saving over an existing file without its stamp asks first ("exists")', async () => {
  const { docs, store } = setup();
  await fsp.mkdir(docs);
  const path = join(docs, 'other.tadqiq.json');
  writeFileSync(path, 'someone else’s file');
  const e = await rejectsWith(store.save(path, sampleReview()), ReviewStoreError);
  assert.equal(e.problem, 'exists');
  assert.equal(readFileSync(path, 'utf8'), 'someone else’s file');
});

/** Two saves so that the file holds v2 and its .bak holds v1; returns the bytes of both. */
async function twoVersions(store: ReviewStore, path: string) {
  const v1 = await store.save(path, sampleReview());
  const v2 = await store.save(path, { ...v1.review, edits: { ...v1.review.edits, s4: 'Version two.' } }, { expected: v1.stamp });
  return { v2, file: readFileSync(path), bak: readFileSync(`${path}.bak`) };
}

function leftoverTemps(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

test('disk full half-way through writing: the old file and its .bak are intact, no temp file is left', async (t) => {
  const { docs, store } = setup();
  await fsp.mkdir(docs);
  const path = join(docs, 'full-disk.tadqiq.json');
  const before = await twoVersions(store, path);
  const realOpen = fsp.open;
  t.mock.method(fsp, 'open', async (...args: Parameters<typeof fsp.open>) => {
    const handle = await realOpen(...args);
    return new Proxy(handle, {
      get(target, prop) {
        if (prop === 'writeFile') {
          return async (data: string | Uint8Array) => {
            const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
            await target.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          };
        }
        const v = Reflect.get(target, prop) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  });
  const e = await rejectsWith(store.save(path, { ...before.v2.review, edits: { s4: 'Version three.' } }, { expected: before.v2.stamp }), WriteFailedError);
  t.mock.restoreAll();
  assert.equal(e.code, 'ENOSPC');
  assert.match(e.message, /disk is full\. The previous version is unchanged; free some space or save elsewhere/);
  assert.deepEqual(readFileSync(path), before.file);
  assert.deepEqual(readFileSync(`${path}.bak`), before.bak);
  assert.deepEqual(leftoverTemps(docs), []);
  // The editor saves elsewhere and loses nothing.
  const elsewhere = join(docs, 'elsewhere.tadqiq.json');
  await store.save(elsewhere, { ...before.v2.review, edits: { s4: 'Version three.' } });
  assert.equal(parseReview(readFileSync(elsewhere, 'utf8'), 'x').edits.s4, 'Version three.');
});

test('folder turned read-only at the last step (rename refused): the old file is intact and the error says so', async (t) => {
  const { docs, store } = setup();
  await fsp.mkdir(docs);
  const path = join(docs, 'readonly.tadqiq.json');
  const before = await twoVersions(store, path);
  // We run as root, where chmod does not stop writes, so the file system's refusal is injected.
  t.mock.method(fsp, 'rename', async () => {
    throw Object.assign(new Error('EROFS: read-only file system, rename'), { code: 'EROFS' });
  });
  const e = await rejectsWith(store.save(path, { ...before.v2.review, edits: { s4: 'Version three.' } }, { expected: before.v2.stamp }), WriteFailedError);
  t.mock.restoreAll();
  assert.match(e.message, /read-only or you lack permission\. The previous version is unchanged; save elsewhere/);
  assert.deepEqual(readFileSync(path), before.file);
  assert.ok(existsSync(`${path}.bak`));
  assert.deepEqual(leftoverTemps(docs), []);
});

test('a folder that cannot exist (its parent is a file) fails with a WriteFailedError, nothing written', async () => {
  const { root, store } = setup();
  const path = join(root, 'placeholder', 'review.tadqiq.json');
  const e = await rejectsWith(store.save(path, sampleReview()), WriteFailedError);
  assert.match(e.message, /Could not save "review\.tadqiq\.json"/);
});

test('a locked file (EBUSY from the injected write function) is reported and the review stays restorable', async () => {
  const { dataDir, docs } = setup();
  await fsp.mkdir(docs);
  const path = join(docs, 'locked.tadqiq.json');
  const store = new ReviewStore({
    dataDir,
    write: async (p, data, options) => {
      if (p === path) throw new WriteFailedError(p, 'EBUSY', new Error('EBUSY'));
      const { atomicWrite } = await import('../../main/services/atomicWrite.js');
      await atomicWrite(p, data, options);
    },
  });
  const review = sampleReview();
  await store.autosave(review, path);
  const e = await rejectsWith(store.save(path, review), WriteFailedError);
  assert.match(e.message, /locked by another program/);
  assert.equal(existsSync(path), false);
  assert.deepEqual((await store.listRestorable()).map((r) => r.id), [review.id], 'the unsaved work is still offered');
});

test('autosave: after a crash the next start offers the unsaved work, restores it, and can discard it', async () => {
  const { dataDir } = setup();
  const review = sampleReview();
  review.edits.s4 = 'Al-Kadhimi concluded his speech, typed just before the power cut.';
  await new ReviewStore({ dataDir }).autosave(review);
  const later = new ReviewStore({ dataDir }); // a new process
  const offered = await later.listRestorable();
  assert.deepEqual(offered.map((r) => ({ id: r.id, title: r.title, path: r.path })), [{ id: review.id, title: review.title, path: null }]);
  const restored = await later.restore(review.id);
  assert.equal(restored.review.edits.s4, 'Al-Kadhimi concluded his speech, typed just before the power cut.');
  await later.discardRestorable(review.id);
  assert.deepEqual(await later.listRestorable(), []);
  await rejectsWith(later.restore(review.id), ReviewStoreError);
});

test('autosave keeps only the latest state per review, and saving clears it', async () => {
  const { dataDir, docs } = setup();
  await fsp.mkdir(docs);
  let clock = Date.parse('2026-11-28T05:00:00Z');
  const store = new ReviewStore({ dataDir, now: () => new Date((clock += 1000)) });
  const review = sampleReview();
  await store.autosave({ ...review, edits: { s4: 'first' } });
  await store.autosave({ ...review, edits: { s4: 'second' } });
  assert.equal((await store.listRestorable()).length, 1);
  assert.equal((await store.restore(review.id)).review.edits.s4, 'second');
  await store.save(join(docs, 'r.tadqiq.json'), { ...review, edits: { s4: 'second' } });
  assert.deepEqual(await store.listRestorable(), []);
});

test('autosaved work identical to its saved file is not offered again', async () => {
  const { dataDir, docs } = setup();
  await fsp.mkdir(docs);
  const store = new ReviewStore({ dataDir });
  const path = join(docs, 'same.tadqiq.json');
  const saved = await store.save(path, sampleReview());
  await store.autosave({ ...saved.review, updatedAt: '2099-01-01T00:00:00.000Z' }, path);
  assert.deepEqual(await store.listRestorable(), []);
  await store.autosave({ ...saved.review, edits: { s4: 'changed after saving' } }, path);
  assert.equal((await store.listRestorable())[0]?.path, path);
});

test('a damaged autosave is skipped, not deleted, and other unsaved work is still offered', async () => {
  const { dataDir } = setup();
  const store = new ReviewStore({ dataDir });
  await store.autosave(sampleReview());
  writeFileSync(join(dataDir, 'autosave', 'ffff.json'), '{"kind":"tadqiq-autosave","review":{');
  assert.equal((await store.listRestorable()).length, 1);
  assert.ok(existsSync(join(dataDir, 'autosave', 'ffff.json')));
});

test('recent reviews: most recent first, no duplicates, moved files marked missing', async () => {
  const { docs, store } = setup();
  await fsp.mkdir(docs);
  const a = join(docs, 'a.tadqiq.json');
  const b = join(docs, 'b.tadqiq.json');
  await store.save(a, { ...sampleReview(), title: 'الكاظمي في واشنطن' });
  await store.save(b, { ...sampleReview(), id: 'other', title: 'Strikes on the border' });
  await store.open(a);
  let recent = await store.recent();
  assert.deepEqual(recent.map((r) => [r.path, r.title, r.missing]), [
    [a, 'الكاظمي في واشنطن', false],
    [b, 'Strikes on the border', false],
  ]);
  rmSync(b);
  recent = await store.recent();
  assert.deepEqual(recent.map((r) => r.missing), [false, true]);
  await store.forgetRecent(b);
  assert.deepEqual((await store.recent()).map((r) => r.path), [a]);
});

test('the recent list is capped', async () => {
  const { dataDir } = setup();
  const store = new ReviewStore({ dataDir, maxRecent: 3 });
  for (const n of [1, 2, 3, 4, 5]) await store.rememberRecent(`/reviews/${n}.tadqiq.json`, `Review ${n}`);
  assert.deepEqual((await store.recent()).map((r) => r.title), ['Review 5', 'Review 4', 'Review 3']);
});

test('opening a truncated review file gives the editor a message and leaves the file untouched', async () => {
  const { docs, store } = setup();
  await fsp.mkdir(docs);
  const path = join(docs, 'cut.tadqiq.json');
  const text = serializeReview(sampleReview());
  writeFileSync(path, text.slice(0, 500));
  const e = await rejectsWith(store.open(path), ReviewFileError);
  assert.equal(e.problem, 'truncated');
  assert.equal(readFileSync(path, 'utf8'), text.slice(0, 500));
  assert.equal((await rejectsWith(store.open(join(docs, 'gone.tadqiq.json')), ReviewStoreError)).problem, 'not-found');
});

