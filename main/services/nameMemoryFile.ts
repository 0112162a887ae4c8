/**
 * The names file's format: `{ schema: 1, articles: [...records], kinds: {...} }`, read record by record.
 *
 * Each name's kind counts (RememberedName.cues, name-kind.ts) are kept apart from the records, under `kinds` by
 * review id. A desk's editors share the file and do not all update on the same day. An older build checks its
 * records strictly, so it would leave out every review that carries a field it does not know, and its next save would
 * write the file without those reviews. It ignores a top-level key it does not know. Saving, it drops only the kind
 * counts, which are guesses the next save here counts again.
 */
import { z } from 'zod';
import { storedKindCuesSchema, storedNameRecordSchema } from '../../src/api/names.js';
import type { ArticleNameRecord, RememberedName } from '../../src/names/name-memory.js';

export const NAME_MEMORY_SCHEMA = 1;

const fileSchema = z.object({ schema: z.literal(NAME_MEMORY_SCHEMA), articles: z.array(z.unknown()), kinds: z.record(z.string(), z.unknown()).optional() });

/** One review's kind counts: as many entries as its names (null where none was counted), so a stale list is seen. */
const reviewKindsSchema = z.array(storedKindCuesSchema.nullable()).max(5000);

/** The file's text for these records, newest first, with their kind counts beside them. */
export function formatNameMemoryFile(articles: readonly ArticleNameRecord[]): string {
  const kinds: Record<string, Array<RememberedName['cues'] | null>> = {};
  const stored = articles.map((a) => {
    if (!a.names.some((n) => n.cues)) return a;
    kinds[a.id] = a.names.map((n) => n.cues ?? null);
    return { ...a, names: a.names.map(({ cues: _, ...n }) => n) };
  });
  return `${JSON.stringify({ schema: NAME_MEMORY_SCHEMA, articles: stored, ...(Object.keys(kinds).length > 0 ? { kinds } : {}) })}\n`;
}

/**
 * The records of a names file (the app's name-memory.json, a desk's NAME.names.json), or null when it is not one.
 * Salvaged record by record: one damaged review should not cost the desk the others.
 */
export function parseNameMemoryFile(text: string): { kind: 'read'; articles: ArticleNameRecord[]; dropped: number; total: number } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  const file = fileSchema.safeParse(raw);
  if (!file.success) return null;
  const articles: ArticleNameRecord[] = [];
  for (const a of file.data.articles) {
    const parsed = storedNameRecordSchema.safeParse(a);
    if (parsed.success) articles.push(withKinds(parsed.data, file.data.kinds?.[parsed.data.id]));
  }
  return { kind: 'read', articles, dropped: file.data.articles.length - articles.length, total: file.data.articles.length };
}

/** The record with its kind counts put back on its names; as it is when they are missing, damaged or stale. */
function withKinds(record: ArticleNameRecord, stored: unknown): ArticleNameRecord {
  const kinds = reviewKindsSchema.safeParse(stored);
  if (!kinds.success || kinds.data.length !== record.names.length) return record;
  return { ...record, names: record.names.map((n, i) => (kinds.data[i] ? { ...n, cues: kinds.data[i] } : n)) };
}
