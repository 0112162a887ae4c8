/** The glossary panel's handle on the settled-names worker: one worker for the window, started on first use. */
import type { HouseStyle, Term } from '../../src/model.js';
import type { GlossaryCandidate } from '../../src/names/glossary-candidates.js';
import type { ArticleNameRecord } from '../../src/names/name-memory.js';
import type { SettledNamesRequest, SettledNamesResponse } from './settledNamesTypes.js';

/** The records the names are worked out from, and a version that changes whenever they do (the file's revision as read). */
export interface SettledMemory {
  revision: string;
  articles: readonly ArticleNameRecord[];
}

export class SettledNamesClient {
  private worker: Worker | null = null;
  private sentRevision: string | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (c: GlossaryCandidate[]) => void; reject: (e: Error) => void }>();

  /** The names the memory settled that the terms do not cover (glossaryCandidates), worked out in the worker. */
  candidates(memory: SettledMemory, terms: readonly Term[], houseStyle: HouseStyle): Promise<GlossaryCandidate[]> {
    let worker: Worker;
    try {
      worker = this.started();
    } catch (e) {
      // A window that cannot start workers still has its glossary: the offer says why it is missing.
      return Promise.reject(new Error(`no worker could be started (${e instanceof Error ? e.message : String(e)})`));
    }
    if (this.sentRevision !== memory.revision) {
      worker.postMessage({ type: 'memory', revision: memory.revision, articles: memory.articles } satisfies SettledNamesRequest);
      this.sentRevision = memory.revision;
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ type: 'candidates', id, revision: memory.revision, terms: [...terms], houseStyle } satisfies SettledNamesRequest);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../worker/settledNames.worker.ts', import.meta.url), { type: 'module', name: 'tadqiq-settled-names' });
    worker.addEventListener('message', (event: MessageEvent<SettledNamesResponse>) => {
      const msg = event.data;
      const w = this.waiting.get(msg.id);
      if (!w) return;
      this.waiting.delete(msg.id);
      if (msg.type === 'candidates') w.resolve(msg.candidates);
      else w.reject(new Error(msg.message));
    });
    worker.addEventListener('error', (event) => {
      const error = new Error(`Working out the names your desk settled stopped unexpectedly (${event.message || 'no details'}).`);
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
      // A new worker for the next question, sent the memory again.
      worker.terminate();
      this.worker = null;
      this.sentRevision = null;
    });
    return (this.worker = worker);
  }
}

/** The window's one client. */
export const settledNames = new SettledNamesClient();
