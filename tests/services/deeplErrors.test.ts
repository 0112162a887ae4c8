// Every way DeepL can fail, through the real deepl-node client against the fake server: each surfaces as a
// DeeplError with a code and an editor-readable message that never contains the API key.
import { test, after, before, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { createServer } from 'node:net';
import { startFakeDeepl, type FakeDeepl } from '../helpers/fakeDeepl.js';
import { ARTICLE_AR } from '../helpers/deeplSamples.js';
import { DeeplService } from '../../main/services/deepl/translator.js';
import { DeeplError, type DeeplErrorCode } from '../../main/services/deepl/errors.js';

const KEY = 'b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d:fx';
let fake: FakeDeepl;
before(async () => {
  fake = await startFakeDeepl({ authKey: KEY });
});
after(() => fake.close());
afterEach(() => fake.setMode({ kind: 'normal' }));

function service(key = KEY, url = fake.url, timeoutMs = 2000) {
  return new DeeplService(key, { serverUrl: url, maxRetries: 2, timeoutMs });
}

async function failure(run: Promise<unknown>, code: DeeplErrorCode, keyUsed = KEY): Promise<DeeplError> {
  let caught: unknown;
  await run.then(
    () => assert.fail(`expected ${code}`),
    (e: unknown) => {
      caught = e;
    },
  );
  assert.ok(caught instanceof DeeplError, `got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
  const bare = keyUsed.replace(/:fx$/, '');
  for (const shown of [caught.message, String(caught.detail), JSON.stringify(caught), inspect(caught, { depth: 10 }), caught.stack ?? '']) {
    assert.ok(!shown.includes(bare), `the key leaked into: ${shown.slice(0, 200)}`);
  }
  assert.doesNotMatch(caught.message, /axios|ECONN|undefined|\[object/i, 'written for an editor, not a developer');
  return caught;
}

function translateCount() {
  return fake.state.requestsTo('/v2/translate').length;
}

test('wrong key (403): says the key was refused', async () => {
  const wrong = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee:fx';
  const e = await failure(service(wrong).translateDocument(ARTICLE_AR), 'deepl-auth', wrong);
  assert.match(e.message, /refused the API key/);
  await failure(service(wrong).testConnection(), 'deepl-auth', wrong);
});

test('quota exceeded (456) from the switch and from a real over-limit request', async () => {
  fake.setMode({ kind: 'status', status: 456, path: '/v2/translate' });
  const e = await failure(service().translateDocument(ARTICLE_AR), 'deepl-quota');
  assert.match(e.message, /quota/);
  fake.setMode({ kind: 'normal' });
  const small = await startFakeDeepl({ authKey: KEY, characterLimit: 100 });
  try {
    await failure(service(KEY, small.url).translateDocument(ARTICLE_AR), 'deepl-quota');
    const usage = await service(KEY, small.url).usage();
    assert.equal(usage.characterLimit, 100);
  } finally {
    await small.close();
  }
});

test('too many requests (429) once: retried with backoff, then the translation succeeds', async () => {
  const before = translateCount();
  fake.setMode({ kind: 'status', status: 429, retryAfterSeconds: 1, times: 1, path: '/v2/translate' });
  const result = await service().translateDocument(ARTICLE_AR);
  assert.match(result.text, /Washington/);
  assert.equal(translateCount() - before, 2, 'one refused, one retried');
});

test('too many requests (429) that persists: retried, then the editor is told', async () => {
  const before = translateCount();
  fake.setMode({ kind: 'status', status: 429, path: '/v2/translate' });
  const e = await failure(service().translateDocument(ARTICLE_AR), 'deepl-rate-limit');
  assert.match(e.message, /too many requests/i);
  assert.equal(translateCount() - before, 2, 'maxRetries attempts, no more');
});

test('server error (500): says DeepL had a problem', async () => {
  fake.setMode({ kind: 'status', status: 500, path: '/v2/translate' });
  const e = await failure(service().translateDocument(ARTICLE_AR), 'deepl-server');
  assert.equal(e.detail?.startsWith('HTTP 500'), true);
});

test('slow answer: times out with a clear message', async () => {
  fake.setMode({ kind: 'slow', delayMs: 4000, path: '/v2/translate' });
  const svc = new DeeplService(KEY, { serverUrl: fake.url, maxRetries: 1, timeoutMs: 1000 });
  const e = await failure(svc.translateDocument(ARTICLE_AR), 'deepl-timeout');
  assert.match(e.message, /did not answer in time/);
});

test('dropped connection: says the connection was cut off', async () => {
  fake.setMode({ kind: 'drop', path: '/v2/translate' });
  const e = await failure(service().translateDocument(ARTICLE_AR), 'deepl-connection-dropped');
  assert.match(e.message, /cut off/);
});

test('request too large (413): says so', async () => {
  fake.setMode({ kind: 'status', status: 413, path: '/v2/translate' });
  const e = await failure(service().translateDocument(ARTICLE_AR), 'deepl-too-large');
  assert.match(e.message, /too large/);
});

test('no network (connection refused): says DeepL could not be reached', async () => {
  const port = await new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  const e = await failure(service(KEY, `http://127.0.0.1:${port}`).usage(), 'deepl-network');
  assert.match(e.message, /Could not reach DeepL/);
});

test('a failure while syncing the glossary is reported the same way, before any text is sent', async () => {
  const before = translateCount();
  fake.setMode({ kind: 'status', status: 403, path: '/v3/glossaries' });
  await failure(
    service().translateDocument(ARTICLE_AR, { glossary: { terms: [{ id: 't', source: 'الكاظمي', target: 'Al-Kadhimi', variants: [], forbidden: [], kind: 'person', status: 'approved', history: [] }] } }),
    'deepl-auth',
  );
  assert.equal(translateCount(), before);
});

test('the service itself never shows the key when logged or serialized', () => {
  const svc = service();
  assert.ok(!JSON.stringify(svc).includes(KEY.slice(0, 8)));
  assert.ok(!inspect(svc, { depth: 10, showHidden: true }).includes(KEY.slice(0, 8)));
});

test('an answer with fewer translations than paragraphs is refused rather than misplacing English', async () => {
  fake.setMode({ kind: 'short', path: '/v2/translate' });
  const e = await failure(service().translateDocument(ARTICLE_AR), 'deepl-unknown');
  assert.match(e.message, /answered with 4 translations for 5 paragraphs/);
});
