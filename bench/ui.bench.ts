/**
 * `npm run bench -- ui`: the review screen in Chromium (through the web bridge) opening a 2,000-segment
 * review beside a 50-segment one (the baseline): time from navigation to the first rows painted, to the
 * findings being ready, and the worst frame while scrolling top to bottom (requestAnimationFrame deltas).
 * Aim (issue 4): first rows under 1 s, no frame over 50 ms.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench } from './run.js';
import type { Segment } from '../src/model.js';
import { createReview } from '../src/review/create.js';
import { serializeReview } from '../src/review/file.js';
import type { Review } from '../src/review/types.js';
import { chromiumAvailable, openApp, seedDir } from '../tests/browser/harness.js';

/** A review of `count` segments: the seed article's aligned segments repeated, with consistent texts and ranges. */
function longReview(base: Review, count: number): Review {
  const segments: Segment[] = [];
  let source = '';
  let target = '';
  let paragraphOffset = 0;
  const maxParagraph = Math.max(...base.segments.map((s) => s.paragraph));
  const maxSourceParagraph = Math.max(...base.segments.map((s) => s.sourceParagraph));
  for (let copy = 0; segments.length < count; copy++) {
    for (const s of base.segments) {
      if (segments.length >= count) break;
      const srcStart = source.length;
      const tgtStart = target.length;
      source += `${s.source}\n\n`;
      target += `${s.target}\n\n`;
      segments.push({
        ...s,
        id: `s${segments.length + 1}`,
        paragraph: s.paragraph + paragraphOffset,
        sourceParagraph: s.sourceParagraph === 0 ? 0 : s.sourceParagraph + copy * maxSourceParagraph,
        sourceRange: s.source ? { start: srcStart, end: srcStart + s.source.length } : null,
        targetRange: s.target ? { start: tgtStart, end: tgtStart + s.target.length } : null,
      });
    }
    paragraphOffset += maxParagraph;
  }
  return { ...base, title: `Seed article × ${Math.ceil(count / base.segments.length)} (${count} segments)`, segments, source: { ...base.source, text: source }, target: { ...base.target, text: target } };
}

interface Figures {
  firstRowsMs: number;
  findingsReadyMs: number;
  worstFrameMs: number;
  medianFrameMs: number;
  frames: number;
  rowsInDom: number;
}

/**
 * Runs in the page before the app: records, on the page's own clock (0 = navigation start), the first
 * animation frame after a row exists and the moment the findings panel stops saying "checking".
 */
const TIMING_SCRIPT = `
  window.__uiTimes = {};
  new MutationObserver(() => {
    const t = window.__uiTimes;
    if (t.rows === undefined && t.pending !== true && document.querySelector('.row')) {
      t.pending = true;
      requestAnimationFrame(() => { t.rows = performance.now(); });
    }
    if (t.findings === undefined && document.querySelector('[data-testid="findings-total"]') && !document.querySelector('.checking')) {
      t.findings = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

async function measure(file: string): Promise<Figures> {
  const app = await openApp({ open: [file], waitFor: 'body', initScript: TIMING_SCRIPT });
  try {
    const page = app.page;
    const times = () => page.evaluate(() => (window as unknown as { __uiTimes: { rows?: number; findings?: number } }).__uiTimes);
    await page.waitForFunction(() => (window as unknown as { __uiTimes: { rows?: number } }).__uiTimes.rows !== undefined, undefined, { timeout: 60_000 });
    await page.waitForFunction(() => (window as unknown as { __uiTimes: { findings?: number } }).__uiTimes.findings !== undefined, undefined, { timeout: 300_000 });
    const { rows: firstRowsMs = NaN, findings: findingsReadyMs = NaN } = await times();
    const rowsInDom = await page.locator('.row').count();
    const frames = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const scroller = document.querySelector('.grid-scroller') as HTMLElement;
          const deltas: number[] = [];
          let last = performance.now();
          const step = () => {
            const now = performance.now();
            deltas.push(now - last);
            last = now;
            const before = scroller.scrollTop;
            // About 12,000 px a second at 60 frames a second: a fast flick through the article.
            scroller.scrollTop = before + 200;
            if (scroller.scrollTop === before) return resolve(deltas.slice(1));
            requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
    );
    const sorted = [...frames].sort((a, b) => a - b);
    return {
      firstRowsMs,
      findingsReadyMs,
      worstFrameMs: sorted[sorted.length - 1] ?? 0,
      medianFrameMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
      frames: frames.length,
      rowsInDom,
    };
  } finally {
    await app.close();
  }
}

const bench: Bench = {
  name: 'ui',
  description: 'review screen in Chromium: first rows painted and worst scroll frame, 2,000 vs 50 segments',
  needsPath: false,
  async run() {
    if (!chromiumAvailable()) {
      console.log('ui: skipped — Chromium is not installed at /usr/bin/chromium (apt-get install -y chromium).');
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'tadqiq-ui-bench-'));
    try {
      const { review } = createReview({
        source: { name: 'article.ar.txt', text: readFileSync(join(seedDir, 'article.ar.txt'), 'utf8') },
        target: { name: 'article.en.txt', text: readFileSync(join(seedDir, 'article.en.txt'), 'utf8') },
        now: new Date('2026-01-01T00:00:00Z'),
        id: 'bench',
      });
      const files: Record<string, string> = {};
      for (const n of [50, 2000]) {
        files[n] = join(dir, `bench-${n}.tadqiq.json`);
        writeFileSync(files[n] as string, serializeReview(longReview(review, n)));
      }
      // Warm-up: the first launch pays for Chromium's disk caches and the build check.
      await measure(files[50] as string);
      const small = await measure(files[50] as string);
      const large = await measure(files[2000] as string);
      const rows: [string, keyof Figures, number][] = [
        ['first rows painted (ms from navigation)', 'firstRowsMs', 0],
        ['findings ready (ms from navigation)', 'findingsReadyMs', 0],
        ['worst frame while scrolling (ms)', 'worstFrameMs', 1],
        ['median frame while scrolling (ms)', 'medianFrameMs', 1],
        ['frames while scrolling to the end', 'frames', 0],
        ['rows in the DOM (virtualized)', 'rowsInDom', 0],
      ];
      console.log('| figure | 50 segments (baseline) | 2,000 segments | ratio |');
      console.log('|---|---:|---:|---:|');
      for (const [label, key, digits] of rows) {
        const a = small[key];
        const b = large[key];
        console.log(`| ${label} | ${a.toFixed(digits)} | ${b.toFixed(digits)} | ${(b / Math.max(a, 1e-9)).toFixed(2)}× |`);
      }
      const ok = large.firstRowsMs < 1000 && large.worstFrameMs <= 50;
      console.log(`\naim: first rows < 1000 ms and no frame > 50 ms on 2,000 segments → ${ok ? 'met' : 'NOT met'}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default bench;
