/**
 * The engine in a Web Worker, so alignment and checks never block typing. Rechecks while the editor
 * types are debounced here: only the latest request in a burst is computed; older ones are dropped
 * (the client settles them as superseded).
 */
import { runChecks } from '../../src/analyze.js';
import { createReview } from '../../src/review/create.js';
import type { EngineRequest, EngineResponse, NameGroup } from '../engine/types.js';
import { nameGroups } from '../../src/names/index.js';
import type { ArticleNameRecord } from '../../src/names/name-memory.js';
import { checks } from '../../src/checks/registry.js';
import type { AnalyzeOptions, CheckInfo, Finding, Glossary, Segment } from '../../src/model.js';

/** The memo key under which the name checks share their groups (src/checks/name-variants.ts). */
const NAMES_MEMO_KEY = 'names';

const RECHECK_DELAY_MS = 120;

/** The checks as the findings panel lists them, in the registry's order. */
const CATALOG: CheckInfo[] = checks.map(({ id, title, severity, description }) => ({ id, title, severity, description }));

const post = (msg: EngineResponse): void => (self as unknown as Worker).postMessage(msg);

/** Findings plus the name groups the checks computed (shared through the checks' memo, so computed once). */
function check(segments: Segment[], glossary: Glossary, requested: AnalyzeOptions): { findings: Finding[]; groups: NameGroup[] } {
  const options = earlierArticles.length > 0 ? { ...requested, earlierArticles } : requested;
  const memo = new Map<string, unknown>();
  const findings = runChecks(segments, glossary, options, memo);
  const groups = (memo.get(NAMES_MEMO_KEY) as NameGroup[] | undefined) ?? nameGroups(segments, glossary, options);
  return { findings, groups };
}

/** Set by 'memory' messages; one array for many analyses, so the engine pools it once (name-memory.ts). */
let earlierArticles: ArticleNameRecord[] = [];

function handle(req: Exclude<EngineRequest, { type: 'memory' }>): void {
  const t0 = performance.now();
  const namesAvailable = true;
  try {
    if (req.type === 'create') {
      // Align only (every check disabled), then check once with the shared memo.
      const alignOnly = { ...req.options, disabledChecks: checks.map((c) => c.id) };
      const { review } = createReview({ source: req.source, target: req.target, title: req.title, glossary: req.glossary, options: alignOnly });
      const { findings, groups } = check(review.segments, req.glossary, req.options);
      post({ type: 'result', id: req.id, review, findings, groups, checks: CATALOG, ms: performance.now() - t0, namesAvailable });
    } else {
      const { findings, groups } = check(req.segments, req.glossary, req.options);
      post({ type: 'result', id: req.id, findings, groups, checks: CATALOG, ms: performance.now() - t0, namesAvailable });
    }
  } catch (err) {
    post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
}

let pending: Exclude<EngineRequest, { type: 'memory' }> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

self.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  const req = event.data;
  if (req.type === 'memory') {
    earlierArticles = req.earlierArticles;
    return;
  }
  if (req.type === 'create') {
    handle(req);
    return;
  }
  pending = req;
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    const next = pending;
    pending = null;
    if (next) handle(next);
  }, RECHECK_DELAY_MS);
});
