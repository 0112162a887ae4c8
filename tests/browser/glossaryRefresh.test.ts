/**
 * Two editors share one glossary file. While a review is open here, the other editor approves a spelling;
 * when this window comes back to the front the findings follow the new glossary, without reopening.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openAppForFile, type OpenedApp, seedDir, skipWithoutChromium } from './harness.js';
import { GlossaryStore, GLOSSARY_FILE_NAME } from '../../main/services/glossaryStore.js';

const skip = skipWithoutChromium;

let app: OpenedApp;
let page: Page;

openAppForFile((opened) => {
  app = opened;
  page = opened.page;
}, { open: [join(seedDir, 'article.ar.txt'), join(seedDir, 'article.en.txt')], waitFor: '.row' });

const kadhimiFinding = () => page.locator('li.finding', { hasText: 'الكاظمي' }).first();
const windowToFront = () => page.evaluate(() => window.dispatchEvent(new Event('focus')));

test('a glossary change saved by another editor reaches the open review', { skip }, async (t) => {
  await t.test('before: the most frequent spelling is proposed', async () => {
    await kadhimiFinding().waitFor();
    assert.match((await kadhimiFinding().textContent()) ?? '', /Use "Al-Kazemi", the most frequent form/);
  });

  await t.test('nothing changed: coming back to the window re-runs nothing and says nothing', async () => {
    await windowToFront();
    await page.waitForTimeout(300);
    assert.doesNotMatch((await page.getByTestId('status').textContent()) ?? '', /glossary changed/);
  });

  await t.test('another editor approves "Al-Kadhimi": the finding follows the glossary once the window is in front', async () => {
    const otherEditor = await GlossaryStore.open(join(app.dataDir, GLOSSARY_FILE_NAME));
    await otherEditor.upsert({ source: 'الكاظمي', target: 'Al-Kadhimi', kind: 'person', status: 'approved' }, 'Other Editor');
    await windowToFront();
    await page.getByTestId('status').getByText(/The glossary changed on disk/).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('li.finding')].some((li) => /الكاظمي/.test(li.textContent ?? '') && /Al-Kadhimi/.test(li.textContent ?? '') && !/most frequent form/.test(li.textContent ?? '')));
    await app.screenshot('glossary-refresh-01');
  });

  assert.deepEqual(app.pageErrors, []);
});
