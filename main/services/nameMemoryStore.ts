/**
 * The names of saved reviews on disk: one JSON file in the data folder, newest review first. Saving a review
 * again replaces its record, so a review counts once however often it is saved. A file that cannot be read
 * is copied aside before anything replaces it, and what could be salvaged from it is kept, record by record.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { articleNameRecordSchema, MAX_REMEMBERED_ARTICLES, type NameMemoryState } from '../../src/api/names.js';
import type { ArticleNameRecord } from '../../src/names/name-memory.js';
import { atomicWrite } from './atomicWrite.js';
import { copyAside } from './copyAside.js';

export const NAME_MEMORY_FILE = 'name-memory.json';
const SCHEMA = 1;

const fileSchema = z.object({ schema: z.literal(SCHEMA), articles: z.array(z.unknown()) });

export class NameMemoryStore {
  private articles: ArticleNameRecord[];
  private readonly notices: string[];
  /** Writes of one store run one after another, each from the state the previous one left. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    loaded: { articles: ArticleNameRecord[]; notices: string[] },
    private readonly max: number,
  ) {
    this.articles = loaded.articles;
    this.notices = loaded.notices;
  }

  static async open(dataDir: string, options: { max?: number } = {}): Promise<NameMemoryStore> {
    const path = join(dataDir, NAME_MEMORY_FILE);
    return new NameMemoryStore(path, await load(path), options.max ?? MAX_REMEMBERED_ARTICLES);
  }

  state(): NameMemoryState {
    return { articles: this.articles, notices: [...this.notices] };
  }

  /** Puts the record first, replacing the same review's earlier record; the oldest beyond the limit are dropped. */
  remember(record: ArticleNameRecord): Promise<number> {
    return this.write(() => [record, ...this.articles.filter((a) => a.id !== record.id)].slice(0, this.max));
  }

  /** Forgets one review's record (by id), or all of them. */
  forget(which: { id?: string; all?: true }): Promise<number> {
    return this.write(() => (which.all ? [] : this.articles.filter((a) => a.id !== which.id)));
  }

  /** The new list is kept only once it is on disk: a failed save (a full disk) leaves memory and file as they were. */
  private write(next: () => ArticleNameRecord[]): Promise<number> {
    const run = this.queue.then(async () => {
      const articles = next();
      await atomicWrite(this.path, `${JSON.stringify({ schema: SCHEMA, articles })}\n`);
      this.articles = articles;
      return articles.length;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

async function load(path: string): Promise<{ articles: ArticleNameRecord[]; notices: string[] }> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { articles: [], notices: [] };
    return { articles: [], notices: [`Tadqiq could not read the names of earlier reviews (${code ?? 'unknown error'}); names are checked without them for now.`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const file = fileSchema.safeParse(raw);
  if (!file.success) {
    const kept = await keepCopy(path);
    return { articles: [], notices: [`The file of names from earlier reviews was unreadable, so names are checked without them. ${kept}`] };
  }
  // Salvage record by record: one damaged review should not cost the desk the others.
  const articles: ArticleNameRecord[] = [];
  let dropped = 0;
  for (const a of file.data.articles) {
    const parsed = articleNameRecordSchema.safeParse(a);
    if (parsed.success) articles.push(parsed.data);
    else dropped++;
  }
  if (dropped === 0) return { articles, notices: [] };
  const kept = await keepCopy(path);
  return { articles, notices: [`${dropped} of ${file.data.articles.length} earlier reviews in the names file could not be read and are left out. ${kept}`] };
}

/** Copies a damaged file aside, so the next save cannot lose it; answers a sentence saying where. */
async function keepCopy(path: string): Promise<string> {
  const copy = await copyAside(path);
  return copy ? `A copy of the file was kept as ${copy}.` : `The file could not be copied aside; the next save keeps it as ${path}.bak.`;
}
