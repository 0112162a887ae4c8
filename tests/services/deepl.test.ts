// The DeepL translator service through the real deepl-node client against the fake DeepL server:
// glossary use and sync, invalid entries, unsupported pairs, context, batching limits and cancel.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { startFakeDeepl, type FakeDeepl } from '../helpers/fakeDeepl.js';
import { ARTICLE_AR, longArticle, seedGlossary, term } from '../helpers/deeplSamples.js';
import { DeeplService, type DeeplServiceOptions } from '../../main/services/deepl/translator.js';
import { memoryGlossaryStateStore } from '../../main/services/deepl/glossaryStateStore.js';
import { DeeplError } from '../../main/services/deepl/errors.js';

const KEY = 'test-key:fx';
let fake: FakeDeepl;
before(async () => {
  fake = await startFakeDeepl({ authKey: KEY });
});
after(() => fake.close());

function service(options: DeeplServiceOptions = {}, server: FakeDeepl = fake) {
  return new DeeplService(KEY, { serverUrl: server.url, maxRetries: 2, timeoutMs: 2000, ...options });
}

function translateRequestsSince(n: number) {
  return fake.state.requests.slice(n).filter((r) => r.path === '/v2/translate');
}

test('translates the article with the approved glossary: glossary_id sent, approved names in the English, layout kept', async () => {
  const start = fake.state.requests.length;
  const result = await service().translateDocument(ARTICLE_AR, { glossary: seedGlossary(), englishVariant: 'en-US' });

  assert.equal(result.glossary.action, 'created');
  const id = result.glossary.glossaryId;
  assert.ok(id);
  const uploaded = fake.state.glossaries.get(id)!.dictionaries[0]!;
  assert.deepEqual([uploaded.sourceLang, uploaded.targetLang], ['ar', 'en']);
  // Only approved terms: the proposed Bruxelles and the rejected "Washington DC" stay at home.
  assert.deepEqual([...uploaded.entries.keys()].sort(), ['الحشد الشعبي', 'الكاظمي', 'ليندا توماس غرينفيلد'].sort());

  const requests = translateRequestsSince(start);
  assert.ok(requests.length >= 1);
  for (const r of requests) {
    assert.deepEqual(r.params.glossary_id, [id]);
    assert.deepEqual(r.params.source_lang, ['ar']);
    assert.deepEqual(r.params.target_lang, ['en-US']);
  }

  assert.match(result.text, /Al-Kadhimi/);
  assert.doesNotMatch(result.text, /Kazemi/);
  assert.match(result.text, /Popular Mobilization Forces/);
  assert.doesNotMatch(result.text, /the crowd/);
  assert.match(result.text, /Linda Thomas-Greenfield/);
  assert.match(result.text, /29 .* 2021/, 'Arabic-Indic digits arrive as Latin digits');
  assert.doesNotMatch(result.text, /Washington DC/);
  // Five paragraphs separated by blank lines, as in the Arabic.
  assert.equal(result.text.split('\n\n').length, 5);
  assert.equal(result.paragraphs, 5);
  assert.ok(result.billedCharacters > 0);
});

test('without a glossary the toy MT shows the seed problems, proving the glossary is what fixes them', async () => {
  const start = fake.state.requests.length;
  const result = await service().translateDocument(ARTICLE_AR);
  assert.match(result.text, /Al-Kazemi/);
  assert.match(result.text, /the crowd/);
  for (const r of translateRequestsSince(start)) assert.equal(r.params.glossary_id, undefined);
  assert.equal(result.glossary.action, 'none');
});

test('an edited glossary replaces the dictionary under the same id; an unchanged one is not re-uploaded', async () => {
  const store = memoryGlossaryStateStore();
  const svc = service({ glossaryState: store });
  const glossary = seedGlossary();
  const first = await svc.translateDocument(ARTICLE_AR, { glossary });
  const id = first.glossary.glossaryId!;

  const beforeUnchanged = fake.state.requests.length;
  const again = await svc.translateDocument(ARTICLE_AR, { glossary });
  assert.equal(again.glossary.action, 'unchanged');
  assert.equal(again.glossary.glossaryId, id);
  const glossaryWrites = fake.state.requests.slice(beforeUnchanged).filter((r) => r.path.startsWith('/v3/') && r.method !== 'GET');
  assert.deepEqual(glossaryWrites, []);

  // The editor changes the house form of the name and approves a new term.
  glossary.terms[0]!.target = 'Al-Kathimi';
  glossary.terms.push(term('بايدن', 'Joe R. Biden'));
  const beforeEdit = fake.state.requests.length;
  const edited = await svc.translateDocument(ARTICLE_AR, { glossary });
  assert.equal(edited.glossary.action, 'replaced');
  assert.equal(edited.glossary.glossaryId, id);
  const put = fake.state.requests.slice(beforeEdit).filter((r) => r.method === 'PUT');
  assert.equal(put.length, 1);
  assert.equal(put[0]!.path, `/v3/glossaries/${id}/dictionaries`);
  const dict = fake.state.glossaries.get(id)!.dictionaries.find((d) => d.sourceLang === 'ar')!;
  assert.equal(dict.entries.get('الكاظمي'), 'Al-Kathimi');
  assert.equal(dict.entries.get('بايدن'), 'Joe R. Biden');
  assert.match(edited.text, /Al-Kathimi/);
  assert.match(edited.text, /Joe R. Biden/);
  assert.equal((await store.load())?.glossaryId, id);

  // Someone deleted the glossary on DeepL's side: a new one is made and remembered.
  fake.state.glossaries.delete(id);
  glossary.terms.push(term('طهران', 'Tehran', 'approved', 'place'));
  const renewed = await svc.translateDocument(ARTICLE_AR, { glossary });
  assert.equal(renewed.glossary.action, 'created');
  assert.notEqual(renewed.glossary.glossaryId, id);
  assert.equal((await store.load())?.glossaryId, renewed.glossary.glossaryId);
  assert.match(renewed.text, /Al-Kathimi/);
});

test('entries DeepL would refuse are reported by term before upload, and the valid ones still apply', async () => {
  const glossary = seedGlossary();
  const dupA = term('الكاظمي', 'Al-Kadhimi');
  const conflictA = term('بايدن', 'Biden');
  const conflictB = term('بايدن', 'Joe Biden');
  const empty = term('طهران', '', 'approved', 'place');
  const newline = term('إيران', 'Iran\nIslamic Republic', 'approved', 'place');
  const spaced = term('بروكسل ', 'Brussels', 'approved', 'place');
  const long = term('العراق', 'I'.repeat(1100), 'approved', 'place');
  glossary.terms.push(dupA, conflictA, conflictB, empty, newline, spaced, long);

  const start = fake.state.requests.length;
  const result = await service().translateDocument(ARTICLE_AR, { glossary });
  const byTerm = new Map(result.glossary.problems.map((p) => [p.termId, p]));
  assert.equal(byTerm.get(dupA.id)?.reason, 'duplicate');
  assert.equal(byTerm.get(conflictA.id)?.reason, 'conflict');
  assert.equal(byTerm.get(conflictB.id)?.reason, 'conflict');
  assert.equal(byTerm.get(empty.id)?.reason, 'empty');
  assert.equal(byTerm.get(newline.id)?.reason, 'line-break');
  assert.equal(byTerm.get(spaced.id)?.reason, 'whitespace');
  assert.equal(byTerm.get(long.id)?.reason, 'too-long');
  assert.match(byTerm.get(newline.id)!.message, /"إيران"/, 'the message names the term');
  assert.match(byTerm.get(conflictA.id)!.message, /"Biden" and "Joe Biden"/);
  assert.ok(result.notices.some((n) => /7 glossary terms were not sent/.test(n)), result.notices.join(' | '));

  // Nothing refused by the fake, and only valid entries uploaded.
  assert.ok(fake.state.requests.slice(start).every((r) => r.status < 400));
  const dict = fake.state.glossaries.get(result.glossary.glossaryId!)!.dictionaries[0]!;
  assert.deepEqual([...dict.entries.keys()].sort(), ['الحشد الشعبي', 'الكاظمي', 'ليندا توماس غرينفيلد'].sort());
  assert.match(result.text, /Al-Kadhimi/);
});

test('when DeepL offers no AR→EN glossaries, the article is translated without one and the editor is told', async () => {
  const limited = await startFakeDeepl({ authKey: KEY, glossaryPairs: [['en', 'de'], ['de', 'en']] });
  try {
    const result = await service({}, limited).translateDocument(ARTICLE_AR, { glossary: seedGlossary() });
    assert.equal(result.glossary.action, 'unsupported');
    assert.equal(result.glossary.glossaryId, undefined);
    assert.ok(result.notices.some((n) => /does not offer glossaries for Arabic → English/.test(n)));
    assert.equal(limited.state.glossaries.size, 0);
    for (const r of limited.state.requestsTo('/v2/translate')) assert.equal(r.params.glossary_id, undefined);
    assert.match(result.text, /Washington/);
  } finally {
    await limited.close();
  }
});

test('each batch carries the neighbouring paragraphs as context, never as text to translate', async () => {
  const start = fake.state.requests.length;
  const paragraphs = ARTICLE_AR.split('\n\n');
  await service({ limits: { maxBatchChars: 250 } }).translateDocument(ARTICLE_AR);
  const requests = translateRequestsSince(start);
  assert.ok(requests.length >= 3, `expected several batches, got ${requests.length}`);
  // Every paragraph is sent exactly once as text, in order.
  assert.deepEqual(requests.flatMap((r) => r.params.text ?? []), paragraphs);
  for (const r of requests) {
    const texts = r.params.text ?? [];
    const context = r.params.context?.[0] ?? '';
    assert.ok(context.length > 0, 'context sent');
    const firstIndex = paragraphs.indexOf(texts[0]!);
    const lastIndex = paragraphs.indexOf(texts[texts.length - 1]!);
    const neighbour = paragraphs[firstIndex - 1] ?? paragraphs[lastIndex + 1]!;
    assert.ok(context.includes(neighbour), 'the paragraph next to the batch is in its context');
    for (const t of texts) assert.ok(!context.includes(t), 'a paragraph being translated is not repeated as context');
  }
  // The name's first mention (paragraph 2) reaches the later batches through context.
  const last = requests[requests.length - 1]!;
  assert.match(last.params.context?.[0] ?? '', /الكاظمي|الحوار/);
});

test('a long article is batched within 50 texts and 128 KiB per request, in order, nothing lost', async () => {
  const start = fake.state.requests.length;
  const source = longArticle(230);
  const result = await service({ limits: { maxBatchChars: 1_000_000 } }).translateDocument(source);
  const requests = translateRequestsSince(start);
  assert.ok(requests.length >= 5, `230 paragraphs need at least 5 requests, got ${requests.length}`);
  for (const r of requests) {
    assert.ok((r.params.text ?? []).length <= 50);
    assert.ok(r.bodyBytes <= 128 * 1024, `body ${r.bodyBytes} bytes`);
    assert.equal(r.status, 200);
  }
  const english = result.text.split('\n\n');
  assert.equal(english.length, 230);
  english.forEach((p, i) => assert.match(p, new RegExp(`^\\S+ ${i + 1}:`)));
});

test('one paragraph bigger than a request is cut at sentence ends and rejoined', async () => {
  const start = fake.state.requests.length;
  const sentence = 'ووضعت الصراحة الأمريكية الكاظمي في حرج كبير مع إيران ومع الحشد الشعبي. ';
  const huge = sentence.repeat(600).trim(); // ≈ 43,000 characters ≈ 230 KB form-encoded
  const result = await service({ limits: { maxBatchChars: 1_000_000 } }).translateDocument(`عنوان\n\n${huge}`);
  const requests = translateRequestsSince(start);
  assert.ok(requests.length >= 2, `${requests.length} requests`);
  for (const r of requests) assert.ok(r.bodyBytes <= 128 * 1024, `body ${r.bodyBytes} bytes`);
  const [title, body] = result.text.split('\n\n');
  assert.ok(title);
  assert.equal(body!.match(/Al-Kazemi/g)?.length, 600);
  assert.equal(result.paragraphs, 2);
});

test('cancel between batches: the next batch is never sent', async () => {
  const start = fake.state.requests.length;
  const controller = new AbortController();
  const progress: number[] = [];
  await assert.rejects(
    service({ limits: { maxBatchChars: 250 } }).translateDocument(ARTICLE_AR, {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p.done);
        if (p.batch === 1) controller.abort();
      },
    }),
    (e: unknown) => e instanceof DeeplError && e.code === 'deepl-cancelled' && /cancelled/i.test(e.message),
  );
  assert.equal(translateRequestsSince(start).length, 1);
  assert.deepEqual(progress.slice(0, 1), [0]);
});

test('cancel during a slow request: abandoned at once, no further batches', async () => {
  const start = fake.state.requests.length;
  fake.setMode({ kind: 'slow', delayMs: 3000, path: '/v2/translate' });
  try {
    const controller = new AbortController();
    const began = Date.now();
    const run = service({ limits: { maxBatchChars: 250 }, timeoutMs: 10_000 }).translateDocument(ARTICLE_AR, { signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    await assert.rejects(run, (e: unknown) => e instanceof DeeplError && e.code === 'deepl-cancelled');
    assert.ok(Date.now() - began < 2000, 'did not wait for the slow answer');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(translateRequestsSince(start).length, 1);
  } finally {
    fake.setMode({ kind: 'normal' });
  }
});

test('retranslating one segment sends it alone with its surroundings as context and the glossary', async () => {
  const start = fake.state.requests.length;
  const paragraphs = ARTICLE_AR.split('\n\n');
  const result = await service().retranslateSegment(paragraphs[2]!, { context: `${paragraphs[1]}\n${paragraphs[3]}`, glossary: seedGlossary() });
  assert.match(result.text, /Al-Kadhimi/);
  const [r] = translateRequestsSince(start);
  assert.deepEqual(r!.params.text, [paragraphs[2]]);
  assert.equal(r!.params.context?.[0], `${paragraphs[1]}\n${paragraphs[3]}`);
  assert.ok(r!.params.glossary_id?.[0]);
});

test('usage and test connection read the account', async () => {
  const svc = service();
  const usage = await svc.usage();
  assert.equal(usage.characterLimit, 500_000);
  assert.equal(usage.characterCount, fake.state.characterCount);
  const info = await svc.testConnection();
  assert.equal(info.account, 'free');
  assert.equal(info.glossarySupported, true);
});

test('an empty source is refused with a clear message before any request', async () => {
  const start = fake.state.requests.length;
  await assert.rejects(service().translateDocument(' \n\n \n'), (e: unknown) => e instanceof DeeplError && e.code === 'deepl-empty');
  assert.equal(fake.state.requests.length, start);
});

test("a fresh install (no remembered id) adopts the account's Tadqiq glossary instead of making another", async () => {
  await service().translateDocument(ARTICLE_AR, { glossary: seedGlossary() });
  const count = fake.state.glossaries.size;
  const fresh = await service({ glossaryState: memoryGlossaryStateStore() }).translateDocument(ARTICLE_AR, { glossary: seedGlossary() });
  assert.equal(fake.state.glossaries.size, count);
  assert.ok(['replaced', 'unchanged'].includes(fresh.glossary.action));
  assert.match(fresh.text, /Al-Kadhimi/);
});
