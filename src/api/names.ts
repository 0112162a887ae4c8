// Channels of the "names" area: the memory of how saved reviews spelled their Arabic names, which the name
// checks read (src/names/name-memory.ts). Answered by main/ipc/handlers/names.ts over
// main/services/nameMemoryStore.ts.
import { z } from 'zod';
import { channel } from './channel.js';
import { MAX_FULL_NAMES, MAX_JOINS, type ArticleNameRecord } from '../names/name-memory.js';

const count = () => z.number().int().min(0).max(1_000_000);
const short = (what: string, max = 300) => z.string().min(1, `${what}: empty`).max(max, `${what}: at most ${max} characters`);

// A name's kind counts (name-kind.ts KindCues).
const kindCuesShape = { place: count(), person: count(), organization: count().optional() };

/** Kind counts as a names file keeps them beside its records (main/services/nameMemoryFile.ts): loose as the records are. */
export const storedKindCuesSchema = z.looseObject(kindCuesShape);

/**
 * A saved review's names record, strict or loose. Strict where the renderer sends one: every field is this build's.
 * Loose where one is read from a names file, which a desk's editors share across builds: a field a newer build added
 * is kept (and written back with the file), instead of the whole review being left out as unreadable.
 */
function nameRecordSchema(loose: boolean) {
  const object = <T extends z.ZodRawShape>(shape: T) => (loose ? z.looseObject(shape) : z.strictObject(shape));
  const spelling = object({
    key: short('spelling key'),
    written: short('spelling'),
    mentions: z.number().int().min(1).max(1_000_000),
    // Absent in records of builds before it was kept; "" for a name written without an article.
    article: z.string().max(10).optional(),
  });
  const name = object({
    key: short('Arabic name'),
    arabic: short('Arabic name'),
    spellings: z.array(spelling).min(1).max(100),
    // Absent in records of builds before full names were kept: those load as before.
    writtenIn: z.array(short('full name')).min(1).max(MAX_FULL_NAMES).optional(),
    person: short('full name').optional(),
    personEnglish: short('full name').optional(),
    // Absent in records of builds before joins were kept, and for Arabic names.
    joins: z.array(object({ pair: short('pair of name words'), join: z.enum(['-', ' ']) })).min(1).max(MAX_JOINS).optional(),
    // Absent in records of builds before kinds were read, and where no mention said.
    cues: object(kindCuesShape).optional(),
  });
  return object({
    id: short('review id', 200),
    title: z.string().max(500),
    recordedAt: z.string().max(40),
    names: z.array(name).max(5000, 'names: at most 5,000 in one article'),
  });
}

/** One saved review's names, as the renderer sends it after a save. */
export const articleNameRecordSchema = nameRecordSchema(false) satisfies z.ZodType<ArticleNameRecord>;

/** One saved review's names as a names file holds it: fields of newer builds kept (see nameRecordSchema). */
export const storedNameRecordSchema = nameRecordSchema(true) satisfies z.ZodType<ArticleNameRecord>;

export interface NameMemoryState {
  /** Newest first; at most MAX_REMEMBERED_ARTICLES. */
  articles: ArticleNameRecord[];
  /** Problems met reading the memory file since last asked, in plain words (a damaged file is kept aside, never lost). */
  notices: string[];
  /** Where the memory is kept. */
  file: string;
  /** Kept beside the desk's shared glossary, so every editor using that glossary reads and adds to it. */
  shared: boolean;
  /** Changes whenever the file does (another editor's save included): the same revision is the same memory. */
  revision: string;
}

/** The memory keeps the newest reviews; older ones matter less to a desk's current spelling and cost load time. */
export const MAX_REMEMBERED_ARTICLES = 2000;

export const namesChannels = {
  'names.memory': channel<NameMemoryState>()('How reviews saved before spelled their Arabic names, newest first.', z.object({}).strict().optional()),
  'names.remember': channel<{ articles: number }>()('Remember how a saved review spells its Arabic names, replacing what it said before.', z.object({ record: articleNameRecordSchema }).strict()),
  'names.forget': channel<{ articles: number }>()(
    'Forget the names of one review, or of all of them.',
    z
      .object({ id: short('review id', 200).optional(), all: z.literal(true).optional() })
      .strict()
      .refine((r) => (r.id === undefined) !== (r.all === undefined), 'give the id of one review, or all: true'),
  ),
} as const;
