/**
 * The glossary store's file: one JSON document with a versioned schema. Pure (parse and format strings);
 * main/services/glossaryStore.ts owns the disk. `revision` grows by one on every save, so a store can tell
 * that someone else saved since it last read the file.
 */
import { z } from 'zod';
import type { Glossary, Term } from '../model.js';
import { GlossaryFormatError } from './problems.js';

export const GLOSSARY_FORMAT = 'tadqiq-glossary';
export const GLOSSARY_SCHEMA_VERSION = 1;

const termEvent = z.object({
  at: z.string(),
  by: z.string(),
  action: z.enum(['created', 'edited', 'approved', 'rejected', 'imported', 'merged']),
  detail: z.string().optional(),
});

export const termSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string(),
  variants: z.array(z.string()).default([]),
  forbidden: z.array(z.string()).default([]),
  kind: z.enum(['person', 'place', 'organization', 'term']).default('term'),
  note: z.string().optional(),
  status: z.enum(['proposed', 'approved', 'rejected']).default('proposed'),
  history: z.array(termEvent).default([]),
});

const fileSchema = z.object({
  format: z.literal(GLOSSARY_FORMAT),
  version: z.number().int(),
  revision: z.number().int().nonnegative().default(0),
  savedAt: z.string().optional(),
  savedBy: z.string().optional(),
  terms: z.array(termSchema),
});

export interface GlossaryDocument {
  format: typeof GLOSSARY_FORMAT;
  version: number;
  revision: number;
  savedAt?: string;
  savedBy?: string;
  terms: Term[];
}

export function emptyGlossaryDocument(): GlossaryDocument {
  return { format: GLOSSARY_FORMAT, version: GLOSSARY_SCHEMA_VERSION, revision: 0, terms: [] };
}

export function parseGlossaryDocument(text: string, fileName: string): GlossaryDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new GlossaryFormatError(fileName, `the JSON is broken (${(e as Error).message}).`);
  }
  // A bare { terms: [...] } (a Glossary value) is accepted too: it is what the engine itself passes around.
  if (raw && typeof raw === 'object' && !('format' in raw) && Array.isArray((raw as Glossary).terms)) {
    raw = { format: GLOSSARY_FORMAT, version: GLOSSARY_SCHEMA_VERSION, revision: 0, terms: (raw as Glossary).terms };
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > GLOSSARY_SCHEMA_VERSION) {
    throw new GlossaryFormatError(fileName, `it was saved by a newer Tadqiq (glossary schema ${version}; this version reads up to ${GLOSSARY_SCHEMA_VERSION}). Update Tadqiq to open it.`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new GlossaryFormatError(fileName, `it is not a Tadqiq glossary (${issue?.message ?? 'unexpected content'}${where}).`);
  }
  const doc = parsed.data;
  return { ...doc, format: GLOSSARY_FORMAT, terms: doc.terms.map(stripUndefined) };
}

function stripUndefined(t: z.output<typeof termSchema>): Term {
  const term: Term = { id: t.id, source: t.source, target: t.target, variants: t.variants, forbidden: t.forbidden, kind: t.kind, status: t.status, history: t.history.map((h) => (h.detail === undefined ? { at: h.at, by: h.by, action: h.action } : { ...h, detail: h.detail })) };
  if (t.note !== undefined) term.note = t.note;
  return term;
}

export function formatGlossaryDocument(doc: GlossaryDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
