/**
 * Retranslate one segment with DeepL from the review screen, in Chromium through the web bridge and the
 * fake DeepL server: the new English appears beside the old with the changes marked, the editor chooses,
 * and the choice is one step that Undo takes back. A quota error (456) is told in the row and changes
 * nothing; Try again then works.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { approveTerms, axeViolations, openAppForFile, type OpenedApp, seedDir, skipWithoutChromium } from './harness.js';
import { fakeDeeplForFile, type FakeDeepl } from '../helpers/fakeDeepl.js';
import { GlossaryStore, GLOSSARY_FILE_NAME } from '../../main/services/glossaryStore.js';

const KEY = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a:fx';
const skip = skipWithoutChromium;

let fake: FakeDeepl;
let app: OpenedApp;
let page: Page;

fakeDeeplForFile({ authKey: KEY }, KEY, (started) => (fake = started), skip);
openAppForFile(async (opened) => {
  app = opened;
  page = opened.page;
  await approveTerms(app, [{ source: 'الكاظمي', target: 'Al-Kadhimi', kind: 'person' }]);
}, { open: [join(seedDir, 'article.ar.txt'), join(seedDir, 'article.en.txt')], waitFor: '.row' });

let segmentId = '';
const bluntRow = (): Locator =>
  segmentId ? page.locator(`.row[data-segment="${segmentId}"]`) : page.locator('.row', { hasText: 'The blunt American frankness put Al-' }).first();

/** The grid is virtualized: bring the row into the DOM the way an editor would, with Find. */
async function goToBluntRow(): Promise<Locator> {
  await page.keyboard.press('Control+F');
  await page.locator('#find-input').fill('The blunt American frankness');
  await page.keyboard.press('Escape');
  await bluntRow().waitFor();
  return bluntRow();
}
/** The English the row reads as now: an edited row shows its changes, so deleted words and labels are left out. */
const englishOf = (row: Locator): Promise<string> =>
  row.locator('.cell.target').evaluate((cell) => {
    const copy = cell.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('del, button, .tag').forEach((n) => n.remove());
    return copy.textContent ?? '';
  });

test('retranslate one segment with DeepL', { skip }, async (t) => {
  let number = '';

  await t.test('the row offers DeepL; the new English shows beside the current one with the changes marked', async () => {
    const row = await goToBluntRow();
    segmentId = (await row.getAttribute('data-segment')) ?? '';
    number = (await row.locator('.gutter .number').textContent()) ?? '';
    assert.match(await englishOf(row), /put Al-Kazemi in great embarrassment/);
    const sent = fake.state.requestsTo('/v2/translate').length;

    await row.hover();
    await row.getByRole('button', { name: `Retranslate segment ${number} with DeepL` }).click();
    const panel = row.getByRole('group', { name: `Retranslate segment ${number} with DeepL` });
    await panel.getByTestId('retranslate-new').waitFor();

    assert.match((await panel.getByTestId('retranslate-current').textContent()) ?? '', /Al-Kazemi/);
    assert.match((await panel.getByTestId('retranslate-new').textContent()) ?? '', /Al-Kadhimi/, 'the approved glossary form came through DeepL');
    assert.match((await panel.locator('ins.diff-ins').allTextContents()).join(' '), /Kadhimi/, 'what would change is marked');
    assert.match(await englishOf(row), /Al-Kazemi/, 'nothing changes before the editor chooses');

    const requests = fake.state.requestsTo('/v2/translate').slice(sent);
    assert.equal(requests.length, 1, 'one segment, one request');
    const r = requests[0]!;
    assert.equal(r.params.text?.length, 1, 'only this segment is translated');
    assert.ok(r.params.glossary_id?.[0], 'with the approved glossary');
    assert.ok((r.params.context?.[0] ?? '').length > 0, 'with the surrounding Arabic as context');
    assert.ok(!r.params.context![0]!.includes(r.params.text![0]!), 'the context is the neighbours, not the segment itself');

    assert.deepEqual(await axeViolations(page), []);
    await app.screenshot('retranslate-01-choice');
  });

  await t.test('choosing the new translation is one edit, and Undo takes it back', async () => {
    const row = bluntRow();
    await row.getByRole('button', { name: 'Use the new translation' }).click();
    await row.getByRole('group').waitFor({ state: 'detached' });
    assert.match(await englishOf(row), /Al-Kadhimi/);
    assert.doesNotMatch(await englishOf(row), /Al-Kazemi/);
    await row.locator('.tag-edited').waitFor();
    await page.getByTestId('status').getByText(`Segment ${number} now reads as DeepL translated it.`, { exact: false }).waitFor();
    await app.screenshot('retranslate-02-chosen');

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByTestId('status').getByText(`Undone: retranslate segment ${number} with DeepL.`).waitFor();
    const back = bluntRow();
    assert.match(await englishOf(back), /put Al-Kazemi in great embarrassment/, 'one Undo restores the machine translation');
    assert.equal(await back.locator('.tag-edited').count(), 0);
  });

  await t.test('out of quota (456): the row says so, nothing changes, and Try again works once the quota is back', async () => {
    fake.setMode({ kind: 'status', status: 456, times: 1, path: '/v2/translate' });
    const row = bluntRow();
    // From the keyboard: focus the English, then the menu shortcut.
    await row.locator('.cell.target').focus();
    await page.keyboard.press('Control+Shift+D');
    const panel = row.getByRole('group', { name: `Retranslate segment ${number} with DeepL` });
    await panel.getByRole('alert').getByText(/quota/).waitFor();
    assert.match(await englishOf(row), /Al-Kazemi/, 'the English is untouched');
    await app.screenshot('retranslate-03-quota');

    await panel.getByRole('button', { name: 'Try again' }).click();
    await panel.getByTestId('retranslate-new').waitFor();
    await panel.getByRole('button', { name: 'Keep the current one' }).click();
    await panel.waitFor({ state: 'detached' });
    assert.match(await englishOf(row), /Al-Kazemi/, 'keeping the current one changes nothing');
    assert.equal(await row.locator('.tag-edited').count(), 0);
  });

  await t.test('an English-only row (page clutter) offers no retranslation', async () => {
    const clutter = page.locator('.row.target-only').first();
    await clutter.scrollIntoViewIfNeeded();
    await clutter.hover();
    assert.equal(await clutter.getByRole('button', { name: /Retranslate/ }).count(), 0);
  });

  await t.test('a glossary term DeepL would refuse is named in the row, and the rest of the glossary still applies', async () => {
    const store = await GlossaryStore.open(join(app.dataDir, GLOSSARY_FILE_NAME));
    await store.upsert({ source: 'الفجة', target: `blunt ${'very '.repeat(250)}`.trim(), kind: 'term', status: 'approved' }, 'Test Editor');
    const row = bluntRow();
    await row.locator('.cell.target').focus();
    await page.keyboard.press('Control+Shift+D');
    const panel = row.getByRole('group', { name: `Retranslate segment ${number} with DeepL` });
    await panel.getByTestId('retranslate-new').waitFor();
    assert.match((await panel.locator('.notices').textContent()) ?? '', /1 glossary term was not sent to DeepL/);
    assert.match((await panel.locator('.notices').textContent()) ?? '', /الفجة/);
    assert.match((await panel.getByTestId('retranslate-new').textContent()) ?? '', /Al-Kadhimi/, 'the valid terms still steer DeepL');
    await panel.getByRole('button', { name: 'Keep the current one' }).click();
  });

  assert.deepEqual(app.pageErrors, []);
});
