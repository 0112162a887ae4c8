/** The UI's handle on the engine worker: one analysis at a time, newest request wins. */
import type { AnalyzeOptions, Glossary, Segment } from '../../src/model.js';
import type { Review } from '../../src/review/types.js';
import type { ArticleNameRecord } from '../../src/names/name-memory.js';
import type { EngineRequest, EngineResponse } from './types.js';

export type EngineResult = Extract<EngineResponse, { type: 'result' }>;

export class EngineClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: EngineResult | null) => void; reject: (e: Error) => void }>();

  constructor() {
    this.worker = new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'tadqiq-engine' });
    this.worker.addEventListener('message', (event: MessageEvent<EngineResponse>) => this.receive(event.data));
    this.worker.addEventListener('error', (event) => {
      const error = new Error(`The checking engine stopped unexpectedly (${event.message || 'no details'}). Save your work and reload.`);
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    });
  }

  /** Align and check a new pair of texts into a new review. */
  create(input: Omit<Extract<EngineRequest, { type: 'create' }>, 'type' | 'id'>): Promise<EngineResult & { review: Review }> {
    return this.send({ type: 'create', id: this.nextId++, ...input }).then((r) => {
      if (!r?.review) throw new Error('The analysis was replaced by a newer one.');
      return r as EngineResult & { review: Review };
    });
  }

  /** Check an opened review (already aligned) from scratch, without the typing debounce. */
  analyze(segments: Segment[], glossary: Glossary, options: AnalyzeOptions): Promise<EngineResult> {
    return this.send({ type: 'recheck', id: this.nextId++, segments, glossary, options }).then((r) => {
      if (!r) throw new Error('The analysis was replaced by a newer one.');
      return r;
    });
  }

  /**
   * Re-run the checks on already aligned segments (with the editor's current English). Resolves null
   * when a newer request superseded this one before the worker got to it.
   */
  recheck(segments: Segment[], glossary: Glossary, options: AnalyzeOptions): Promise<EngineResult | null> {
    return this.send({ type: 'recheck', id: this.nextId++, segments, glossary, options });
  }

  /** How earlier saved reviews spelled their names: every later analysis reads it (the worker keeps it). */
  setEarlierArticles(earlierArticles: ArticleNameRecord[]): void {
    this.worker.postMessage({ type: 'memory', earlierArticles } satisfies EngineRequest);
  }

  dispose(): void {
    this.worker.terminate();
    for (const w of this.waiting.values()) w.resolve(null);
    this.waiting.clear();
  }

  private send(req: Exclude<EngineRequest, { type: 'memory' }>): Promise<EngineResult | null> {
    return new Promise((resolve, reject) => {
      this.waiting.set(req.id, { resolve, reject });
      this.worker.postMessage(req);
    });
  }

  private receive(msg: EngineResponse): void {
    // The worker answers in order and skips superseded rechecks: anything older than this answer is settled as superseded.
    for (const [id, w] of this.waiting) {
      if (id < msg.id) {
        w.resolve(null);
        this.waiting.delete(id);
      }
    }
    const w = this.waiting.get(msg.id);
    if (!w) return;
    this.waiting.delete(msg.id);
    if (msg.type === 'result') w.resolve(msg);
    else w.reject(new Error(msg.message));
  }
}
