/**
 * The review screen end to end, in Chromium through the web bridge, on the seed pair: open it, find the
 * Kadhimi/Kazemi group, fix it everywhere, undo and redo, edit a segment and see the diff, ignore a
 * finding, walk findings by keyboard, and pass an accessibility scan. Screenshots go to test-results/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, openApp, openAppForFile, type OpenedApp, seedDir, skipWithoutChromium } from './harness.js';

const AR = join(seedDir, 'article.ar.txt');
const EN = join(seedDir, 'article.en.txt');
const skip = skipWithoutChromium;

let app: OpenedApp;
let page: Page;

openAppForFile((opened) => {
  app = opened;
  page = opened.page;
});

/** The corrected English, as the Export button downloads it (the browser has no native save dialog). */
async function exportedEnglish(): Promise<string> {
  await page.getByRole('navigation', { name: 'Review' }).getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: /plain text/ }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  await dialog.waitFor({ state: 'detached' });
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

function count(text: string, word: string): number {
  return text.split(word).length - 1;
}

async function findingsTotal(): Promise<number> {
  return Number(await page.getByTestId('findings-total').textContent());
}

const kadhimiFinding = () => page.locator('li.finding', { hasText: /Kazemi|Kadhimi/ }).first();

test('the review screen on the seed pair', { skip }, async (t) => {
  await t.test('before any review: an empty state that says what to do', async () => {
    await page.getByRole('heading', { name: /Check a machine translation/ }).waitFor();
    await app.screenshot('review-01-empty');
  });

  await t.test('new review: both files picked, encodings shown, review opens side by side', async () => {
    await page.getByRole('button', { name: 'New review', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New review' });
    await dialog.waitFor();
    await page.locator('#side-ar-file').setInputFiles(AR);
    await page.locator('#side-en-file').setInputFiles(EN);
    await assert.doesNotReject(page.getByTestId('side-ar-status').getByText('encoding: utf-8').waitFor());
    assert.match((await page.getByTestId('side-ar-status').textContent()) ?? '', /article\.ar\.txt/);
    assert.match((await page.getByTestId('side-en-status').textContent()) ?? '', /article\.en\.txt.*encoding: utf-8/);
    await app.screenshot('review-02-new-review-dialog');
    await dialog.getByRole('button', { name: 'Start review' }).click();
    await page.locator('.row').first().waitFor();
    await dialog.waitFor({ state: 'detached' });

    const arabic = page.locator('.cell.source[dir="rtl"][lang="ar"]').first();
    assert.match((await arabic.textContent()) ?? '', /[\u0600-\u06FF]/);
    const english = page.locator('.cell.target[dir="ltr"][lang="en"]').first();
    assert.match((await english.textContent()) ?? '', /Iraqi-American strategic\sdialogue/);
    assert.equal(await page.locator('[dir="auto"]').count(), 0, 'direction always comes from the known language');
    const font = await arabic.evaluate((el) => getComputedStyle(el).fontFamily);
    assert.match(font, /Noto Naskh Arabic/);
    await app.screenshot('review-03-side-by-side');
  });

  await t.test('web clutter at the end is marked as English only', async () => {
    await page.locator('.grid-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const clutter = page.locator('.row.target-only', { hasText: 'Leave a Reply' });
    await clutter.waitFor();
    assert.match((await clutter.locator('.cell.source').textContent()) ?? '', /English only/);
    await app.screenshot('review-04-clutter-marked');
    await page.locator('.grid-scroller').evaluate((el) => el.scrollTo(0, 0));
  });

  await t.test('the Kadhimi/Kazemi name group: forms with counts and the Arabic source', async () => {
    const finding = kadhimiFinding();
    await finding.waitFor();
    await finding.locator('.finding-toggle').click();
    const forms = finding.locator('.form-choice');
    const texts = await forms.allTextContents();
    assert.ok(texts.some((x) => /Al-Kadhimi/.test(x)), `forms offered: ${texts.join(' | ')}`);
    assert.ok(texts.some((x) => /Al-Kazemi/.test(x)), `forms offered: ${texts.join(' | ')}`);
    assert.match((await finding.locator('.arabic-source').textContent()) ?? '', /الكاظمي/);
    await app.screenshot('review-05-name-group');
  });

  await t.test('hovering a mention highlights its Arabic anchor and shows the group', async () => {
    const mention = page.locator('.mention', { hasText: /^Al-Kadhimi$/ }).first();
    await mention.scrollIntoViewIfNeeded();
    await mention.hover();
    await page.getByRole('tooltip').waitFor();
    assert.match((await page.getByRole('tooltip').textContent()) ?? '', /Al-Kazemi/);
    const anchor = page.locator('.cell.source mark.anchor-current').first();
    await anchor.waitFor();
    assert.match((await anchor.textContent()) ?? '', /كاظمي/);
    await app.screenshot('review-06-mention-hover');
    await page.mouse.move(5, 5);
  });

  let kazemiBefore = 0;
  await t.test('pick the preferred form and Fix all: every occurrence changes', async () => {
    const before = await exportedEnglish();
    kazemiBefore = count(before, 'Kazemi');
    assert.ok(kazemiBefore >= 5, `the MT has Al-Kazemi many times (found ${kazemiBefore})`);
    const finding = kadhimiFinding();
    await finding.getByRole('radio', { name: /Al-Kadhimi/ }).check();
    await finding.getByRole('button', { name: /Fix all/ }).click();
    await page.getByTestId('status').getByText(/Replaced \d+ places/).waitFor();
    const fixed = await exportedEnglish();
    assert.equal(count(fixed, 'Kazemi'), 0, 'no Al-Kazemi left anywhere');
    assert.equal(count(fixed, 'Kadhimi'), count(before, 'Kadhimi') + kazemiBefore);
    await app.screenshot('review-07-fixed-all');
  });

  await t.test('Undo takes the whole fix back in one step; Redo reapplies it', async () => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+z');
    await page.getByTestId('status').getByText(/Undone/).waitFor();
    assert.equal(count(await exportedEnglish(), 'Kazemi'), kazemiBefore);
    await app.screenshot('review-08-undone');
    await page.keyboard.press('Control+Shift+z');
    await page.getByTestId('status').getByText(/Redone/).waitFor();
    assert.equal(count(await exportedEnglish(), 'Kazemi'), 0);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await page.getByTestId('status').getByText(/Redone/).waitFor();
    assert.equal(count(await exportedEnglish(), 'Kazemi'), 0, 'Ctrl+Y redoes too');
    await app.screenshot('review-09-redone');
  });

  await t.test('edit a segment in place and see the word diff from the MT', async () => {
    const cell = page.locator('.cell.target', { hasText: 'seriousness of Iraqi boredom' });
    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    const editor = page.locator('textarea.editor');
    await editor.waitFor();
    const text = await editor.inputValue();
    await editor.fill(text.replace('Iraqi boredom', 'Iraqi discontent'));
    await page.locator('.diff-preview ins', { hasText: 'discontent' }).waitFor();
    await app.screenshot('review-10-editing');
    await editor.press('Enter');
    await editor.waitFor({ state: 'detached' });
    const edited = page.locator('.cell.target', { hasText: 'discontent' });
    assert.equal(await edited.locator('ins.diff-ins').first().textContent(), 'discontent');
    assert.equal(await edited.locator('del.diff-del').first().textContent(), 'boredom');
    assert.match(await exportedEnglish(), /seriousness of Iraqi discontent\./);
    await page.getByRole('checkbox', { name: 'Show changes' }).uncheck();
    assert.equal(await edited.locator('del').count(), 0, 'the diff can be hidden');
    await page.getByRole('checkbox', { name: 'Show changes' }).check();
    await app.screenshot('review-11-edited-diff');
  });

  await t.test('ignore a finding: the count drops and it is listed under Ignored', async () => {
    const total = await findingsTotal();
    const finding = page.locator('[data-check="clutter"] li.finding').first();
    await finding.locator('.finding-toggle').click();
    await finding.getByRole('button', { name: 'Ignore' }).click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="findings-total"]')?.textContent) === n, total - 1);
    assert.equal(await findingsTotal(), total - 1);
    await page.getByRole('button', { name: /Ignored \(1\)/ }).waitFor();
    await app.screenshot('review-12-ignored');
  });

  await t.test('F8 / Shift+F8 walk the findings and move focus to the segment', async () => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('F8');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-segment-target'));
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-segment-target'));
    const pos1 = await page.locator('.stop-position').textContent();
    await page.keyboard.press('F8');
    await page.waitForFunction((p) => document.querySelector('.stop-position')?.textContent !== p, pos1);
    const pos2 = await page.locator('.stop-position').textContent();
    assert.notEqual(pos1, pos2);
    await page.keyboard.press('Shift+F8');
    await page.waitForFunction((p) => document.querySelector('.stop-position')?.textContent === p, pos1);
    // Focus follows once the row has scrolled into view, a frame or two after the position is shown.
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-segment-target') === id, first, { timeout: 3000 }).catch(() => undefined);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-segment-target')), first);
    assert.ok(await page.locator('li.finding.active').count(), 'the finding is marked in the panel');
    await app.screenshot('review-13-keyboard-navigation');
  });

  await t.test('Find (Ctrl+F) counts matches across the review', async () => {
    await page.keyboard.press('Control+f');
    await page.locator('#find-input').fill('Washington');
    await page.locator('.find-count', { hasText: /of \d+/ }).waitFor();
    const n = Number(/of (\d+)/.exec((await page.locator('.find-count').textContent()) ?? '')?.[1]);
    assert.ok(n >= 5, `Washington appears many times (found ${n})`);
    assert.ok((await page.locator('mark.find-match').count()) > 0);
    await app.screenshot('review-14-find');
    await page.locator('#find-input').press('Escape');
  });

  await t.test('Replace all rewrites the English matches as one undo step; an Arabic match is found but not replaced', async () => {
    await page.keyboard.press('Control+f');
    await page.locator('#find-input').fill('the crowd');
    await page.locator('.find-count', { hasText: /of \d+/ }).waitFor();
    await page.locator('#replace-input').fill('the Popular Mobilization Forces');
    const all = page.getByRole('button', { name: /^Replace all in English/ });
    const n = Number(/\((\d+)\)/.exec((await all.textContent()) ?? '')?.[1]);
    assert.ok(n >= 2, `the seed says "the crowd" at least twice (found ${n})`);
    await all.click();
    await page.getByTestId('status').getByText(new RegExp(`Replaced ${n} places`)).waitFor();
    await page.locator('.find-count', { hasText: 'No matches' }).waitFor();
    await app.screenshot('review-15a-replaced');
    const replaced = await exportedEnglish();
    assert.equal(count(replaced, 'the crowd'), 0);
    assert.ok(replaced.includes('the leader of the Popular Mobilization Forces, considering the Popular Mobilization Forces'));
    // One step back restores every place.
    await page.keyboard.press('Control+z');
    assert.equal(count(await exportedEnglish(), 'the crowd'), n);
    // The Arabic is the source: its matches are found, the Replace button is off while one is current.
    await page.keyboard.press('Control+f');
    await page.locator('#find-input').fill('الحشد');
    await page.locator('.find-count', { hasText: /of \d+/ }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Replace', exact: true }).isDisabled(), true);
    assert.equal(await all.isDisabled(), true);
    await page.locator('#find-input').press('Escape');
  });

  await t.test('mark segments reviewed: the ✓ toggles, Ctrl+Enter marks and moves on, and an edit puts a segment back on the list', async () => {
    await page.getByTestId('segments').evaluate((el) => { el.scrollTop = 0; });
    const progress = page.getByTestId('review-progress');
    const total = Number(/of (\d+)/.exec((await progress.textContent()) ?? '')?.[1]);
    assert.ok(total > 20, `the seed has many segments (progress says ${total})`);
    assert.match((await progress.textContent()) ?? '', /^0 of \d+ segments reviewed/);
    const mark = (n: number) => page.getByRole('button', { name: `Segment ${n} reviewed`, exact: true });
    await mark(1).click();
    assert.equal(await mark(1).getAttribute('aria-pressed'), 'true');
    await progress.getByText(`1 of ${total} segments reviewed`).waitFor();
    // Keyboard: on segment 2, Ctrl+Enter marks it and goes to the next segment not reviewed.
    await page.locator('.row', { has: mark(2) }).locator('.cell.target').focus();
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('status').getByText(`Segment 2 reviewed; 2 of ${total} reviewed.`).waitFor();
    assert.equal(await mark(2).getAttribute('aria-pressed'), 'true');
    await page.waitForFunction(() => document.activeElement?.closest('.row')?.querySelector('.number')?.textContent === '3');
    await app.screenshot('review-15b-reviewed');
    // Editing segment 1 changes the English it was reviewed as: it is no longer counted. Undo restores both.
    await page.locator('.row', { has: mark(1) }).locator('.cell.target').click();
    const editor = page.locator('textarea.editor');
    await editor.fill(`${await editor.inputValue()} (draft)`);
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });
    assert.equal(await mark(1).getAttribute('aria-pressed'), 'false');
    await progress.getByText(`1 of ${total} segments reviewed`).waitFor();
    await page.keyboard.press('Control+z');
    await progress.getByText(`2 of ${total} segments reviewed`).waitFor();
    // Clicking a set mark clears it.
    await mark(2).click();
    await progress.getByText(`1 of ${total} segments reviewed`).waitFor();
  });

  await t.test('show only the segments not reviewed, with findings, or edited; a jump still reaches a hidden segment', async () => {
    await page.getByTestId('segments').evaluate((el) => { el.scrollTop = 0; });
    const progress = page.getByTestId('review-progress');
    const [reviewed, total] = (/^(\d+) of (\d+)/.exec((await progress.textContent()) ?? '') ?? []).slice(1).map(Number);
    assert.equal(reviewed, 1, 'segment 1 is still marked from the test before');
    const picker = page.getByTestId('row-filter');
    const row = (n: number) => page.locator('.row', { has: page.locator('.number', { hasText: new RegExp(`^${n}$`) }) });
    const firstText = ((await row(1).locator('.cell.target').textContent()) ?? '').trim();
    assert.equal(await picker.locator('option[value="unreviewed"]').textContent(), `Not reviewed (${total! - 1})`);
    await picker.selectOption('unreviewed');
    await row(1).waitFor({ state: 'detached' });
    assert.equal(await page.locator('.row .number').first().textContent(), '2', 'rows keep their own numbers');
    // Marking a row reviewed takes it off the list; Ctrl+Enter marks and moves on to the next one left.
    await page.getByRole('button', { name: 'Segment 2 reviewed', exact: true }).click();
    await row(2).waitFor({ state: 'detached' });
    await row(3).locator('.cell.target').focus();
    await page.keyboard.press('Control+Enter');
    await row(3).waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.closest('.row')?.querySelector('.number')?.textContent === '4');
    await progress.getByText(`3 of ${total} segments reviewed`).waitFor();
    assert.equal(await picker.locator('option[value="unreviewed"]').textContent(), `Not reviewed (${total! - 3})`);
    await app.screenshot('review-15c-not-reviewed');
    // Find lands on segment 1 although it is reviewed: the row is shown where it belongs.
    await page.keyboard.press('Control+f');
    await page.locator('#find-input').fill(firstText.slice(0, 24));
    await row(1).waitFor();
    await page.locator('#find-input').press('Escape');
    // Only the rows with findings: each shows its finding count.
    await picker.selectOption('findings');
    await page.locator('.row').first().waitFor();
    const counts = await page.locator('.row').evaluateAll((rows) => rows.map((r) => r.querySelector('.badge')?.textContent ?? ''));
    assert.ok(counts.length > 0 && counts.every((c) => /\d/.test(c)), `every row shown has findings: ${JSON.stringify(counts)}`);
    // Only the edited rows (the fixes of the tests before).
    const edited = Number(/\((\d+)\)/.exec((await picker.locator('option[value="edited"]').textContent()) ?? '')?.[1]);
    assert.ok(edited > 0, 'earlier fixes edited some segments');
    await picker.selectOption('edited');
    await page.locator('.row').first().waitFor();
    const classes = await page.locator('.row').evaluateAll((rows) => rows.map((r) => r.className));
    assert.ok(classes.length <= edited && classes.every((c) => c.includes('edited')), JSON.stringify(classes));
    // A filter nothing matches says so and offers the way back: mark every remaining segment reviewed.
    await picker.selectOption('unreviewed');
    await page.locator('.row').first().waitFor();
    while ((await page.locator('.row').count()) > 0) {
      const n = Number(await page.locator('.row .number').first().textContent());
      await page.getByRole('button', { name: `Segment ${n} reviewed`, exact: true }).click();
      await row(n).waitFor({ state: 'detached' });
    }
    await page.getByText('Every segment is marked reviewed.').waitFor();
    await progress.getByText(`${total} of ${total} segments reviewed`).waitFor();
    await page.getByRole('button', { name: 'Show all segments' }).click();
    assert.equal(await picker.inputValue(), 'all');
    await row(2).waitFor();
  });

  await t.test('without a DeepL key the rows offer no DeepL, and the shortcut says where to add one', async () => {
    assert.equal(await page.locator('.row-action').count(), 0);
    await page.locator('.cell.target').first().focus();
    await page.keyboard.press('Control+Shift+D');
    await page.getByTestId('status').getByText('To retranslate a segment, add your DeepL API key in Settings.').waitFor();
  });

  await t.test('F1 lists the keyboard shortcuts from the menu\'s own table; Escape closes it', async () => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('F1');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const row = (name: string) => dialog.getByRole('row', { name: new RegExp(`^${name}`) });
    assert.equal(await row('Retranslate Segment with DeepL').locator('kbd').textContent(), 'Ctrl+Shift+D');
    assert.equal(await row('Next Finding').locator('kbd').textContent(), 'F8');
    assert.match((await row('New Review').textContent()) ?? '', /the browser keeps the key/);
    assert.equal(await row('New Review').locator('kbd').count(), 0);
    assert.deepEqual((await axeViolations(page)).map((v) => v.id), []);
    await app.screenshot('review-17-shortcuts');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  await t.test('no serious or critical accessibility violations on the review screen', async () => {
    const violations = await axeViolations(page);
    assert.deepEqual(violations, []);
  });

  await t.test('nothing went wrong in the page', () => {
    assert.deepEqual(app.pageErrors, []);
  });
});

test('the new-review dialog explains unreadable files and shows hidden bidi controls', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tadqiq-bad-'));
  const pdf = join(dir, 'article.pdf.txt');
  writeFileSync(pdf, Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nendobj\n', 'latin1'));
  const local = await openApp();
  try {
    const p = local.page;
    await p.getByRole('button', { name: 'New review', exact: true }).click();
    await p.locator('#side-ar-file').setInputFiles(pdf);
    const alert = p.getByTestId('side-ar').getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /PDF/);
    await local.screenshot('review-15-bad-file');

    await p.locator('#side-ar-paste').fill('قال مصطفى الكاظمي إن الحوار مستمر.');
    await p.locator('#side-en-paste').fill('Mustafa Al-Kadhimi said the \u202Eeugolaid\u202C continues.');
    await p.getByRole('button', { name: 'Start review' }).click();
    const control = p.locator('.cell.target abbr.bidi-control').first();
    await control.waitFor();
    assert.equal(await control.textContent(), 'RLO');
    assert.equal(await p.locator('.cell.target abbr.bidi-control').count(), 2);
    await local.screenshot('review-16-bidi-controls');
    assert.deepEqual(local.pageErrors, []);
  } finally {
    await local.close();
  }
});

test('a damaged settings file found at start is reported to the editor, with where the old file was kept', { skip }, async () => {
  const damaged = await openApp({ prepare: (dir) => writeFileSync(join(dir, 'settings.json'), '{"editorName": "Layla", "houseStyleArticle": ') });
  try {
    const banner = damaged.page.getByRole('alert');
    await banner.getByText(/Your settings file was unreadable, so default settings are in use\. A copy of the old file was kept as .*settings\.json\.corrupt-/).waitFor();
    await damaged.screenshot('review-18-settings-notice');
  } finally {
    await damaged.close();
  }
});
