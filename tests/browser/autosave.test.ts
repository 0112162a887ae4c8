/**
 * Unsaved work survives a reload, in Chromium through the real web bridge: the page creates a review
 * from the seed pair, makes an edit, autosaves it, is reloaded (as after a crash), and finds the work
 * offered for restore with the edit intact.
 *
 * The review screen does not call 'review.autosave' itself yet, so the page makes the calls the screen
 * will make (same web client path: POST /api/<channel> with the bridge's cookie). When the screen
 * autosaves, this test should drive the UI instead: edit a segment, wait, reload, accept the restore.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openAppForFile, type OpenedApp, seedDir, skipWithoutChromium } from './harness.js';
import type { Review } from '../../src/review/types.js';

const skip = skipWithoutChromium;

let app: OpenedApp;
let page: Page;

openAppForFile((opened) => {
  app = opened;
  page = opened.page;
});

/** Call a channel from inside the page, as the renderer's web client does. */
async function call<T>(channel: string, request?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([name, body]) => {
      const response = await fetch(`/api/${encodeURIComponent(name as string)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
    },
    [channel, request] as const,
  );
  assert.equal(result.ok, true, `${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

test('an edit autosaved before a reload is offered for restore afterwards', { skip }, async () => {
  const arabic = readFileSync(join(seedDir, 'article.ar.txt'), 'utf8');
  const english = readFileSync(join(seedDir, 'article.en.txt'), 'utf8');
  const { review } = await call<{ review: Review }>('review.create', {
    source: { name: 'article.ar.txt', text: arabic },
    target: { name: 'article.en.txt', text: english },
  });
  const segment = review.segments.find((s) => s.target.includes('Al-Kazemi'));
  assert.ok(segment, 'the seed MT has Al-Kazemi');
  const edited: Review = { ...review, edits: { [segment.id]: segment.target.replaceAll('Al-Kazemi', 'Al-Kadhimi') } };
  await call('review.autosave', { review: edited });
  assert.equal(readdirSync(join(app.dataDir, 'autosave')).length, 1, 'the unsaved work is on disk in the data folder');

  await page.reload();
  await page.waitForSelector('header.topbar');

  const offered = await call<Array<{ id: string; title: string; path: string | null }>>('review.listRestorable');
  assert.deepEqual(offered.map((r) => [r.id, r.title, r.path]), [[review.id, 'The complexities of the Iraqi-American strategic dialogue', null]]);
  const restored = await call<{ review: Review }>('review.restore', { id: review.id });
  assert.equal(restored.review.edits[segment.id], segment.target.replaceAll('Al-Kazemi', 'Al-Kadhimi'));
  assert.equal(restored.review.target.text, review.target.text, 'the machine translation itself is unchanged');

  await call('review.discardRestorable', { id: review.id });
  assert.deepEqual(await call('review.listRestorable'), []);
  assert.equal(existsSync(join(app.dataDir, 'autosave')) && readdirSync(join(app.dataDir, 'autosave')).length, 0);
  assert.deepEqual(app.pageErrors, []);
});
