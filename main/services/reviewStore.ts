/**
 * Review files on disk, the editor's unsaved work, and the recent-reviews list.
 *
 * - Saving goes through atomicWrite (temp file, flush, keep <file>.bak, rename): a failed write leaves
 *   the previous file intact and surfaces as WriteFailedError, so the editor can save elsewhere.
 * - A file changed on disk since it was opened (by a colleague, a sync client) is not overwritten unless
 *   the caller says `overwrite: true` after asking the editor.
 * - Autosave keeps the latest unsaved state per review id in the data folder (the caller debounces);
 *   on the next start, listRestorable() offers what was not saved.
 */
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join, resolve } from 'node:path';
import type { Review } from '../../src/review/types.js';
import { parseReview, serializeReview, ReviewFileError } from '../../src/review/file.js';
import { atomicWrite, type AtomicWriteOptions } from './atomicWrite.js';
import type { FileStamp, RecentReview, RestorableReview } from '../../src/api/review.js';

export type { FileStamp, RecentReview, RestorableReview } from '../../src/api/review.js';

export interface OpenedReview {
  path: string;
  review: Review;
  stamp: FileStamp;
}

export interface SavedReview {
  path: string;
  review: Review;
  stamp: FileStamp;
}

export interface SaveOptions {
  /** The stamp from open() or the last save(); a file that no longer matches it is a conflict. */
  expected?: FileStamp | null;
  /** Replace whatever is on disk (the editor confirmed, or chose the path in a save dialog). */
  overwrite?: boolean;
}

export type ReviewStoreProblem = 'not-found' | 'unreadable' | 'conflict' | 'exists' | 'no-restorable';

/** A problem the editor can act on; `code` lets the UI offer the right choice (e.g. overwrite, save as). */
export class ReviewStoreError extends Error {
  override name = 'ReviewStoreError';
  constructor(
    readonly problem: ReviewStoreProblem,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

export type WriteFunction = (path: string, data: string | Uint8Array, options?: AtomicWriteOptions) => Promise<void>;

export interface ReviewStoreOptions {
  /** The app's data folder; autosaves go to <dataDir>/autosave, the recent list to <dataDir>/recent-reviews.json. */
  dataDir: string;
  /** Injected in tests to simulate a full disk or a locked file; default atomicWrite. */
  write?: WriteFunction;
  now?: () => Date;
  maxRecent?: number;
}

interface AutosaveFile {
  kind: 'tadqiq-autosave';
  savedAt: string;
  path: string | null;
  review: unknown;
}

const RECENT_FILE = 'recent-reviews.json';

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function errnoOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** The review's content without its save time: two states with the same content need no restore. */
function contentKey(review: Review): string {
  return serializeReview({ ...review, updatedAt: '' });
}

export class ReviewStore {
  private readonly dataDir: string;
  private readonly write: WriteFunction;
  private readonly now: () => Date;
  private readonly maxRecent: number;
  /** Recent-list writes run one after another so two quick opens cannot lose an entry. */
  private recentQueue: Promise<unknown> = Promise.resolve();

  constructor(options: ReviewStoreOptions) {
    this.dataDir = options.dataDir;
    this.write = options.write ?? atomicWrite;
    this.now = options.now ?? (() => new Date());
    this.maxRecent = options.maxRecent ?? 20;
  }

  private get autosaveDir(): string {
    return join(this.dataDir, 'autosave');
  }

  private autosavePath(id: string): string {
    // Ids come from files; hash them so no id can name a path outside the folder.
    return join(this.autosaveDir, `${sha256(id).slice(0, 32)}.json`);
  }

  /** The stamp of the file as it is now; null when there is no file. */
  async stampOf(path: string): Promise<FileStamp | null> {
    let bytes: Buffer;
    let stat;
    try {
      stat = await fs.stat(path);
      bytes = await fs.readFile(path);
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return null;
      throw e;
    }
    return { mtimeMs: stat.mtimeMs, size: stat.size, hash: sha256(bytes) };
  }

  async open(path: string): Promise<OpenedReview> {
    const full = resolve(path);
    const name = basename(full);
    let bytes: Buffer;
    let stat;
    try {
      stat = await fs.stat(full);
      if (!stat.isFile()) throw new ReviewStoreError('unreadable', `"${name}" is a folder, not a review file.`, full);
      bytes = await fs.readFile(full);
    } catch (e) {
      if (e instanceof ReviewStoreError) throw e;
      const code = errnoOf(e);
      if (code === 'ENOENT') throw new ReviewStoreError('not-found', `"${name}" is no longer at ${full}; it may have been moved or deleted.`, full);
      if (code === 'EACCES' || code === 'EPERM') throw new ReviewStoreError('unreadable', `You do not have permission to read "${name}".`, full);
      throw new ReviewStoreError('unreadable', `Tadqiq could not read "${name}" (${code ?? 'unknown error'}).`, full);
    }
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
    const review = parseReview(text, name); // ReviewFileError carries the editor's message
    // The recent list is updated behind the open: the review should not wait for a durable write of a
    // convenience list (recent() waits for it, and a failure never fails the open).
    void this.rememberRecent(full, review.title);
    return { path: full, review, stamp: { mtimeMs: stat.mtimeMs, size: stat.size, hash: sha256(bytes) } };
  }

  /**
   * Save the review to `path`. Refuses (ReviewStoreError 'conflict') when the file changed on disk since
   * `expected`, and ('exists') when a file is there but the caller has no stamp for it, unless `overwrite`.
   * A failed write throws WriteFailedError and leaves the previous file and its .bak as they were.
   */
  async save(path: string, review: Review, options: SaveOptions = {}): Promise<SavedReview> {
    const full = resolve(path);
    const name = basename(full);
    if (!options.overwrite) {
      const current = await this.currentStamp(full, options.expected ?? null);
      if (current && !options.expected) {
        throw new ReviewStoreError('exists', `"${name}" already exists. Replace it, or save under another name?`, full);
      }
      if (current && options.expected && current !== 'unchanged') {
        throw new ReviewStoreError(
          'conflict',
          `"${name}" was changed on disk by someone else since you opened it. Saving now would overwrite their changes: save under another name, or replace it if you are sure.`,
          full,
        );
      }
    }
    const saved: Review = { ...review, updatedAt: this.now().toISOString() };
    const text = serializeReview(saved);
    await this.write(full, text);
    const stat = await fs.stat(full);
    await this.discardRestorable(review.id).catch(() => undefined);
    await this.rememberRecent(full, saved.title);
    return { path: full, review: saved, stamp: { mtimeMs: stat.mtimeMs, size: stat.size, hash: sha256(text) } };
  }

  /** 'unchanged' when the file matches `expected`, its stamp when it differs, null when there is no file. */
  private async currentStamp(path: string, expected: FileStamp | null): Promise<FileStamp | 'unchanged' | null> {
    let stat;
    try {
      stat = await fs.stat(path);
    } catch (e) {
      // No file there (or no such folder): nothing to conflict with; the write reports any real problem.
      if (errnoOf(e) === 'ENOENT' || errnoOf(e) === 'ENOTDIR') return null;
      throw e;
    }
    // Same time and size: unchanged without reading. Otherwise compare content (a touch is not a change).
    if (expected && stat.mtimeMs === expected.mtimeMs && stat.size === expected.size) return 'unchanged';
    const stamp = await this.stampOf(path);
    if (!stamp) return null;
    return expected && stamp.hash === expected.hash ? 'unchanged' : stamp;
  }

  /** Keep the latest unsaved state of a review. Call shortly after each change (debounced by the caller). */
  async autosave(review: Review, path: string | null = null): Promise<{ savedAt: string }> {
    const savedAt = this.now().toISOString();
    await fs.mkdir(this.autosaveDir, { recursive: true });
    const file: AutosaveFile = { kind: 'tadqiq-autosave', savedAt, path: path ? resolve(path) : null, review: JSON.parse(serializeReview(review)) };
    await this.write(this.autosavePath(review.id), `${JSON.stringify(file)}\n`, { backup: false });
    return { savedAt };
  }

  private async readAutosave(file: string): Promise<{ entry: AutosaveFile; review: Review } | null> {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return null;
      throw e;
    }
    const entry = JSON.parse(text) as AutosaveFile;
    if (entry.kind !== 'tadqiq-autosave') return null;
    return { entry, review: parseReview(JSON.stringify(entry.review), 'unsaved work') };
  }

  /** Unsaved work from earlier sessions, newest first. Work identical to its saved file is not offered. */
  async listRestorable(): Promise<RestorableReview[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.autosaveDir);
    } catch (e) {
      if (errnoOf(e) === 'ENOENT') return [];
      throw e;
    }
    const out: RestorableReview[] = [];
    for (const n of names.filter((f) => f.endsWith('.json'))) {
      let found;
      try {
        found = await this.readAutosave(join(this.autosaveDir, n));
      } catch {
        continue; // an unreadable autosave is left on disk for inspection, never deleted
      }
      if (!found) continue;
      if (found.entry.path && (await this.sameAsSaved(found.entry.path, found.review))) continue;
      out.push({ id: found.review.id, title: found.review.title, path: found.entry.path, savedAt: found.entry.savedAt });
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  private async sameAsSaved(path: string, review: Review): Promise<boolean> {
    try {
      const saved = parseReview(await fs.readFile(path, 'utf8'), basename(path));
      return contentKey(saved) === contentKey(review);
    } catch {
      return false;
    }
  }

  async restore(id: string): Promise<{ review: Review; path: string | null; savedAt: string }> {
    let found;
    try {
      found = await this.readAutosave(this.autosavePath(id));
    } catch (e) {
      if (e instanceof ReviewFileError) throw new ReviewStoreError('unreadable', `The unsaved work could not be read: ${e.message}`);
      throw new ReviewStoreError('unreadable', 'The unsaved work could not be read; it was left in the data folder.');
    }
    if (!found) throw new ReviewStoreError('no-restorable', 'There is no unsaved work for this review any more.');
    return { review: found.review, path: found.entry.path, savedAt: found.entry.savedAt };
  }

  async discardRestorable(id: string): Promise<void> {
    await fs.rm(this.autosavePath(id), { force: true });
  }

  /** Recent reviews, most recent first; files no longer there are marked missing, not dropped. */
  async recent(): Promise<RecentReview[]> {
    await this.recentQueue;
    const entries = await this.readRecent();
    return Promise.all(
      entries.map(async (e) => ({
        ...e,
        missing: await fs.stat(e.path).then(
          (s) => !s.isFile(),
          () => true,
        ),
      })),
    );
  }

  async rememberRecent(path: string, title: string): Promise<void> {
    const full = resolve(path);
    const task = this.recentQueue.then(async () => {
      const entries = (await this.readRecent()).filter((e) => e.path !== full);
      entries.unshift({ path: full, title, openedAt: this.now().toISOString() });
      await fs.mkdir(this.dataDir, { recursive: true });
      await this.write(join(this.dataDir, RECENT_FILE), `${JSON.stringify({ entries: entries.slice(0, this.maxRecent) }, null, 2)}\n`, { backup: false });
    });
    // The list is a convenience: a failure to update it must never fail the open or save itself.
    this.recentQueue = task.catch(() => undefined);
    await this.recentQueue;
  }

  async forgetRecent(path: string): Promise<void> {
    const full = resolve(path);
    const task = this.recentQueue.then(async () => {
      const entries = (await this.readRecent()).filter((e) => e.path !== full);
      await this.write(join(this.dataDir, RECENT_FILE), `${JSON.stringify({ entries }, null, 2)}\n`, { backup: false });
    });
    this.recentQueue = task.catch(() => undefined);
    await task;
  }

  private async readRecent(): Promise<Array<Omit<RecentReview, 'missing'>>> {
    try {
      const data = JSON.parse(await fs.readFile(join(this.dataDir, RECENT_FILE), 'utf8')) as { entries?: unknown };
      if (!Array.isArray(data.entries)) return [];
      return data.entries.filter(
        (e): e is Omit<RecentReview, 'missing'> =>
          typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.title === 'string' && typeof e.openedAt === 'string',
      );
    } catch {
      return []; // no list yet, or a damaged one: start afresh rather than block the start screen
    }
  }
}
