/**
 * Browser end-to-end harness: Debian's Chromium (playwright-core, never a downloaded browser) driving
 * the built renderer through the real web bridge, with services on a temporary data folder.
 *
 *   const app = await openApp();                 // or openApp({ open: [arPath, enPath] })
 *   await app.page.getByRole('button', { name: 'New review' }).click();
 *   ...
 *   await app.close();
 *
 * or, for one app shared by a test file's tests, `openAppForFile((opened) => { page = opened.page; })`, with
 * `{ skip: skipWithoutChromium }` on each test.
 *
 * The renderer is rebuilt (`npm run build`) when out/renderer is missing or older than renderer/ or src/.
 */
import { after, before } from 'node:test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startWebBridge, type WebBridge } from '../../main/web/server.js';
import { GlossaryStore, GLOSSARY_FILE_NAME } from '../../main/services/glossaryStore.js';
import type { TermKind } from '../../src/model.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const resultsDir = join(repoRoot, 'test-results');
export const seedDir = join(repoRoot, 'tests', 'fixtures', 'seed');
export const CHROMIUM = process.env.TADQIQ_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

let built = false;

/** Build the renderer once per process when it is missing or stale. */
export function ensureRendererBuilt(): void {
  if (built) return;
  const index = join(repoRoot, 'out', 'renderer', 'index.html');
  const stale = !existsSync(index)
    || statSync(index).mtimeMs < Math.max(newestMtime(join(repoRoot, 'renderer')), newestMtime(join(repoRoot, 'src')));
  if (stale && process.env.TADQIQ_SKIP_BUILD !== '1') {
    const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}\n${r.stderr}`);
  }
  built = true;
}

/** Locally a missing Chromium skips the browser tests with a clear message; in CI it is an error, never a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env['CI']) throw new Error(`Chromium is not installed at ${CHROMIUM}: CI must run the browser tests (apt-get install -y chromium)`);
  return false;
}

/** node:test's `skip` for a browser test: why it cannot run here, or false (see chromiumAvailable). */
export const skipWithoutChromium: string | false = chromiumAvailable() ? false : `Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium)`;

export interface OpenedApp {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  bridge: WebBridge;
  dataDir: string;
  /** Errors the page logged or threw; a test can assert this stays empty. */
  pageErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface OpenAppOptions {
  /** Files for the app to open at start (an article pair or a *.tadqiq review). */
  open?: string[];
  viewport?: { width: number; height: number };
  /** Wait for this selector after load (default: the top bar). */
  waitFor?: string;
  /** Script run in the page before any of its own (e.g. to record timings from navigation on). */
  initScript?: string;
  /** Put files into the data folder before the app starts (a damaged settings file, an old glossary). */
  prepare?: (dataDir: string) => void;
  /** Set up the browser context before the page loads (e.g. hold back one bridge call with context.route). */
  beforeLoad?: (context: BrowserContext) => Promise<void>;
}

export async function openApp(options: OpenAppOptions = {}): Promise<OpenedApp> {
  ensureRendererBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'tadqiq-browser-'));
  options.prepare?.(dataDir);
  const bridge = await startWebBridge({ dataDir, open: options.open });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
    // tsx (esbuild keepNames) wraps named functions in __name(...); functions passed to page.evaluate need it in the page.
    await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
    if (options.initScript) await context.addInitScript(options.initScript);
    await options.beforeLoad?.(context);
    const page = await context.newPage();
    // Generous: CI machines run two browser test files at once on two cores.
    page.setDefaultTimeout(20_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    await page.goto(bridge.url);
    await page.waitForSelector(options.waitFor ?? 'header.topbar');
    const b = browser;
    return {
      browser: b,
      context,
      page,
      bridge,
      dataDir,
      pageErrors,
      async screenshot(name: string) {
        mkdirSync(resultsDir, { recursive: true });
        const path = join(resultsDir, `${name}.png`);
        await page.screenshot({ path });
        return path;
      },
      async close() {
        await b.close();
        await bridge.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await browser?.close();
    await bridge.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * One app for all of a test file's tests: opened before them and handed to `opened`, which keeps it and may set it
 * up (approve a term, answer dialogs); closed after them. Options given as a function are read in the before hook.
 * Nothing opens where Chromium is missing.
 */
export function openAppForFile(opened: (app: OpenedApp) => void | Promise<void>, options: OpenAppOptions | (() => Promise<OpenAppOptions>) = {}): void {
  let app: OpenedApp | undefined;
  before(async () => {
    if (skipWithoutChromium) return;
    app = await openApp(typeof options === 'function' ? await options() : options);
    await opened(app);
  });
  after(async () => {
    await app?.close();
  });
}

/** Terms approved in the app's glossary, as another editor of the desk would have approved them before. */
export async function approveTerms(app: OpenedApp, terms: ReadonlyArray<{ source: string; target: string; kind: TermKind }>): Promise<void> {
  const store = await GlossaryStore.open(join(app.dataDir, GLOSSARY_FILE_NAME));
  for (const t of terms) await store.upsert({ ...t, status: 'approved' }, 'Test Editor');
}

/** Run axe-core (from node_modules) on the page; returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  // The page's CSP (no inline scripts) refuses page.addScriptTag; evaluating through the protocol is not a page script.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  }
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? 'unknown', help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
