/**
 * Names across reviews in the browser: a saved review's spelling of a name is what the next article is
 * checked against, through the real web bridge and the data folder; Settings forgets it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, skipWithoutChromium } from './harness.js';
import { NameMemoryStore } from '../../main/services/nameMemoryStore.js';

const skip = skipWithoutChromium;

const LAST_WEEK = {
  title: 'Kadhimi meets Biden',
  ar: 'التقى رئيس الوزراء العراقي مصطفى الكاظمي الرئيس الأمريكي في واشنطن.\n\nوقال الكاظمي إن المحادثات كانت صريحة.',
  en: 'Iraqi Prime Minister Mustafa Al-Kadhimi met the US President in Washington.\n\nAl-Kadhimi said the talks were frank.',
};
const TODAY = {
  title: 'Election date',
  ar: 'أكد رئيس الوزراء مصطفى الكاظمي أن الانتخابات ستجرى في موعدها.\n\nوأضاف الكاظمي أن الحكومة مستعدة.',
  en: 'Prime Minister Mustafa Al-Kazemi confirmed that the elections will be held on time.\n\nAl-Kazemi added that the government is ready.',
};

async function startReview(page: Page, article: { title: string; ar: string; en: string }): Promise<void> {
  await page.getByRole('button', { name: 'New review', exact: true }).click();
  await page.locator('#side-ar-paste').fill(article.ar);
  await page.locator('#side-en-paste').fill(article.en);
  await page.getByLabel('Title (optional)').fill(article.title);
  await page.getByRole('button', { name: 'Start review' }).click();
  await page.locator('.row').nth(1).waitFor();
}

/** The editor vouches for every segment: only reviewed (or exported) English teaches the names memory. */
async function markAllReviewed(page: Page): Promise<void> {
  const marks = page.getByRole('button', { name: /^Segment \d+ reviewed$/ });
  const n = await marks.count();
  for (let i = 0; i < n; i++) await marks.nth(i).click();
  await page.getByText(`${n} of ${n} segments reviewed`).waitFor();
}

async function save(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
}

test('a name saved as Kadhimi last week is flagged in today’s Kazemi article, fixed to the earlier spelling, and can be forgotten', { skip }, async () => {
  const app = await openApp();
  try {
    const { page, dataDir } = app;
    // Confirmations (discard the open review, forget the names) are answered yes.
    page.on('dialog', (d) => void d.accept().catch(() => undefined));
    await startReview(page, LAST_WEEK);
    assert.equal(await page.locator('[data-finding^="name-"]').count(), 0, 'last week’s article is consistent');
    const file = join(dataDir, 'name-memory.json');
    // Saved before any segment is reviewed: the machine translation teaches the memory nothing.
    await save(page);
    await page.waitForTimeout(800);
    assert.equal(existsSync(file), false, 'nothing reviewed, nothing remembered');
    await markAllReviewed(page);
    await save(page);
    for (let i = 0; i < 50 && !existsSync(file); i++) await page.waitForTimeout(100);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { articles: Array<{ title: string; names: Array<{ arabic: string; spellings: Array<{ written: string }> }> }> };
    assert.deepEqual(stored.articles.map((a) => a.title), ['Kadhimi meets Biden']);
    const kadhimi = stored.articles[0]!.names.find((n) => n.arabic === 'الكاظمي');
    assert.deepEqual(kadhimi?.spellings.map((s) => s.written), ['Kadhimi']);

    await startReview(page, TODAY);
    const finding = page.locator('[data-finding="name-earlier-articles:الكاظمي"]');
    await finding.waitFor();
    assert.match((await finding.locator('.finding-message').textContent()) ?? '', /written "Al-Kazemi" here but "Kadhimi" in an earlier article \(“Kadhimi meets Biden”\)\. Use "Al-Kadhimi"/);
    await finding.locator('.finding-toggle').click();
    const earlier = finding.getByRole('radio', { name: /Al-Kadhimi/ });
    assert.equal(await earlier.isChecked(), true, 'the earlier spelling is offered and chosen, though this article never writes it');
    await app.screenshot('name-memory-01-earlier-spelling');
    await finding.getByRole('button', { name: /Fix all → “Al-Kadhimi”/ }).click();
    await page.getByTestId('status').getByText(/Replaced 2 places/).waitFor();
    await finding.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Show changes' }).uncheck();
    assert.equal(await page.locator('.cell.target', { hasText: 'Al-Kazemi' }).count(), 0);
    assert.equal(await page.locator('.cell.target', { hasText: 'Mustafa Al-Kadhimi confirmed' }).count(), 1);

    // Exporting the corrected English remembers it too, as a review never saved may still be published.
    await page.getByRole('navigation', { name: 'Review' }).getByRole('button', { name: 'Export' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    await exportDialog.getByRole('radio', { name: /plain text/ }).check();
    await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    const titles = (): string[] => (JSON.parse(readFileSync(file, 'utf8')) as { articles: Array<{ title: string }> }).articles.map((a) => a.title);
    for (let i = 0; i < 50 && titles().length < 2; i++) await page.waitForTimeout(100);
    assert.deepEqual(titles(), ['Election date', 'Kadhimi meets Biden']);
    const today = (JSON.parse(readFileSync(file, 'utf8')) as typeof stored).articles[0]!.names.find((n) => n.arabic === 'الكاظمي');
    assert.deepEqual(today?.spellings.map((s) => s.written), ['Kadhimi'], 'as exported, after the fix');

    // Forgetting the earlier reviews in Settings takes the question away from a fresh Kazemi article.
    await page.getByRole('button', { name: 'Settings' }).click();
    const names = page.getByRole('region', { name: 'Names from earlier reviews' });
    await names.getByText('Names of 2 saved reviews are remembered.').waitFor();
    await names.getByRole('button', { name: 'Forget them' }).click();
    await names.getByText('No reviews remembered yet.').waitFor();
    await app.screenshot('name-memory-02-forgotten');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await startReview(page, TODAY);
    await page.locator('[data-finding]').first().waitFor({ state: 'attached', timeout: 5000 }).catch(() => undefined);
    assert.equal(await page.locator('[data-finding="name-earlier-articles:الكاظمي"]').count(), 0);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('the seed’s “Linda Thomas Granfield” is flagged once a saved review wrote Linda Thomas-Greenfield, and fixed to Thomas-Greenfield', { skip }, async () => {
  const app = await openApp();
  try {
    const { page, dataDir } = app;
    page.on('dialog', (d) => void d.accept().catch(() => undefined));
    await startReview(page, {
      title: 'UN vote',
      ar: 'وقالت المندوبة الأمريكية ليندا توماس غرينفيلد إن بلادها ستصوت ضد القرار.\n\nوأضافت توماس غرينفيلد أن المفاوضات مستمرة.',
      en: 'US Ambassador Linda Thomas-Greenfield said her country would vote against the resolution.\n\nThomas-Greenfield added that negotiations were continuing.',
    });
    await markAllReviewed(page);
    await save(page);
    const file = join(dataDir, 'name-memory.json');
    for (let i = 0; i < 50 && !existsSync(file); i++) await page.waitForTimeout(100);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { articles: Array<{ names: Array<{ arabic: string; writtenIn?: string[] }> }> };
    assert.deepEqual(stored.articles[0]!.names.find((n) => n.arabic === 'غرينفيلد')?.writtenIn, ['ليندا توماس غرينفيلد', 'توماس غرينفيلد'], 'kept as a word of her full name');

    const seed = new URL('../fixtures/seed/', import.meta.url);
    await startReview(page, { title: 'Kadhimi’s message', ar: readFileSync(new URL('article.ar.txt', seed), 'utf8'), en: readFileSync(new URL('article.en.txt', seed), 'utf8') });
    const finding = page.locator('[data-finding="name-earlier-articles:غرينفيلد"]');
    await finding.waitFor();
    assert.match((await finding.locator('.finding-message').textContent()) ?? '', /غرينفيلد \(in ليندا توماس غرينفيلد\) is written "Granfield" here but "Greenfield" in an earlier article \(“UN vote”\)/);
    await finding.locator('.finding-toggle').click();
    await app.screenshot('name-memory-04-foreign-full-name');
    await finding.getByRole('button', { name: /Fix all → “Greenfield”/ }).click();
    await finding.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Show changes' }).uncheck();
    assert.equal(await page.locator('.cell.target', { hasText: 'Linda Thomas Greenfield, head of the US delegation' }).count(), 1);
    // The desk's hyphen is a note of its own, and its fix writes the hyphen only.
    const hyphen = page.locator('[data-finding^="name-joins:"]', { hasText: 'توماس غرينفيلد' });
    await hyphen.waitFor();
    assert.match((await hyphen.locator('.finding-message').textContent()) ?? '', /توماس غرينفيلد is written with a space here \("Thomas Greenfield", 1×\) but with a hyphen in an earlier article \(“UN vote”\)\. Use a hyphen here too\./);
    await hyphen.locator('.finding-toggle').click();
    await app.screenshot('name-memory-06-desk-hyphen');
    await hyphen.getByRole('button', { name: /Apply suggested fix/ }).click();
    await hyphen.waitFor({ state: 'detached' });
    assert.equal(await page.locator('.cell.target', { hasText: 'Linda Thomas-Greenfield, head of the US delegation' }).count(), 1);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('a desk shares the names of earlier reviews beside its shared glossary: another editor’s save reaches the open review', { skip }, async () => {
  const desk = mkdtempSync(join(tmpdir(), 'tadqiq-desk-'));
  const app = await openApp();
  try {
    const { page, dataDir } = app;
    page.on('dialog', (d) => void d.accept().catch(() => undefined));
    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await page.getByLabel('Shared glossary file').fill('desk.json');
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await settings.getByRole('alert').getByText(/give the full path of the glossary file/).waitFor();
    await page.getByLabel('Shared glossary file').fill(join(desk, 'dsek', 'desk.json'));
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await settings.getByRole('alert').getByText(/dsek does not exist or cannot be reached from this computer/).waitFor();
    await page.getByLabel('Shared glossary file').fill(join(desk, 'desk.json'));
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor({ state: 'detached' });

    await startReview(page, TODAY);
    assert.equal(await page.locator('[data-finding^="name-earlier-articles"]').count(), 0, 'nobody has written the name yet');
    // Meanwhile another editor of the desk saves a review that writes Kadhimi, into the same file.
    const other = await NameMemoryStore.open(join(desk, 'desk.names.json'), { shared: true });
    await other.remember({ id: 'elsewhere', title: 'Kadhimi meets Biden', recordedAt: '2026-11-28T08:00:00.000Z', names: [{ key: 'كاظمي', arabic: 'الكاظمي', spellings: [{ key: 'kadhimi', written: 'Kadhimi', mentions: 2 }] }] });
    // The window comes back to the front: the memory is read again, and the open review is checked against it.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const finding = page.locator('[data-finding="name-earlier-articles:الكاظمي"]');
    await finding.waitFor();
    assert.match((await finding.locator('.finding-message').textContent()) ?? '', /"Kadhimi" in an earlier article \(“Kadhimi meets Biden”\)/);

    await markAllReviewed(page);
    await save(page);
    const file = join(desk, 'desk.names.json');
    const ids = (): string[] => (JSON.parse(readFileSync(file, 'utf8')) as { articles: Array<{ id: string }> }).articles.map((a) => a.id);
    for (let i = 0; i < 50 && ids().length < 2; i++) await page.waitForTimeout(100);
    assert.equal(ids().length, 2, 'this review joins the other editor’s in the desk’s file');
    assert.equal(ids()[1], 'elsewhere');
    assert.equal(existsSync(join(dataDir, 'name-memory.json')), false, 'nothing in this computer’s data folder');

    await page.getByRole('button', { name: 'Settings' }).click();
    const names = page.getByRole('region', { name: 'Names from earlier reviews' });
    await names.getByText('Names of 2 saved reviews are remembered.').waitFor();
    await names.getByText(`They are kept beside the shared glossary, in ${file}, for every editor who uses it.`).waitFor();
    await names.getByText('Show the reviews').click();
    await app.screenshot('name-memory-05-shared-desk');
    // The other editor's review should not guide this desk after all: forget it alone.
    await names.getByRole('button', { name: 'Forget the names of “Kadhimi meets Biden”' }).click();
    await names.getByText('Names of 1 saved review are remembered.').waitFor();
    await names.getByText('The names of “Kadhimi meets Biden” were forgotten.').waitFor();
    assert.deepEqual(ids().length, 1);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await finding.waitFor({ state: 'detached' });
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('a memory that cannot be read or written says so in plain words, and the review is saved all the same', { skip }, async () => {
  // A folder where the memory file should be: unreadable as a file, and no file can be renamed over it.
  const app = await openApp({ prepare: (dataDir) => mkdirSync(join(dataDir, 'name-memory.json')) });
  try {
    const { page } = app;
    page.on('dialog', (d) => void d.accept().catch(() => undefined));
    const banner = page.getByRole('alert');
    await banner.getByText(/could not read the names of earlier reviews \(EISDIR\); names are checked without them for now/).waitFor();
    await startReview(page, LAST_WEEK);
    await markAllReviewed(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
    assert.match(download.suggestedFilename(), /\.tadqiq$/, 'the review itself is saved');
    await banner.getByText(/The names of this review could not be kept for checking later articles: Could not read "name-memory\.json" \(EISDIR\), so nothing was written to it\. The review itself is not affected\./).waitFor();
    await app.screenshot('name-memory-03-cannot-write');
  } finally {
    await app.close();
  }
});
