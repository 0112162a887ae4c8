/**
 * The glossary as DeepL will see it, from Settings, in Chromium through the web bridge and the fake DeepL
 * server: checking lists the approved term DeepL would refuse by name, and sending puts the others on DeepL.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { approveTerms, openAppForFile, type OpenedApp, skipWithoutChromium } from './harness.js';
import { fakeDeeplForFile, type FakeDeepl } from '../helpers/fakeDeepl.js';

const KEY = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f:fx';
const skip = skipWithoutChromium;

let fake: FakeDeepl;
let app: OpenedApp;
let page: Page;

fakeDeeplForFile({ authKey: KEY }, KEY, (started) => (fake = started), skip);
openAppForFile(async (opened) => {
  app = opened;
  page = opened.page;
  await approveTerms(app, [
    { source: 'الكاظمي', target: 'Al-Kadhimi', kind: 'person' },
    // A pasted note in the English: DeepL refuses any entry over 1,024 bytes.
    { source: 'الحشد الشعبي', target: `Popular Mobilization Forces ${'(the umbrella of armed factions) '.repeat(40)}`.trim(), kind: 'organization' },
  ]);
});

test('Settings checks the glossary for DeepL, names the term it would refuse, and sends the rest', { skip }, async () => {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('button', { name: 'Check the glossary for DeepL' }).click();
  await dialog.getByText('1 approved term would go to DeepL.').waitFor();
  await dialog.getByText('1 term DeepL would refuse; mend them in the glossary:').waitFor();
  const problem = (await dialog.locator('.deepl-glossary-problems li').first().textContent()) ?? '';
  assert.match(problem, /"الحشد الشعبي" → "Popular Mobilization Forces .*…" was not sent to DeepL: its English side is longer than DeepL's limit of 1,024 bytes/);
  assert.ok(problem.length < 250, 'the pasted paragraph is cut short in the message');
  assert.equal(fake.state.glossaries.size, 0, 'checking sends nothing');
  await app.screenshot('deepl-glossary-01-checked');
  await dialog.getByRole('button', { name: 'Send the glossary to DeepL now' }).click();
  await dialog.getByText('Sent to DeepL: a glossary of 1 approved term.').waitFor();
  assert.equal(fake.state.glossaries.size, 1);
  // Sending again finds DeepL up to date.
  await dialog.getByRole('button', { name: 'Send the glossary to DeepL now' }).click();
  await dialog.getByText("DeepL's glossary is up to date (1 approved term).").waitFor();
});
