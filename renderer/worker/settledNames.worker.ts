/**
 * The names a desk has settled (src/names/glossary-candidates.ts), worked out off the UI thread: pooling a desk's
 * whole names memory (up to 2,000 reviews) the first time takes about a second, which on the UI thread would
 * freeze the glossary panel as it opens. The memory is kept here per revision, so the panel's question after each
 * approval pools nothing again.
 */
import { glossaryCandidates } from '../../src/names/glossary-candidates.js';
import type { ArticleNameRecord } from '../../src/names/name-memory.js';
import type { SettledNamesRequest, SettledNamesResponse } from '../engine/settledNamesTypes.js';

let memory: { revision: string; articles: readonly ArticleNameRecord[] } | null = null;

const post = (msg: SettledNamesResponse): void => (self as unknown as Worker).postMessage(msg);

self.addEventListener('message', (event: MessageEvent<SettledNamesRequest>) => {
  const req = event.data;
  if (req.type === 'memory') {
    memory = { revision: req.revision, articles: req.articles };
    return;
  }
  if (!memory || memory.revision !== req.revision) {
    post({ type: 'error', id: req.id, message: 'The names memory changed before its settled names were worked out.' });
    return;
  }
  try {
    post({ type: 'candidates', id: req.id, candidates: glossaryCandidates(memory.articles, { terms: req.terms }, req.houseStyle) });
  } catch (err) {
    post({ type: 'error', id: req.id, message: err instanceof Error ? err.message : String(err) });
  }
});
