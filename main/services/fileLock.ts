/**
 * A lock file beside a shared file (the glossary, the names of earlier reviews) keeps two editors' read-merge-write
 * steps from interleaving: each save creates `<file>.lock` exclusively, reads the file again, writes, and removes
 * the lock. A lock older than STALE_LOCK_MS was left by a save that crashed and is taken over.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname } from 'node:path';

export const STALE_LOCK_MS = 30_000;

export interface FileLockOptions {
  /** How long to wait for another editor's save to finish before giving up (ms). */
  timeoutMs: number;
  /** The error to throw when the wait is over, told what to say (which file, which lock to delete). */
  busy: (what: { file: string; lock: string; folder: string }) => Error;
}

export async function withFileLock<T>(path: string, options: FileLockOptions, body: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  await fs.mkdir(dirname(path), { recursive: true });
  const deadline = Date.now() + options.timeoutMs;
  let delay = 5;
  for (;;) {
    try {
      const h = await fs.open(lock, 'wx');
      await h.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const stat = await fs.stat(lock).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs > STALE_LOCK_MS) {
        await fs.rm(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw options.busy({ file: basename(path), lock: basename(lock), folder: dirname(lock) });
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 100);
    }
  }
  try {
    return await body();
  } finally {
    await fs.rm(lock, { force: true });
  }
}
