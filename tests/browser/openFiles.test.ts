/**
 * Files the operating system hands to the running app (a review double-clicked while Tadqiq is open, files
 * dropped on its Dock icon). The renderer runs its Electron code path: `window.tadqiq` is the real preload
 * API (createExposedApi) over an IPC stand-in that forwards to the web bridge, and the test plays main,
 * sending the open-files event as main/electron/index.ts does after granting the paths.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openAppForFile, type OpenedApp, seedDir, skipWithoutChromium } from './harness.js';
import { electronShimScript } from './electronShimScript.js';
import { OPEN_FILES_EVENT } from '../../src/api/app.js';
import { createReview } from '../../src/review/create.js';
import { serializeReview } from '../../src/review/file.js';

const AR = join(seedDir, 'article.ar.txt');
const EN = join(seedDir, 'article.en.txt');
const skip = skipWithoutChromium;

let app: OpenedApp;
let page: Page;

openAppForFile((opened) => {
  app = opened;
  page = opened.page;
}, async () => ({ initScript: await electronShimScript() }));

/** What main does when the system asks it to open files: grant them for reading, then send their paths. */
async function systemOpens(...paths: string[]): Promise<void> {
  for (const p of paths) app.bridge.services.grants.grantRead(p);
  await page.evaluate(([event, list]) => {
    (window as unknown as { __tadqiqMain: { send(e: string, v: unknown): void } }).__tadqiqMain.send(event as string, list);
  }, [OPEN_FILES_EVENT, paths] as const);
}

function savedReview(title: string): string {
  const { review } = createReview({
    source: { name: 'article.ar.txt', text: readFileSync(AR, 'utf8') },
    target: { name: 'article.en.txt', text: readFileSync(EN, 'utf8') },
    title,
  });
  const path = join(app.dataDir, `${title.replace(/\W+/g, '-')}.tadqiq`);
  writeFileSync(path, serializeReview(review));
  return path;
}

const docTitle = async () => ((await page.locator('.doc-title').textContent()) ?? '').replace(/ · unsaved changes$/, '');

test('files from the system open in the running app', { skip }, async (t) => {
  await t.test('the page runs on the preload API, as in Electron', async () => {
    assert.equal(await page.evaluate(() => typeof (window as unknown as { tadqiq?: unknown }).tadqiq), 'object');
  });

  await t.test('an Arabic and English pair dropped on the app opens as a new review', async () => {
    await systemOpens(EN, AR);
    await page.locator('.row').first().waitFor();
    assert.match((await page.locator('.cell.source').first().textContent()) ?? '', /[\u0600-\u06FF]/, 'the Arabic file is the source whichever came first');
    assert.match((await page.locator('.cell.target').first().textContent()) ?? '', /Iraqi-American/);
  });

  await t.test('a review double-clicked with unsaved changes asks first; declining keeps the work', async () => {
    const cell = page.locator('.cell.target').first();
    await cell.click();
    await page.locator('textarea.editor').press('End');
    await page.keyboard.type(' (edited)');
    await page.keyboard.press('Enter');
    await page.getByText('unsaved changes').waitFor();
    const before = await docTitle();

    const path = savedReview('Kadhimi in Washington');
    page.once('dialog', (d) => void d.dismiss());
    await systemOpens(path);
    await page.waitForTimeout(300);
    assert.equal(await docTitle(), before, 'declined: the open review stays');
    assert.match((await page.locator('.cell.target').first().textContent()) ?? '', /\(edited\)/);

    page.once('dialog', (d) => void d.accept());
    await systemOpens(path);
    await page.getByText('Kadhimi in Washington').first().waitFor();
    await page.getByTestId('status').getByText('Opened “Kadhimi in Washington”.').waitFor();
    assert.equal(await page.getByText('unsaved changes').count(), 0, 'a review just opened has nothing unsaved');
  });

  await t.test('one lone article file is explained, not ignored', async () => {
    await systemOpens(AR);
    await page.getByRole('alert').getByText(/an Arabic and an English file together; it was given 1 file/).waitFor();
    assert.equal(await docTitle(), 'Kadhimi in Washington', 'the open review is untouched');
    await app.screenshot('open-files-01-one-file');
  });

  await t.test('one bilingual XLIFF from another tool opens as a review of its own', async () => {
    await systemOpens(join(seedDir, '..', 'formats', 'other-tool-2.0.xlf'));
    // The open review (the seed) also says "Al-Kazemi was very frank …": wait for the XLIFF's first segment on top.
    await page.waitForFunction(() => /^\s*وكان الكاظمي شديد الصراحة/.test(document.querySelector('.cell.source')?.textContent ?? ''));
    assert.match((await page.locator('.cell.target').first().textContent()) ?? '', /^Al-Kazemi was very frank\.$/);
  });

  assert.deepEqual(app.pageErrors, []);
});
