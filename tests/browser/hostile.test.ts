/**
 * Hostile input: an article pair, a review file and a glossary carrying HTML, <script>, javascript: links, an RTL
 * override (U+202E) and a 1 MB single line. Everything must render as text, execute nothing, and leave the UI
 * responsive; exports must escape it. Payloads set window.__pwned if they ever run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, openAppForFile, type OpenedApp, seedDir, skipWithoutChromium } from './harness.js';
import { createReview } from '../../src/review/create.js';
import { serializeReview } from '../../src/review/file.js';
import { exportReview } from '../../src/formats/export.js';

const skip = skipWithoutChromium;

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const LINK = '<a href="javascript:window.__pwned=3">click</a>';
const RLO = '\u202E';
const HUGE = 'the crowd gathered again '.repeat(42_000); // ~1 MB on one line

const arabic = [
  'زار رئيس الوزراء مصطفى الكاظمي واشنطن يوم الاثنين.',
  'وقال الكاظمي إن الحوار الاستراتيجي مستمر.',
  'وأكد الكاظمي أن العراق لن يكون ساحة للصراع.',
].join('\n');
const english = [
  `Prime Minister Mustafa Al-Kadhimi visited Washington on Monday ${IMG}.`,
  `Al-Kazemi said the strategic dialogue ${SCRIPT} continues ${LINK}.`,
  `Al-Kazemi stressed that Iraq will not be an arena of conflict ${RLO}txet neddih.`,
  HUGE,
].join('\n');

let dir: string;
let reviewPath: string;
let app: OpenedApp;
let page: Page;
const dialogs: string[] = [];

openAppForFile((opened) => {
  app = opened;
  page = opened.page;
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}, async () => {
  dir = mkdtempSync(join(tmpdir(), 'tadqiq-hostile-'));
  const { review } = createReview({ source: { name: `${IMG}.ar.txt`, text: arabic }, target: { name: 'hostile.en.txt', text: english }, title: `${SCRIPT}${IMG}` });
  reviewPath = join(dir, 'hostile.tadqiq.json');
  writeFileSync(reviewPath, serializeReview(review));
  return { open: [reviewPath] };
});

async function pwned(p: Page): Promise<unknown> {
  return p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

/** Time from F8 until the findings counter moves: a frozen page never answers. */
async function f8Latency(p: Page): Promise<number> {
  const counter = p.getByText(/Place \d+ of \d+|places · F8|No open findings/).first();
  const before = await counter.textContent();
  const t0 = Date.now();
  await p.keyboard.press('F8');
  await p.waitForFunction((old) => [...document.querySelectorAll('*')].some((e) => e.childElementCount === 0 && /Place \d+ of \d+/.test(e.textContent ?? '') && e.textContent !== old), before, { timeout: 10_000 });
  return Date.now() - t0;
}

test('a hostile review file renders its payloads as text and runs none of them', { skip }, async () => {
  await page.getByText('visited Washington on Monday').first().waitFor({ timeout: 30_000 });
  await page.getByTestId('findings-total').waitFor();
  assert.ok(await page.getByText('<img src=x onerror=', { exact: false }).first().isVisible(), 'the tag is shown as text');
  assert.equal(await page.locator('img[src="x"]').count(), 0, 'no <img> was created from the text');
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, 'no javascript: link was created');
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script element exists');
  assert.ok(await page.getByText('RLO').first().isVisible(), 'the right-to-left override is drawn as a visible token');
  assert.equal(await pwned(page), undefined);
  assert.deepEqual(dialogs, []);
  await app.screenshot('hostile-01-review');
});

test('a hostile glossary imported through the panel channel shows as text', { skip }, async () => {
  const csv = `source,target,note\nالكاظمي,Al-Kadhimi,"${IMG.replace(/"/g, '""')} ${LINK.replace(/"/g, '""')}"\nالحشد الشعبي,"${SCRIPT}",x\n`;
  const result = await page.evaluate(async (body) => {
    const r = await fetch('/api/glossary.import', { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(body) });
    return (await r.json()) as { ok: boolean; error?: unknown };
  }, { fileName: 'hostile.csv', bytesBase64: Buffer.from(csv).toString('base64'), decision: 'keep' });
  assert.equal(result.ok, true, JSON.stringify(result.error));
  await page.getByRole('button', { name: 'Glossary', exact: true }).click();
  await page.getByText('<script>window.__pwned=2</script>').first().waitFor();
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  assert.equal(await pwned(page), undefined);
  await app.screenshot('hostile-02-glossary');
  await page.keyboard.press('Escape');
});

test('a 1 MB line does not freeze the review: F8 answers about as fast as on the seed article', { skip }, async () => {
  const hostile = await f8Latency(page);
  const seed = await openApp({ open: [join(seedDir, 'article.ar.txt'), join(seedDir, 'article.en.txt')] });
  try {
    await seed.page.getByTestId('findings-total').waitFor({ timeout: 30_000 });
    await seed.page.getByText(/places · F8/).first().waitFor({ timeout: 30_000 });
    const baseline = await f8Latency(seed.page);
    console.log(`F8 latency: ${hostile} ms with a 1 MB line vs ${baseline} ms on the seed (×${(hostile / Math.max(baseline, 1)).toFixed(1)})`);
  } finally {
    await seed.close();
  }
  assert.ok(hostile < 10_000, 'the UI answered within 10 s');
  assert.equal(await pwned(page), undefined);
});

test('exports of the hostile review escape every payload', { skip }, async () => {
  const { review } = createReview({ source: { name: 'a.ar.txt', text: arabic }, target: { name: 'a.en.txt', text: english }, title: `${SCRIPT}` });
  for (const format of ['html', 'report-html', 'changes-html'] as const) {
    const file = await exportReview(review, format, {});
    const html = new TextDecoder().decode(file.bytes);
    assert.ok(!html.includes('<script>window.__pwned'), `${format}: no live <script>`);
    assert.ok(!html.includes('<img src=x'), `${format}: no live <img>`);
    assert.ok(!html.includes('<a href="javascript:'), `${format}: no live javascript: link`);
    assert.ok(html.includes('&lt;img src=x') || html.includes('&lt;script&gt;'), `${format}: the payload is kept, escaped`);
  }
});
