/**
 * The engine in a Web Worker, so alignment and checks never block typing. Rechecks while the editor
 * types are debounced here: only the latest request in a burst is computed; older ones are dropped
 * (the client settles them as superseded).
 */
import { runChecks } from '../../src/analyze.js';
import { createReview } from '../../src/review/create.js';
import type { EngineRequest, EngineResponse, NameGroup } from '../engine/types.js';
import { nameGroupsFn } from './names.js';

const RECHECK_DELAY_MS = 120;

const post = (msg: EngineResponse): void => (self as unknown as Worker).postMessage(msg);

function groupsFor(...args: Parameters<NonNullable<typeof nameGroupsFn>>): NameGroup[] {
  return nameGroupsFn ? nameGroupsFn(...args) : [];
}

function handle(req: EngineRequest): void {
  const t0 = performance.now();
  const namesAvailable = !!nameGroupsFn;
  try {
    if (req.type === 'create') {
      const { review, findings } = createReview({ source: req.source, target: req.target, title: req.title, glossary: req.glossary, options: req.options });
      const groups = groupsFor(review.segments, req.glossary, req.options);
      post({ type: 'result', id: req.id, review, findings, groups, ms: performance.now() - t0, namesAvailable });
    } else {
      const findings = runChecks(req.segments, req.glossary, req.options);
      const groups = groupsFor(req.segments, req.glossary, req.options);
      post({ type: 'result', id: req.id, findings, groups, ms: performance.now() - t0, namesAvailable });
    }
  } catch (err) {
    post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
}

let pending: EngineRequest | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

self.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  const req = event.data;
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
