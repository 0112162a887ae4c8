// The deepl.* channel handlers as the renderer uses them: key in, never back out; translate with a job id
// while polling progress; cancel; retranslate; glossary report; errors as data.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeDeepl, type FakeDeepl } from '../helpers/fakeDeepl.js';
import { ARTICLE_AR, seedGlossary, term } from '../helpers/deeplSamples.js';
import { deeplHandlers } from '../../main/ipc/handlers/deepl.js';
import { memorySecretStore } from '../../main/services/secrets.js';
import { deeplChannels } from '../../src/api/deepl.js';
import type { Glossary } from '../../src/model.js';

const KEY = '0f9e8d7c-6b5a-4f3e-9d2c-1b0a9f8e7d6c:fx';
let fake: FakeDeepl;
before(async () => {
  fake = await startFakeDeepl({ authKey: KEY });
});
after(() => fake.close());

function setup(glossary: Glossary = seedGlossary(), limits = {}) {
  const secrets = memorySecretStore();
  const handlers = deeplHandlers({
    secrets,
    loadGlossary: async () => glossary,
    englishVariant: async () => 'en-US',
    deepl: { serverUrl: fake.url, maxRetries: 1, timeoutMs: 2000, limits },
  });
  return { handlers, secrets };
}

test('without a key every DeepL call answers with a "no key" error as data', async () => {
  const { handlers } = setup();
  const status = await handlers['deepl.status']({});
  assert.equal(status.present, false);
  const r = await handlers['deepl.translate']({ jobId: 'j0', source: ARTICLE_AR, useGlossary: true });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.error.code, 'deepl-no-key');
  assert.match(!r.ok ? r.error.message : '', /Settings/);
});

test('set the key, test the connection, read usage: the key never comes back', async () => {
  const { handlers } = setup();
  const set = await handlers['deepl.setKey']({ key: KEY });
  assert.equal(set.ok, true);
  const answers = [set, await handlers['deepl.status']({}), await handlers['deepl.testConnection']({}), await handlers['deepl.usage']({})];
  const conn = answers[2] as Awaited<ReturnType<(typeof handlers)['deepl.testConnection']>>;
  assert.ok(conn.ok);
  assert.equal(conn.ok && conn.value.account, 'free');
  assert.equal(conn.ok && conn.value.glossarySupported, true);
  for (const a of answers) assert.ok(!JSON.stringify(a).includes(KEY.slice(0, 12)));
  const cleared = await handlers['deepl.clearKey']({});
  assert.equal(cleared.present, false);
});

test('a wrong key is reported by test connection, as data with a code', async () => {
  const { handlers } = setup();
  await handlers['deepl.setKey']({ key: 'ffffffff-0000-1111-2222-333333333333:fx' });
  const r = await handlers['deepl.testConnection']({});
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.error.code, 'deepl-auth');
});

test('translate with a job id: progress can be polled while it runs, and the English arrives with the glossary applied', async () => {
  const { handlers } = setup(seedGlossary(), { maxBatchChars: 250 });
  await handlers['deepl.setKey']({ key: KEY });
  fake.setMode({ kind: 'slow', delayMs: 150, path: '/v2/translate' });
  try {
    const run = handlers['deepl.translate']({ jobId: 'job-1', source: ARTICLE_AR, useGlossary: true });
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const p = await handlers['deepl.progress']({ jobId: 'job-1' });
      seen.push(`${p.state}:${p.done}/${p.total}`);
      if (p.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 60));
    }
    const result = await run;
    assert.ok(result.ok, JSON.stringify(result));
    assert.match(result.value.text, /Al-Kadhimi/);
    assert.equal(result.value.englishVariant, 'en-US', 'the variant from settings');
    assert.equal(result.value.glossary.used, true);
    assert.ok(seen.some((s) => /^running:[1-9]\d*\/\d+$/.test(s)), `partial progress seen: ${seen.join(' ')}`);
    const final = await handlers['deepl.progress']({ jobId: 'job-1' });
    assert.equal(final.state, 'done');
    assert.equal(final.done, final.total);
  } finally {
    fake.setMode({ kind: 'normal' });
  }
});

test('deepl.cancel stops the job: the call answers "cancelled" and no further batch is sent', async () => {
  const { handlers } = setup(seedGlossary(), { maxBatchChars: 250 });
  await handlers['deepl.setKey']({ key: KEY });
  fake.setMode({ kind: 'slow', delayMs: 400, path: '/v2/translate' });
  try {
    const before = fake.state.requestsTo('/v2/translate').length;
    const run = handlers['deepl.translate']({ jobId: 'job-2', source: ARTICLE_AR, useGlossary: false });
    await new Promise((r) => setTimeout(r, 150));
    assert.deepEqual(await handlers['deepl.cancel']({ jobId: 'job-2' }), { cancelled: true });
    const result = await run;
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, 'deepl-cancelled');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(fake.state.requestsTo('/v2/translate').length - before, 1);
    assert.equal((await handlers['deepl.progress']({ jobId: 'job-2' })).state, 'cancelled');
    assert.deepEqual(await handlers['deepl.cancel']({ jobId: 'job-2' }), { cancelled: false });
  } finally {
    fake.setMode({ kind: 'normal' });
  }
});

test('retranslate one segment with context', async () => {
  const { handlers } = setup();
  await handlers['deepl.setKey']({ key: KEY });
  const paragraphs = ARTICLE_AR.split('\n\n');
  const r = await handlers['deepl.retranslateSegment']({ text: paragraphs[4]!, context: paragraphs[3], useGlossary: true });
  assert.ok(r.ok);
  assert.match(r.value.text, /Al-Kadhimi .* Popular Mobilization Forces/);
});

test('glossary check lists refused terms without any network call; with upload it pushes them', async () => {
  const glossary = seedGlossary();
  const bad = term('إيران', 'Iran ', 'approved', 'place');
  glossary.terms.push(bad);
  const { handlers } = setup(glossary);
  const before = fake.state.requests.length;
  const local = await handlers['deepl.glossaryCheck']({ upload: false });
  assert.ok(local.ok);
  assert.deepEqual(local.value.problems.map((p) => [p.termId, p.reason]), [[bad.id, 'whitespace']]);
  assert.equal(local.value.entryCount, 3);
  assert.equal(fake.state.requests.length, before);
  await handlers['deepl.setKey']({ key: KEY });
  const pushed = await handlers['deepl.glossaryCheck']({ upload: true });
  assert.ok(pushed.ok);
  assert.equal(pushed.value.used, true);
  assert.ok(fake.state.glossaries.has(pushed.value.glossaryId!));
});

test('request schemas refuse malformed requests before any handler runs', () => {
  assert.equal(deeplChannels['deepl.translate'].request.safeParse({ jobId: '', source: 'x' }).success, false);
  assert.equal(deeplChannels['deepl.translate'].request.safeParse({ jobId: 'a', source: 'x', englishVariant: 'en' }).success, false);
  const ok = deeplChannels['deepl.translate'].request.safeParse({ jobId: 'a', source: 'نص' });
  assert.equal(ok.success && ok.data.useGlossary, true);
  assert.equal(deeplChannels['deepl.setKey'].request.safeParse({ key: '' }).success, false);
});

test('wired into the handler table (web bridge): key file with notice, glossary from the data folder, glossary id remembered, key in no other file', async () => {
  const { mkdtemp, readdir, readFile, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { createServices } = await import('../../main/ipc/services.js');
  const { createHandlers } = await import('../../main/ipc/handlers/index.js');
  const { validateAndDispatch } = await import('../../main/ipc/dispatch.js');
  const { GlossaryStore, GLOSSARY_FILE_NAME } = await import('../../main/services/glossaryStore.js');

  const dataDir = await mkdtemp(join(tmpdir(), 'tadqiq-deepl-part-'));
  const saved = { server: process.env.DEEPL_SERVER_URL, key: process.env.DEEPL_AUTH_KEY };
  process.env.DEEPL_SERVER_URL = fake.url;
  delete process.env.DEEPL_AUTH_KEY;
  try {
    const store = await GlossaryStore.open(join(dataDir, GLOSSARY_FILE_NAME));
    await store.upsert({ source: 'الكاظمي', target: 'Al-Kadhimi', kind: 'person', status: 'approved' }, 'Test Editor');
    const handlers = createHandlers(await createServices({ dataDir, transport: 'web', version: '0.0.0-test' }));
    const call = (name: string, request: unknown) => validateAndDispatch(handlers, name, request);

    const set = (await call('deepl.setKey', { key: KEY })) as { ok: true; value: { ok: true; value: { encrypted: boolean; notice?: string } } };
    assert.equal(set.value.ok, true);
    assert.equal(set.value.value.encrypted, false);
    assert.match(set.value.value.notice ?? '', /unencrypted/);

    const translated = (await call('deepl.translate', { jobId: 'wired', source: ARTICLE_AR })) as { ok: true; value: { ok: boolean; value: { text: string; englishVariant: string } } };
    assert.equal(translated.value.ok, true, JSON.stringify(translated));
    assert.match(translated.value.value.text, /Al-Kadhimi/);
    assert.equal(translated.value.value.englishVariant, 'en-US', 'the settings default');

    const remembered = JSON.parse(await readFile(join(dataDir, 'deepl-glossary.json'), 'utf8')) as { glossaryId: string };
    assert.ok(fake.state.glossaries.has(remembered.glossaryId));

    const bad = await call('deepl.translate', { jobId: '', source: ARTICLE_AR });
    assert.equal(bad.ok, false);

    // Only the key file holds the key.
    for (const name of await readdir(dataDir)) {
      if (name === 'deepl-key.txt') continue;
      const text = await readFile(join(dataDir, name), 'utf8').catch(() => '');
      assert.ok(!text.includes(KEY.slice(0, 12)), `${name} contains the key`);
    }
  } finally {
    if (saved.server === undefined) delete process.env.DEEPL_SERVER_URL;
    else process.env.DEEPL_SERVER_URL = saved.server;
    if (saved.key !== undefined) process.env.DEEPL_AUTH_KEY = saved.key;
    await rm(dataDir, { recursive: true, force: true });
  }
});
