/**
 * New review from the files editors actually get: the English as a Word document or a saved web page, a
 * bilingual XLIFF that fills both sides at once, and a PDF refused with what to do instead.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { Locator, Page } from 'playwright-core';
import { openAppForFile, type OpenedApp, repoRoot, seedDir, skipWithoutChromium } from './harness.js';

const skip = skipWithoutChromium;
const formats = join(repoRoot, 'tests', 'fixtures', 'formats');
const AR = join(seedDir, 'article.ar.txt');

let app: OpenedApp;
let page: Page;

openAppForFile((opened) => {
  app = opened;
  page = opened.page;
  page.on('dialog', (d) => void d.accept());
});

async function newReview(): Promise<Locator> {
  await page.getByRole('button', { name: 'New review', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'New review' });
  await dialog.waitFor();
  return dialog;
}

async function startAndRead(dialog: Locator): Promise<string> {
  await dialog.getByRole('button', { name: 'Start review' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.row').first().waitFor();
  return (await page.locator('.cell.target').allTextContents()).join('\n');
}

test('importing articles into a new review', { skip }, async (t) => {
  await t.test('the English as a Word document: its paragraphs become the machine translation', async () => {
    const english = readFileSync(join(seedDir, 'article.en.txt'), 'utf8').split('\n').filter((l) => l.trim());
    const docx = Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children: english.map((l) => new Paragraph(l)) }] })));
    const dialog = await newReview();
    await page.locator('#side-ar-file').setInputFiles(AR);
    await page.locator('#side-en-file').setInputFiles({ name: 'kadhimi.en.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
    await page.getByTestId('side-en-status').getByText('Word document').waitFor();
    assert.match((await page.locator('#side-en-paste').inputValue()).split('\n')[0]!, /^The complexities of the Iraqi-American strategic dialogue/);
    await app.screenshot('import-01-word');
    const shown = await startAndRead(dialog);
    assert.match(shown, /Iraqi Prime Minister Mustafa Al-Kadhimi is scheduled to visit Washington/);
  });

  await t.test('the English as a saved web page: the article is kept, menus, share buttons and scripts are not', async () => {
    const dialog = await newReview();
    await page.locator('#side-ar-file').setInputFiles(AR);
    await page.locator('#side-en-file').setInputFiles(join(formats, 'seed-page.html'));
    await page.getByTestId('side-en-status').getByText(/web page, article text kept/).waitFor();
    const text = await page.locator('#side-en-paste').inputValue();
    assert.match(text, /Al-Kazemi’s visit a few days ago to the Vatican/);
    assert.doesNotMatch(text, /Share on Facebook|gtag|Politics/);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  await t.test('a bilingual XLIFF dropped on one side fills both', async () => {
    const dialog = await newReview();
    await page.locator('#side-ar-file').setInputFiles(join(formats, 'other-tool-2.0.xlf'));
    await page.getByTestId('side-en-status').getByText(/XLIFF, both sides/).waitFor();
    assert.match(await page.locator('#side-ar-paste').inputValue(), /الكاظمي/);
    assert.match(await page.locator('#side-en-paste').inputValue(), /Al-Kazemi was very frank/);
    const shown = await startAndRead(dialog);
    assert.match(shown, /Al-Kazemi was very frank/);
  });

  await t.test('an XLIFF whose tool signed off a unit opens with that segment already marked reviewed', async () => {
    const xliff = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
      '  <file original="article" source-language="ar" target-language="en" datatype="plaintext"><body>',
      '    <group id="p1"><trans-unit id="1"><source>قال رئيس الوزراء مصطفى الكاظمي إن الانتخابات ستجري في موعدها.</source>',
      '      <target state="signed-off">Prime Minister Mustafa al-Kadhimi said the elections would be held on time.</target></trans-unit></group>',
      '    <group id="p2"><trans-unit id="2"><source>وأضاف أن الحكومة ستدعم المفوضية بكل ما تحتاجه.</source>',
      '      <target state="translated">He added that the government would give the commission all it needs.</target></trans-unit></group>',
      '  </body></file>',
      '</xliff>',
    ].join('\n');
    const dialog = await newReview();
    await page.locator('#side-ar-file').setInputFiles({ name: 'from-cat-tool.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xliff) });
    await page.getByTestId('side-en-status').getByText(/XLIFF, both sides/).waitFor();
    await startAndRead(dialog);
    await page.getByTestId('status').getByText('1 segment was already reviewed in the file and is marked so.', { exact: false }).waitFor();
    await page.getByTestId('review-progress').getByText('1 of 2 segments reviewed').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Segment 1 reviewed', exact: true }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByRole('button', { name: 'Segment 2 reviewed', exact: true }).getAttribute('aria-pressed'), 'false');
  });

  await t.test('a PDF is refused with what to do instead, and nothing else changes', async () => {
    const dialog = await newReview();
    await page.locator('#side-en-file').setInputFiles({ name: 'article.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
    await dialog.getByRole('alert').getByText(/"article\.pdf" is a PDF\. Copy the article text from it and paste it/).waitFor();
    assert.equal(await page.locator('#side-en-paste').inputValue(), '');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  assert.deepEqual(app.pageErrors, []);
});
