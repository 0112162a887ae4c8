/**
 * Saving, reopening and recovering a review in the browser (web bridge: downloads and the file picker
 * stand in for native dialogs; unsaved work is autosaved in the data folder).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { chromiumAvailable, openApp } from './harness.js';

const skip = chromiumAvailable() ? false : 'Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)';

const ARABIC = 'يزور رئيس الوزراء العراقي مصطفى الكاظمي واشنطن نهاية الشهر.\n\nوقال الكاظمي إن الحوار مستمر.';
const ENGLISH = 'Iraqi Prime Minister Mustafa Al-Kadhimi visits Washington at the end of the month.\n\nAl-Kazemi said the dialogue continues.';

async function startPastedReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New review', exact: true }).click();
  await page.locator('#side-ar-paste').fill(ARABIC);
  await page.locator('#side-en-paste').fill(ENGLISH);
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.locator('.row').nth(1).waitFor();
}

async function editSecondSegment(page: Page, text: string): Promise<void> {
  await page.locator('.cell.target').nth(1).click();
  await page.locator('textarea.editor').fill(text);
  await page.locator('textarea.editor').press('Enter');
}

test('save downloads the review with its edits; Open brings it back', { skip }, async () => {
  const app = await openApp();
  try {
    const { page } = app;
    await startPastedReview(page);
    await editSecondSegment(page, 'Al-Kadhimi said the dialogue continues.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
    assert.match(download.suggestedFilename(), /\.tadqiq$/);
    const path = await download.path();
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { edits: Record<string, string>; format: string };
    assert.equal(saved.format, 'tadqiq-review');
    assert.deepEqual(Object.values(saved.edits), ['Al-Kadhimi said the dialogue continues.']);

    await editSecondSegment(page, 'Something else entirely.');
    page.once('dialog', (d) => void d.accept());
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
    await chooser.setFiles(path);
    // With "Show changes" on, an edited segment reads as a diff; compare the plain current English.
    await page.getByRole('checkbox', { name: 'Show changes' }).uncheck();
    await page.locator('.cell.target', { hasText: 'Al-Kadhimi said the dialogue continues.' }).waitFor();
    assert.equal(await page.locator('.cell.target', { hasText: 'Something else entirely' }).count(), 0);
    await app.screenshot('review-files-01-reopened');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('unsaved work is autosaved and offered back after the page is closed', { skip }, async () => {
  const app = await openApp();
  try {
    const { page } = app;
    await startPastedReview(page);
    await editSecondSegment(page, 'Kadhimi said talks go on.');
    await page.waitForTimeout(3000);
    page.once('dialog', (d) => void d.accept());
    await page.goto(app.bridge.origin + '/');
    const restore = page.getByRole('region', { name: 'Unsaved work from an earlier session' });
    await restore.waitFor();
    await app.screenshot('review-files-02-restorable');
    await restore.getByRole('button', { name: 'Restore' }).first().click();
    await page.getByRole('checkbox', { name: 'Show changes' }).uncheck();
    await page.locator('.cell.target', { hasText: 'Kadhimi said talks go on.' }).waitFor();
  } finally {
    await app.close();
  }
});
