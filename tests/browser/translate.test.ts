/**
 * DeepL in the real UI, in Chromium through the web bridge, with DEEPL_SERVER_URL pointing at the fake DeepL
 * server: save the key in Settings (never shown back), test the connection, see the usage, choose the English
 * variant; then translate the seed's Arabic with the approved glossary and land in a review.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { approveTerms, openAppForFile, type OpenedApp, repoRoot, seedDir, skipWithoutChromium } from './harness.js';
import { fakeDeeplForFile, type FakeDeepl } from '../helpers/fakeDeepl.js';

const KEY = '3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4:fx';
const AR = join(seedDir, 'article.ar.txt');
const skip = skipWithoutChromium;

let fake: FakeDeepl;
let app: OpenedApp;
let page: Page;

fakeDeeplForFile({ authKey: KEY, characterCount: 120_000, characterLimit: 500_000 }, null, (started) => (fake = started), skip);
openAppForFile(async (opened) => {
  app = opened;
  page = opened.page;
  await approveTerms(app, [
    { source: 'الكاظمي', target: 'Al-Kadhimi', kind: 'person' },
    { source: 'الحشد الشعبي', target: 'Popular Mobilization Forces', kind: 'organization' },
  ]);
});

async function axeInside(selector: string) {
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly blocks injected <script> tags.
  await page.evaluate(readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string }[] }> } }).axe;
    const r = await axe.run(sel, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
  }, selector);
}

test('DeepL in the app', { skip }, async (t) => {
  await t.test('Settings: save the key (never shown back), test the connection, see usage, pick en-GB', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    await dialog.getByText('No DeepL key is saved.').waitFor();
    const keyField = dialog.getByLabel('DeepL API key', { exact: true });
    await keyField.fill(KEY);
    await dialog.getByRole('button', { name: 'Save key' }).click();
    await dialog.getByText(/stored unencrypted/).first().waitFor();
    assert.equal(await dialog.getByLabel('Replace the DeepL API key').inputValue(), '', 'the key is not kept in the field');
    assert.ok(!(await page.content()).includes(KEY.slice(0, 12)), 'the key appears nowhere in the page');

    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await dialog.getByText(/Connected to your DeepL API Free account/).waitFor();
    await dialog.getByText(/Characters used this billing period: 120,000 of 500,000 \(24%\)/).waitFor();

    await dialog.getByRole('radio', { name: /British English/ }).check();
    assert.deepEqual(await axeInside('dialog.settings-dialog'), []);
    await app.screenshot('deepl-01-settings');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  await t.test('a wrong key is reported when testing the connection', async () => {
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByRole('radio', { name: /British English/ }).waitFor();
    assert.equal(await dialog.getByRole('radio', { name: /British English/ }).isChecked(), true, 'the variant was saved');
    await dialog.getByLabel('Replace the DeepL API key').fill('wrong-key-0000:fx');
    await dialog.getByRole('button', { name: 'Save key' }).click();
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await dialog.getByRole('alert').getByText(/refused the API key/).waitFor();
    await dialog.getByLabel('Replace the DeepL API key').fill(KEY);
    await dialog.getByRole('button', { name: 'Save key' }).click();
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await dialog.getByText(/Connected to your DeepL API Free account/).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  await t.test('a slow DeepL can be cancelled from the progress bar: nothing changes, and Translate is offered again', async () => {
    await page.getByRole('button', { name: 'New review', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New review' });
    await dialog.waitFor();
    await page.locator('#side-ar-file').setInputFiles(AR);
    fake.setMode({ kind: 'slow', delayMs: 4000, path: '/v2/translate' });
    try {
      await dialog.getByRole('button', { name: 'Translate with DeepL' }).click();
      await dialog.locator('progress').waitFor();
      await app.screenshot('deepl-00-progress');
      await dialog.getByRole('button', { name: 'Stop translating' }).click();
      await dialog.getByText('Translation cancelled. Nothing was changed.').waitFor();
      assert.equal(await page.locator('#side-en-paste').inputValue(), '', 'no English was filled in');
      assert.equal(await dialog.getByRole('button', { name: 'Translate with DeepL' }).isEnabled(), true, 'the editor can try again');
    } finally {
      fake.setMode({ kind: 'normal' });
    }
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  await t.test("translate the seed's Arabic with the glossary and land in a review", async () => {
    await page.getByRole('button', { name: 'New review', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'New review' });
    await dialog.waitFor();
    await page.locator('#side-ar-file').setInputFiles(AR);
    const translate = dialog.getByRole('button', { name: 'Translate with DeepL' });
    await translate.waitFor();
    const before = fake.state.requestsTo('/v2/translate').length;
    await translate.click();
    await dialog.getByText(/Translated \d+ paragraphs, following the approved glossary/).waitFor({ timeout: 30_000 });
    const requests = fake.state.requestsTo('/v2/translate').slice(before);
    assert.ok(requests.length > 0);
    for (const r of requests) {
      assert.deepEqual(r.params.target_lang, ['en-GB'], 'the variant chosen in Settings');
      assert.ok(r.params.glossary_id?.[0], 'the approved glossary is used');
    }
    await app.screenshot('deepl-02-translated');
    await dialog.getByRole('button', { name: 'Start review' }).click();
    await page.locator('.row').first().waitFor();
    const english = (await page.locator('.cell.target[lang="en"]').allTextContents()).join('\n');
    assert.match(english, /Al-Kadhimi/);
    assert.doesNotMatch(english, /Kazemi/);
    assert.match(english, /Popular Mobilization Forces/);
    await page.getByTestId('findings-total').waitFor();
    assert.ok(Number(await page.getByTestId('findings-total').textContent()) > 0, 'the checks ran on the DeepL translation');
    await app.screenshot('deepl-03-review');
  });

  assert.deepEqual(app.pageErrors.filter((e) => /deepl|settings/i.test(e)), []);
});
