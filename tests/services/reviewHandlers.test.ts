import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { validateAndDispatch } from '../../main/ipc/dispatch.js';
import { reviewHandlers } from '../../main/ipc/handlers/review.js';
import { ReviewStore } from '../../main/services/reviewStore.js';
import { PathGrants } from '../../main/ipc/pathGrants.js';
import { serializeReview, REVIEW_SCHEMA_VERSION } from '../../src/review/file.js';
import type { Review } from '../../src/review/types.js';
import type { FileStamp } from '../../src/api/review.js';
import { sampleCorrectedParagraphs, sampleReview } from '../unit/formats/sample.js';

function setup(withGrants = false) {
  const dir = mkdtempSync(join(tmpdir(), 'tadqiq-rh-'));
  const store = new ReviewStore({ dataDir: join(dir, 'data') });
  const grants = new PathGrants();
  const handlers = reviewHandlers(store, withGrants ? { access: grants } : {});
  const call = (channel: string, payload: unknown) => validateAndDispatch(handlers, channel, payload);
  return { dir, store, grants, call };
}

function ok<T>(result: { ok: boolean; value?: unknown; error?: { code: string; message: string } }): T {
  assert.equal(result.ok, true, JSON.stringify(result.error));
  return result.value as T;
}

test('create → save → open → save detects a colleague’s change and answers review-conflict', async () => {
  const { dir, call } = setup();
  const created = ok<{ review: Review }>(
    await call('review.create', {
      source: { name: 'a.ar.txt', text: 'واختتم الكاظمي كلمته.\nقالت ليندا توماس غرينفيلد.' },
      target: { name: 'a.en.txt', text: 'Al-Kazemi concluded his speech.\nLinda Thomas Granfield said.' },
    }),
  );
  const path = join(dir, 'a.tadqiq.json');
  const saved = ok<{ stamp: FileStamp }>(await call('review.save', { path, review: created.review }));
  const opened = ok<{ review: Review; stamp: FileStamp }>(await call('review.open', { path }));
  assert.deepEqual(opened.stamp, saved.stamp);
  writeFileSync(path, serializeReview({ ...opened.review, title: 'Changed by a colleague' }));
  const conflict = await call('review.save', { path, review: opened.review, expected: opened.stamp });
  assert.equal(conflict.ok, false);
  assert.equal(!conflict.ok && conflict.error.code, 'review-conflict');
  assert.match(readFileSync(path, 'utf8'), /Changed by a colleague/);
  ok(await call('review.save', { path, review: opened.review, expected: opened.stamp, overwrite: true }));
});

test('a review file from a newer Tadqiq answers review-file-newer-version with the message', async () => {
  const { dir, call } = setup();
  const path = join(dir, 'new.tadqiq.json');
  writeFileSync(path, serializeReview(sampleReview()).replace(`"schema": ${REVIEW_SCHEMA_VERSION}`, `"schema": ${REVIEW_SCHEMA_VERSION + 1}`));
  const r = await call('review.open', { path });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.error.code, 'review-file-newer-version');
  assert.match(!r.ok ? r.error.message : '', /made by a newer Tadqiq/);
});

test('a review picked in the browser opens from bytes', async () => {
  const { call } = setup();
  const bytesBase64 = Buffer.from(serializeReview(sampleReview())).toString('base64');
  const r = ok<{ review: Review; path: null }>(await call('review.open', { name: 'picked.tadqiq.json', bytesBase64 }));
  assert.equal(r.path, null);
  assert.equal(r.review.edits.s3?.startsWith('Al-Kadhimi'), true);
});

test('export answers bytes and a file name; the docx holds the corrected paragraphs', async () => {
  const { call } = setup();
  const r = ok<{ bytesBase64: string; fileName: string }>(await call('review.export', { review: sampleReview(), format: 'docx' }));
  assert.equal(r.fileName, 'article.en.corrected.docx');
  const raw = await mammoth.extractRawText({ buffer: Buffer.from(r.bytesBase64, 'base64') });
  assert.deepEqual(raw.value.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean), sampleCorrectedParagraphs);
  const bad = await call('review.export', { review: sampleReview(), format: 'pdf' });
  assert.equal(!bad.ok && bad.error.code, 'invalid-request');
});

test('autosave, list, restore and discard over the channels', async () => {
  const { call } = setup();
  const review = sampleReview();
  ok(await call('review.autosave', { review }));
  const list = ok<Array<{ id: string }>>(await call('review.listRestorable', undefined));
  assert.deepEqual(list.map((r) => r.id), [review.id]);
  const restored = ok<{ review: Review }>(await call('review.restore', { id: review.id }));
  assert.deepEqual(restored.review.edits, review.edits);
  ok(await call('review.discardRestorable', { id: review.id }));
  const gone = await call('review.restore', { id: review.id });
  assert.equal(!gone.ok && gone.error.code, 'review-no-restorable');
});

test('with path grants, a path the editor never opened or chose is refused', async () => {
  const { dir, call, grants } = setup(true);
  const path = join(dir, 'x.tadqiq.json');
  writeFileSync(path, serializeReview(sampleReview()));
  const refused = await call('review.open', { path });
  assert.equal(!refused.ok && refused.error.code, 'forbidden-path');
  const write = await call('review.save', { path: join(dir, 'y.tadqiq.json'), review: sampleReview() });
  assert.equal(!write.ok && write.error.code, 'forbidden-path');
  grants.grantRead(path);
  const opened = ok<{ stamp: FileStamp; review: Review }>(await call('review.open', { path }));
  // Opening grants saving back to the same file.
  ok(await call('review.save', { path, review: opened.review, expected: opened.stamp }));
  // And the recent list lets the start screen reopen it in a later session.
  const { store } = { store: new ReviewStore({ dataDir: join(dir, 'data') }) };
  const fresh = reviewHandlers(store, { access: new PathGrants() });
  ok(await validateAndDispatch(fresh, 'review.open', { path }));
});

test('the composed handler table answers review channels with the glossary and house style from settings', async () => {
  const { createServices } = await import('../../main/ipc/services.js');
  const { createHandlers } = await import('../../main/ipc/handlers/index.js');
  const dataDir = mkdtempSync(join(tmpdir(), 'tadqiq-rh-services-'));
  const handlers = createHandlers(await createServices({ dataDir, transport: 'web', version: '0.0.0-test' }));
  const created = ok<{ review: Review; findings: unknown[] }>(
    await validateAndDispatch(handlers, 'review.create', {
      source: { name: 'a.ar.txt', text: 'وكان الكاظمي شديد الصراحة.\nواختتم الكاظمي كلمته.' },
      target: { name: 'a.en.txt', text: 'Al-Kazemi was very frank.\nAl-Kadhimi concluded his speech.' },
    }),
  );
  assert.equal(created.review.source.name, 'a.ar.txt');
  assert.ok(Array.isArray(created.findings));
  // A path the editor never opened is refused by the real path grants.
  const refused = await validateAndDispatch(handlers, 'review.open', { path: join(dataDir, 'settings.json') });
  assert.equal(!refused.ok && refused.error.code, 'forbidden-path');
  assert.deepEqual(ok(await validateAndDispatch(handlers, 'review.recent', undefined)), []);
});
