/**
 * Smoke test of the real desktop app: build, launch Electron with the seed article pair, see the window
 * open on both texts. Runs wherever an Electron binary exists (npm's electron package downloaded it, or
 * ELECTRON_OVERRIDE_DIST_PATH points at a copy); elsewhere it reports a skip saying why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';
// @ts-expect-error: a plain .mjs script without type declarations
import { findElectronBinary } from '../../scripts/electronBinary.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seedArabic = join(root, 'tests/fixtures/seed/article.ar.txt');
const seedEnglish = join(root, 'tests/fixtures/seed/article.en.txt');

function skipReason(): string | false {
  const binary = (findElectronBinary as () => { found: boolean; reason?: string })();
  if (!binary.found) return `skipped: no Electron binary on this machine (${binary.reason}; set ELECTRON_OVERRIDE_DIST_PATH to a local copy to run it)`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'skipped: no display for the Electron window (run under xvfb-run)';
  }
  if (!existsSync(seedArabic)) return 'skipped: the Arabic seed tests/fixtures/seed/article.ar.txt is not there yet';
  return false;
}

test('the desktop app opens its window and loads the seed article pair', { skip: skipReason(), timeout: 180_000 }, async (t) => {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, `npm run build failed:\n${build.stderr}`);

  const dataDir = await mkdtemp(join(tmpdir(), 'tadqiq-smoke-'));
  const binary = (findElectronBinary as () => { path: string })();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
  const app = await electron.launch({
    executablePath: binary.path,
    args: [root, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    env: { ...env, TADQIQ_DATA: dataDir, TADQIQ_OPEN: `${seedArabic},${seedEnglish}` },
  });
  t.after(async () => {
    await app.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  });

  const page = await app.firstWindow();
  assert.equal(await page.title(), 'Tadqiq');
  // Isolation as the page sees it: no Node, no ipcRenderer, only the contract's named methods.
  const exposed = await page.evaluate(() => ({
    process: typeof (globalThis as { process?: unknown }).process,
    keys: Object.keys((window as unknown as { tadqiq?: object }).tadqiq ?? {}),
  }));
  assert.equal(exposed.process, 'undefined');
  assert.ok(exposed.keys.includes('app.info') && exposed.keys.includes('onMenuCommand'));
  assert.ok(!exposed.keys.includes('invoke') && !exposed.keys.includes('ipcRenderer'));
  assert.equal(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require), 'undefined');
  assert.equal(await page.evaluate(() => typeof (window as unknown as { tadqiq?: { 'app.info'?: unknown } }).tadqiq?.['app.info']), 'function');

  // Both texts of the seed are on screen: the Arabic name and its two English spellings.
  await page.getByText('الكاظمي').first().waitFor({ timeout: 60_000 });
  await page.getByText(/Kadhimi/).first().waitFor({ timeout: 60_000 });
  await page.screenshot({ path: join(root, 'test-results', 'electron-smoke.png') });
});
