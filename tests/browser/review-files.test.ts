/**
 * Saving, reopening and recovering a review in the browser (web bridge: downloads and the file picker
 * stand in for native dialogs; unsaved work is autosaved in the data folder).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReview } from '../../src/review/create.js';
import { serializeReview } from '../../src/review/file.js';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, openApp, type OpenedApp, skipWithoutChromium } from './harness.js';

const skip = skipWithoutChromium;

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

/** Edit a review, let autosave keep it, then leave the page: the start screen's "unsaved work" region. */
async function leaveUnsavedWork(app: OpenedApp, edit: string): Promise<Locator> {
  const { page } = app;
  await startPastedReview(page);
  await editSecondSegment(page, edit);
  await page.waitForTimeout(3000);
  page.once('dialog', (d) => void d.accept());
  await page.goto(app.bridge.origin + '/');
  const restore = page.getByRole('region', { name: 'Unsaved work from an earlier session' });
  await restore.waitFor();
  return restore;
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
    const restore = await leaveUnsavedWork(app, 'Kadhimi said talks go on.');
    await app.screenshot('review-files-02-restorable');
    await restore.getByRole('button', { name: 'Restore' }).first().click();
    await page.getByRole('checkbox', { name: 'Show changes' }).uncheck();
    await page.locator('.cell.target', { hasText: 'Kadhimi said talks go on.' }).waitFor();
  } finally {
    await app.close();
  }
});

test('unsaved work nobody wants can be discarded from the start screen, after a confirmation', { skip }, async () => {
  const app = await openApp();
  try {
    const { page } = app;
    const restore = await leaveUnsavedWork(app, 'A draft nobody wants.');
    const discard = restore.getByRole('button', { name: /^Discard the unsaved work on / }).first();
    page.once('dialog', (d) => void d.dismiss());
    await discard.click();
    assert.equal(await restore.getByRole('button', { name: 'Restore' }).count(), 1, 'declined: still offered');
    page.once('dialog', (d) => void d.accept());
    await discard.click();
    await restore.waitFor({ state: 'detached' });
    await app.screenshot('review-files-04-discarded');
    await page.getByTestId('status').getByText(/Discarded the unsaved work on/).waitFor();
    await page.goto(app.bridge.origin + '/');
    await page.getByRole('button', { name: 'Start a new review…' }).waitFor();
    assert.equal(await page.getByRole('region', { name: 'Unsaved work from an earlier session' }).count(), 0, 'gone for good');
  } finally {
    await app.close();
  }
});

test('a review opened before is listed on the start screen and opens with one click; a moved one is marked', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tadqiq-recent-'));
  const path = join(dir, 'Kadhimi visit.tadqiq');
  const gone = join(dir, 'Moved away.tadqiq');
  const make = (title: string) => serializeReview(createReview({ source: { name: 'a.ar.txt', text: ARABIC }, target: { name: 'a.en.txt', text: ENGLISH }, title }).review);
  writeFileSync(path, make('Kadhimi visit'));
  writeFileSync(gone, make('Moved away'));
  const app = await openApp({ open: [gone] });
  try {
    const { page } = app;
    await page.locator('.row').first().waitFor();
    rmSync(gone);
    // As if picked with Open… (main grants what the editor picks).
    app.bridge.services.grants.grantRead(path);
    await page.goto(`${app.bridge.origin}/?open=${encodeURIComponent(path)}`);
    await page.locator('.row').first().waitFor();
    await page.goto(app.bridge.origin + '/');
    const recent = page.getByRole('region', { name: 'Recent reviews' });
    await recent.waitFor();
    assert.match((await recent.textContent()) ?? '', /Moved away\.tadqiq · moved or deleted/);
    assert.equal(await recent.getByRole('button', { name: 'Moved away' }).isDisabled(), true);
    assert.deepEqual(await axeViolations(page), []);
    await app.screenshot('review-files-03-recent');
    await recent.getByRole('button', { name: 'Kadhimi visit' }).click();
    await page.locator('.doc-title', { hasText: 'Kadhimi visit' }).waitFor();
    await page.locator('.cell.target', { hasText: 'Al-Kazemi said the dialogue continues.' }).waitFor();
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
