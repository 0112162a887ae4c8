/**
 * Names the desk settled, offered in the glossary panel: two saved reviews wrote الكاظمي as al-Kadhimi, so the
 * panel offers it; approved, it is a glossary term, and today's article writing Al-Kazemi is checked against it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, openApp, seedDir, skipWithoutChromium } from './harness.js';
import { saved } from '../helpers/savedReview.js';
import { GlossaryStore } from '../../main/services/glossaryStore.js';

const skip = skipWithoutChromium;

const AR = 'أكد رئيس الوزراء مصطفى الكاظمي أن الانتخابات ستجرى في موعدها.\n\nوقال الكاظمي إن الحكومة مستعدة، بحسب رئيس البرلمان محمد الحلبوسي.\n\nورحب مقتدى الصدر بالموعد.';
const story = (id: string, title: string) => saved(id, title, AR, 'Prime Minister Mustafa al-Kadhimi confirmed that the elections will be held on time.\n\nAl-Kadhimi said the government was ready, according to Speaker Mohammed al-Halbousi.\n\nMuqtada al-Sadr welcomed the date.');

test('names two earlier reviews wrote one way are offered for the glossary, and approved there they check today’s article', { skip }, async () => {
  const records = [story('r2', 'Election date'), story('r1', 'Cabinet meets')];
  const app = await openApp({ prepare: (dir) => writeFileSync(join(dir, 'name-memory.json'), `${JSON.stringify({ schema: 1, articles: records })}\n`) });
  try {
    const { page, dataDir } = app;
    // The start screen says they are waiting, and leads to them.
    const hint = page.getByRole('region', { name: 'Names for the glossary' });
    await hint.getByText('6 names your desk writes one way in earlier reviews are not in the glossary yet.', { exact: false }).waitFor();
    await app.screenshot('desk-names-00-start-screen');
    await hint.getByRole('button', { name: 'Review them in the glossary' }).click();
    const panel = page.getByRole('region', { name: 'Glossary', exact: true });
    const offer = panel.locator('details.glossary-desk-names');
    await offer.getByText('6 names your desk writes one way, not in the glossary yet').waitFor();
    // Come for them, the editor finds the list unfolded.
    assert.equal(await offer.evaluate((d) => (d as HTMLDetailsElement).open), true);
    const table = offer.getByRole('table', { name: 'Names your desk writes one way' });
    // مصطفى and محمد are many people's given names (Mustafa al-Kadhimi, Mostafa Madbouly): offered only within a full name.
    assert.deepEqual(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('td')!.textContent, r.querySelector('input')!.value])), [
      ['الكاظمي', 'al-Kadhimi'],
      ['الحلبوسي', 'al-Halbousi'],
      ['الصدر', 'al-Sadr'],
      ['مصطفى الكاظمي', 'Mustafa al-Kadhimi'],
      ['محمد الحلبوسي', 'Mohammed al-Halbousi'],
      ['مقتدى الصدر', 'Muqtada al-Sadr'],
    ]);
    await app.screenshot('desk-names-01-offered');
    assert.deepEqual(await axeViolations(page), [], 'the offer is as accessible as the rest of the panel');
    // The editor may write a name otherwise before approving it; an empty one cannot be approved.
    const halbousi = offer.getByRole('textbox', { name: 'English for الحلبوسي' });
    await halbousi.fill('  ');
    assert.equal(await offer.getByRole('button', { name: 'Approve al-Halbousi in the glossary' }).isDisabled(), true);
    assert.equal(await offer.getByRole('button', { name: 'Approve all 6' }).isDisabled(), true);
    await halbousi.fill('Al-Halbousi ');
    await offer.getByRole('button', { name: 'Approve al-Halbousi in the glossary' }).click();
    await panel.getByText('Approved “الحلبوسي” → “Al-Halbousi”.').first().waitFor();
    await offer.getByText('5 names your desk writes one way, not in the glossary yet').waitFor();
    await offer.getByRole('button', { name: 'Approve al-Kadhimi in the glossary' }).click();
    await panel.getByText('Approved “الكاظمي” → “al-Kadhimi”.').first().waitFor();
    await offer.getByText('4 names your desk writes one way, not in the glossary yet').waitFor();
    // Meanwhile another editor of the desk approves الصدر their own way: the glossary's conflict choice settles it.
    const other = await GlossaryStore.open(join(dataDir, 'glossary.json'));
    await other.upsert({ source: 'الصدر', target: 'Al-Sadr', kind: 'person', status: 'approved' }, 'Another editor');
    await offer.getByRole('button', { name: 'Approve all 4' }).click();
    await panel.getByText('Approved 4 names from earlier reviews. Another editor had saved meanwhile; their changes were merged in.').first().waitFor();
    const conflicts = panel.getByRole('region', { name: 'Conflicts with another editor' });
    await conflicts.getByText(/yours al-Sadr \(approved\); theirs Al-Sadr \(approved\)/).waitFor();
    await conflicts.getByRole('button', { name: 'Keep theirs' }).click();
    await conflicts.waitFor({ state: 'detached' });
    await offer.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await hint.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Glossary', exact: true }).click();
    const stored = JSON.parse(readFileSync(join(dataDir, 'glossary.json'), 'utf8')) as { terms: Array<{ source: string; target: string; status: string; kind: string; note?: string }> };
    assert.deepEqual(stored.terms.map((t) => t.target).sort(), ['Al-Halbousi', 'Al-Sadr', 'Mohammed al-Halbousi', 'Muqtada al-Sadr', 'Mustafa al-Kadhimi', 'al-Kadhimi']);
    const term = stored.terms.find((t) => t.source === 'الكاظمي');
    assert.deepEqual([term?.target, term?.status, term?.kind], ['al-Kadhimi', 'approved', 'person']);
    assert.equal(term?.note, 'Written so in 2 earlier reviews: “Election date”, “Cabinet meets”.');
    await page.keyboard.press('Escape');

    // Today's machine translation writes Al-Kazemi: the approved term now says what to write.
    await page.getByRole('button', { name: 'New review', exact: true }).click();
    await page.locator('#side-ar-paste').fill('وصل الكاظمي إلى واشنطن.');
    await page.locator('#side-en-paste').fill('Al-Kazemi arrived in Washington.');
    await page.getByRole('button', { name: 'Start review' }).click();
    const finding = page.locator('[data-finding]', { hasText: 'al-Kadhimi' }).first();
    await finding.waitFor();
    assert.match((await finding.textContent()) ?? '', /The glossary renders "الكاظمي" as "al-Kadhimi", but one occurrence has no such rendering in the English/);
    await finding.locator('.finding-toggle').click();
    await finding.getByRole('button', { name: /Apply suggested fix|Fix all → “al-Kadhimi”/ }).click();
    await finding.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Show changes' }).uncheck();
    assert.equal(await page.locator('.cell.target', { hasText: 'Al-Kadhimi arrived in Washington.' }).count(), 1, 'the approved spelling, capitalized at the sentence start');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('seed: a full name two reviews wrote one way is approved from the panel, and fixes the seed’s “Linda Thomas Granfield”', { skip }, async () => {
  const ar = 'وقالت المندوبة الأمريكية ليندا توماس غرينفيلد إن بلادها ستصوت ضد القرار.\n\nوأضافت توماس غرينفيلد أن المفاوضات مستمرة.';
  const en = 'US Ambassador Linda Thomas-Greenfield said her country would vote against the resolution.\n\nThomas-Greenfield added that negotiations were continuing.';
  const records = [saved('r2', 'Security Council', ar, en), saved('r1', 'UN vote', ar, en)];
  const seed = new URL('../fixtures/seed/', import.meta.url);
  const app = await openApp({
    prepare: (dir) => writeFileSync(join(dir, 'name-memory.json'), `${JSON.stringify({ schema: 1, articles: records })}\n`),
    open: [fileURLToPath(new URL('article.ar.txt', seed)), fileURLToPath(new URL('article.en.txt', seed))],
    waitFor: '.row',
  });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Glossary', exact: true }).click();
    const offer = page.locator('details.glossary-desk-names');
    await offer.locator('summary').click();
    await offer.getByRole('button', { name: 'Approve Linda Thomas-Greenfield in the glossary' }).click();
    await page.getByText('Approved “ليندا توماس غرينفيلد” → “Linda Thomas-Greenfield”.').first().waitFor();
    await page.keyboard.press('Escape');
    const finding = page.locator('[data-finding="term-mismatch:ليندا توماس غرينفيلد"]');
    await finding.waitFor();
    await finding.locator('.finding-toggle').click();
    await app.screenshot('desk-names-02-seed-fix');
    await finding.getByRole('button', { name: 'Apply suggested fix' }).click();
    await finding.waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: 'Show changes' }).uncheck();
    assert.equal(await page.locator('.cell.target', { hasText: 'Linda Thomas-Greenfield, head of the US delegation' }).count(), 1);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});

test('an article pair opened at launch leaves open the glossary the editor opened while it loaded', { skip }, async () => {
  // The pair's files are held back until the glossary is open, so the review finishes opening under the panel.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const app = await openApp({
    open: [join(seedDir, 'article.ar.txt'), join(seedDir, 'article.en.txt')],
    beforeLoad: async (context) => {
      await context.route('**/api/files.readPath', async (route) => {
        await held;
        await route.continue();
      });
    },
  });
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Glossary', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Glossary' });
    await panel.waitFor();
    assert.equal(await page.locator('.row').count(), 0, 'the pair is still loading');
    release();
    await page.getByText(/^Review ready:/).first().waitFor();
    assert.ok(await panel.isVisible(), 'the glossary stays open when the pair finishes opening');
    await page.keyboard.press('Escape');
    await page.locator('.row').first().waitFor();
    assert.deepEqual(app.pageErrors, []);
  } finally {
    release();
    await app.close();
  }
});

test('a name no place list knows comes as a place when the saved articles wrote "in Fallujah", and is approved as one', { skip }, async () => {
  const ar = 'اندلعت اشتباكات في الفلوجة.\n\nوقال الكاظمي إن القوات سيطرت على الوضع.';
  const en = 'Clashes broke out in Fallujah.\n\nAl-Kadhimi said the forces had the situation under control.';
  const records = [saved('r2', 'Clashes', ar, en), saved('r1', 'Calm returns', ar, en)];
  const app = await openApp({ prepare: (dir) => writeFileSync(join(dir, 'name-memory.json'), `${JSON.stringify({ schema: 1, articles: records })}\n`) });
  try {
    const { page, dataDir } = app;
    await page.getByRole('button', { name: 'Glossary', exact: true }).click();
    const offer = page.locator('details.glossary-desk-names');
    await offer.locator('summary').click();
    assert.equal(await offer.getByRole('combobox', { name: 'Kind of Fallujah' }).inputValue(), 'place');
    await app.screenshot('desk-names-03-place');
    assert.equal(await offer.getByRole('combobox', { name: 'Kind of Al-Kadhimi' }).inputValue(), 'person');
    await offer.getByRole('button', { name: 'Approve Fallujah in the glossary' }).click();
    await page.getByText('Approved “الفلوجة” → “Fallujah”.').first().waitFor();
    const stored = JSON.parse(readFileSync(join(dataDir, 'glossary.json'), 'utf8')) as { terms: Array<{ source: string; kind: string }> };
    assert.deepEqual(stored.terms.map((t) => [t.source, t.kind]), [['الفلوجة', 'place']]);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.close();
  }
});
