/**
 * The names of saved reviews on disk: one JSON file, newest review first. Saving a review again replaces its
 * record, so a review counts once however often it is saved.
 *
 * The file is in the data folder, or beside the desk's shared glossary (namesFileBeside), where every editor of
 * the desk saves into it. So every save reads the file again under a lock (fileLock.ts) and changes only its own
 * review's record in what is on disk, and the memory is read again whenever the file changed since (current()).
 * A file that cannot be parsed is copied aside before anything replaces it, and what could be salvaged from it is
 * kept, record by record; a file that cannot be read at all is never written over.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../src/api/envelope.js';
import { MAX_REMEMBERED_ARTICLES, type NameMemoryState } from '../../src/api/names.js';
import type { ArticleNameRecord } from '../../src/names/name-memory.js';
import { atomicWrite } from './atomicWrite.js';
import { copyAside } from './copyAside.js';
import { withFileLock } from './fileLock.js';
import { formatNameMemoryFile, parseNameMemoryFile } from './nameMemoryFile.js';

export const NAME_MEMORY_FILE = 'name-memory.json';

/** Codes of the errors a save answers (with a message for the editor), beside write-failed for a full disk. */
export const NameMemoryErrorCodes = { locked: 'names-locked', unreadable: 'names-unreadable' } as const;

/** Beside a shared glossary "desk.json", the desk's names are "desk.names.json". */
export function namesFileBeside(glossaryPath: string): string {
  return join(dirname(glossaryPath), `${basename(glossaryPath).replace(/\.json$/i, '')}.names.json`);
}

export interface NameMemoryStoreOptions {
  max?: number;
  /** Kept beside the shared glossary: the whole desk's memory, not this computer's. */
  shared?: boolean;
  /** How long a save waits for another editor's save of the same file (ms). */
  lockTimeoutMs?: number;
}

export class NameMemoryStore {
  private articles: ArticleNameRecord[] = [];
  private readonly notices: string[] = [];
  /** The file as last read or written (modification time and size): unchanged, it need not be read again. */
  private seen: string | null = null;
  /** Writes of one store run one after another, each from the state the previous one left. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly max: number;
  private readonly shared: boolean;
  private readonly lockTimeoutMs: number;

  private constructor(readonly path: string, options: NameMemoryStoreOptions) {
    this.max = options.max ?? MAX_REMEMBERED_ARTICLES;
    this.shared = options.shared ?? false;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 5_000;
  }

  static async open(path: string, options: NameMemoryStoreOptions = {}): Promise<NameMemoryStore> {
    const store = new NameMemoryStore(path, options);
    await store.refresh();
    return store;
  }

  /** The memory as the file holds it now: read again when someone saved into it since this store last looked. */
  async current(): Promise<NameMemoryState> {
    await this.queue;
    await this.refresh();
    // Each notice is told once: the renderer asks again every time the window comes to the front.
    const notices = this.notices.splice(0);
    return { articles: this.articles, notices, file: this.path, shared: this.shared, revision: this.seen ?? '' };
  }

  /** Puts the record first, replacing the same review's earlier record; the oldest beyond the limit are dropped. */
  remember(record: ArticleNameRecord): Promise<number> {
    return this.write((articles) => [record, ...articles.filter((a) => a.id !== record.id)].slice(0, this.max));
  }

  /** Forgets one review's record (by id), or all of them. */
  forget(which: { id?: string; all?: true }): Promise<number> {
    return this.write((articles) => (which.all ? [] : articles.filter((a) => a.id !== which.id)));
  }

  /**
   * Under the lock: the file as it is now (another editor may have saved), this change applied to it, written
   * atomically. The new list is kept only once it is on disk: a failed save (a full disk) leaves memory and file
   * as they were.
   */
  private write(change: (articles: readonly ArticleNameRecord[]) => ArticleNameRecord[]): Promise<number> {
    const run = this.queue.then(() =>
      withFileLock(this.path, { timeoutMs: this.lockTimeoutMs, busy: ({ lock, folder }) => new ApiError(NameMemoryErrorCodes.locked, `The names of earlier reviews are being saved by someone else; try again in a moment. (If nobody is saving, delete "${lock}" in ${folder}.)`) }, async () => {
        await this.refresh({ mustRead: true });
        const articles = change(this.articles);
        await atomicWrite(this.path, formatNameMemoryFile(articles));
        this.articles = articles;
        this.seen = await revisionOf(this.path);
        return articles.length;
      }),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Reads the file again if it changed since it was last seen. With `mustRead` (before a write) it is read
   * whatever its revision says: a shared folder may keep modification times to the second or two, and a save
   * missed there would be written over. A file that exists but cannot be read then stops the write: writing over
   * it would drop every other review it holds.
   */
  private async refresh(options: { mustRead?: boolean } = {}): Promise<void> {
    const revision = await revisionOf(this.path).catch((e: NodeJS.ErrnoException) => `error:${e.code ?? 'unknown'}`);
    // Told (and a damaged file copied aside) once per revision, however often it is read.
    const changed = revision !== this.seen;
    if (!changed && !options.mustRead) return;
    const disk = await readDisk(this.path);
    switch (disk.kind) {
      case 'missing':
        this.articles = [];
        break;
      case 'unreadable':
        if (options.mustRead) throw new ApiError(NameMemoryErrorCodes.unreadable, `Could not read "${basename(this.path)}" (${disk.code}), so nothing was written to it.`);
        if (changed) this.notices.push(`Tadqiq could not read the names of earlier reviews (${disk.code}); names are checked without them for now.`);
        this.articles = [];
        break;
      case 'damaged':
        if (changed) this.notices.push(`The file of names from earlier reviews was unreadable, so names are checked without them. ${await keepCopy(this.path)}`);
        this.articles = [];
        break;
      case 'read':
        this.articles = disk.articles;
        if (disk.dropped > 0 && changed) this.notices.push(`${disk.dropped} of ${disk.total} earlier reviews in the names file could not be read and are left out. ${await keepCopy(this.path)}`);
    }
    this.seen = revision;
  }
}

/** The file's modification time and size, or null when there is no file. */
async function revisionOf(path: string): Promise<string | null> {
  try {
    const s = await fs.stat(path);
    return `${s.mtimeMs}:${s.size}`;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

type Disk =
  | { kind: 'missing' }
  | { kind: 'unreadable'; code: string }
  | { kind: 'damaged' }
  | { kind: 'read'; articles: ArticleNameRecord[]; dropped: number; total: number };

async function readDisk(path: string): Promise<Disk> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code: code ?? 'unknown error' };
  }
  return parseNameMemoryFile(text) ?? { kind: 'damaged' };
}

/** Copies a damaged file aside, so the next save cannot lose it; answers a sentence saying where. */
async function keepCopy(path: string): Promise<string> {
  const copy = await copyAside(path);
  return copy ? `A copy of the file was kept as ${copy}.` : `The file could not be copied aside; the next save keeps it as ${path}.bak.`;
}
