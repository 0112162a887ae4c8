/**
 * Running translations by job id, so the renderer can poll progress and cancel while its translate call is
 * pending. Finished jobs are kept briefly (the last poll after completion still answers), then forgotten.
 */
export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobSnapshot {
  state: JobState;
  done: number;
  total: number;
  error?: { code: string; message: string; detail?: string };
}

interface Job extends JobSnapshot {
  controller: AbortController;
}

export class TranslationJobs {
  readonly #jobs = new Map<string, Job>();
  constructor(private readonly keepFinished = 20) {}

  /** Starts `work` under `jobId`; rejects if that id is already running. */
  async run<T>(jobId: string, work: (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
    if (this.#jobs.get(jobId)?.state === 'running') throw new Error(`A translation with id ${jobId} is already running.`);
    const job: Job = { state: 'running', done: 0, total: 0, controller: new AbortController() };
    this.#jobs.set(jobId, job);
    this.#trim();
    try {
      const value = await work(job.controller.signal, (done, total) => {
        job.done = done;
        job.total = total;
      });
      job.state = 'done';
      return value;
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      job.state = job.controller.signal.aborted || code === 'deepl-cancelled' ? 'cancelled' : 'failed';
      const err = e as { code?: string; message?: string; detail?: string };
      job.error = { code: err.code ?? 'deepl-unknown', message: err.message ?? String(e), ...(err.detail ? { detail: err.detail } : {}) };
      throw e;
    }
  }

  snapshot(jobId: string): JobSnapshot | undefined {
    const job = this.#jobs.get(jobId);
    if (!job) return undefined;
    return { state: job.state, done: job.done, total: job.total, ...(job.error ? { error: job.error } : {}) };
  }

  cancel(jobId: string): boolean {
    const job = this.#jobs.get(jobId);
    if (!job || job.state !== 'running') return false;
    job.controller.abort();
    return true;
  }

  #trim() {
    const finished = [...this.#jobs].filter(([, j]) => j.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - this.keepFinished))) this.#jobs.delete(id);
  }
}
