// `tadqiq translate` in-process, with DEEPL_SERVER_URL pointing at the fake DeepL server.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile, access } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tadqiq } from '../../helpers/cliHarness.js';
import { startFakeDeepl, type FakeDeepl } from '../../helpers/fakeDeepl.js';
import { ARTICLE_AR } from '../../helpers/deeplSamples.js';

const KEY = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d:fx';
let fake: FakeDeepl;
let dir: string;
before(async () => {
  fake = await startFakeDeepl({ authKey: KEY });
  dir = await mkdtemp(join(tmpdir(), 'tadqiq-translate-'));
  await writeFile(join(dir, 'article.ar.txt'), `${ARTICLE_AR}\n`);
  // Windows-1256, as many Arabic newsroom files still are: the Arabic letters of the seed's name.
  await writeFile(join(dir, 'cp1256.txt'), Buffer.from([0xc7, 0xe1, 0xdf, 0xc7, 0xd9, 0xe3, 0xed, 0x20, 0xdd, 0xed, 0x20, 0xe6, 0xc7, 0xd4, 0xe4, 0xd8, 0xe4, 0x0d, 0x0a]));
  await writeFile(join(dir, 'glossary.csv'), 'source,target\nالكاظمي,Al-Kadhimi\nالحشد الشعبي,Popular Mobilization Forces\n');
});
after(async () => {
  await fake.close();
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({ DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: fake.url });

test('translates the Arabic file with the glossary and writes the English', async () => {
  const r = await tadqiq(['translate', 'article.ar.txt', '--out', 'article.en.txt', '--glossary', 'glossary.csv', '--variant', 'en-US'], { cwd: dir, env: env() });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Translated 5 paragraphs .*glossary of 2 approved terms applied.* → article\.en\.txt/);
  assert.match(r.stderr, /Translating: 5\/5 paragraphs/);
  const english = await readFile(join(dir, 'article.en.txt'), 'utf8');
  assert.match(english, /Al-Kadhimi/);
  assert.match(english, /Popular Mobilization Forces/);
  assert.doesNotMatch(english, /Kazemi|the crowd/);
  assert.equal(english.trimEnd().split('\n\n').length, 5);
  const translate = fake.state.requestsTo('/v2/translate');
  assert.ok(translate.every((q) => q.params.target_lang?.[0] === 'en-US' && q.params.glossary_id?.[0]));
});

test('running again reuses the glossary on DeepL instead of creating another', async () => {
  const before = fake.state.glossaries.size;
  const r = await tadqiq(['translate', 'article.ar.txt', '--out', 'again.en.txt', '--glossary', 'glossary.csv'], { cwd: dir, env: env() });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(fake.state.glossaries.size, before);
});

test('a Windows-1256 source is decoded before translation', async () => {
  const r = await tadqiq(['translate', 'cp1256.txt', '--out', 'cp1256.en.txt'], { cwd: dir, env: env() });
  assert.equal(r.code, 0, r.stderr);
  const last = fake.state.requestsTo('/v2/translate').at(-1)!;
  assert.deepEqual(last.params.text, ['الكاظمي في واشنطن']);
  assert.match(await readFile(join(dir, 'cp1256.en.txt'), 'utf8'), /Al-Kazemi in Washington/);
});

test('without DEEPL_AUTH_KEY: a clear usage error, nothing written, no request', async () => {
  const before = fake.state.requests.length;
  const r = await tadqiq(['translate', 'article.ar.txt', '--out', 'nokey.en.txt'], { cwd: dir, env: { DEEPL_SERVER_URL: fake.url } });
  assert.equal(r.code, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /DEEPL_AUTH_KEY/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.equal(fake.state.requests.length, before);
  await assert.rejects(access(join(dir, 'nokey.en.txt')));
});

test('a DeepL failure is one line for the editor, the output file untouched, the key never printed', async () => {
  await writeFile(join(dir, 'keep.en.txt'), 'the editor’s earlier English\n');
  fake.setMode({ kind: 'status', status: 456, path: '/v2/translate' });
  try {
    const r = await tadqiq(['translate', 'article.ar.txt', '--out', 'keep.en.txt'], { cwd: dir, env: env() });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /DeepL: .*quota/);
    assert.ok(!r.stderr.includes(KEY.slice(0, 8)) && !r.stdout.includes(KEY.slice(0, 8)));
    assert.equal(await readFile(join(dir, 'keep.en.txt'), 'utf8'), 'the editor’s earlier English\n');
  } finally {
    fake.setMode({ kind: 'normal' });
  }
  const wrong = await tadqiq(['translate', 'article.ar.txt', '--out', 'keep.en.txt'], { cwd: dir, env: { ...env(), DEEPL_AUTH_KEY: 'wrong-key-123456:fx' } });
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /refused the API key/);
  assert.ok(!wrong.stderr.includes('wrong-key-123456'));
});

test('usage errors: missing --out, missing file, --out equal to the source, bad --variant', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['translate', 'article.ar.txt'], /--out/],
    [['translate', 'missing.txt', '--out', 'x.txt'], /no such file/],
    [['translate', 'article.ar.txt', '--out', 'article.ar.txt'], /must not be the Arabic source/],
    [['translate', 'article.ar.txt', '--out', 'x.txt', '--variant', 'en'], /en-US, en-GB/],
  ];
  for (const [argv, message] of cases) {
    const r = await tadqiq(argv, { cwd: dir, env: env() });
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  }
});
