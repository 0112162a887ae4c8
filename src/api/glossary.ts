// Channels of the "glossary" area: the shared glossary store (main/services/glossaryStore.ts) seen from the UI.
import { z } from 'zod';
import { channel } from './channel.js';
import type { Glossary, Term } from '../model.js';

/** A term conflict between this editor and another who saved the shared file: both versions, for the editor to choose. */
export interface GlossaryConflict {
  id: string;
  base?: Term;
  /** This editor's version (absent when this editor deleted the term). */
  mine?: Term;
  /** The version saved by someone else (absent when they deleted it). */
  theirs?: Term;
}

export interface GlossaryState {
  /** Where the glossary file is (shown in the panel, so a desk knows which shared file it edits). */
  path: string;
  terms: Term[];
  /** Conflicts waiting for the editor; empty almost always. */
  conflicts: GlossaryConflict[];
  /** True when this answer merged in changes another editor had saved. */
  mergedExternalChanges: boolean;
}

export interface GlossaryTermChange {
  state: GlossaryState;
  term: Term;
}

/** What adding many terms at once did: terms whose Arabic the glossary already had are skipped, never replaced. */
export interface GlossaryAddMany {
  state: GlossaryState;
  added: number;
  /** The Arabic of each term left out because the glossary already had it. */
  skipped: string[];
}

export interface GlossaryImportPreview {
  format: 'csv' | 'tsv' | 'tbx' | 'json';
  /** Terms that are new to the glossary. */
  added: { source: string; target: string }[];
  unchanged: number;
  /** Terms the file renders differently from the glossary: replaced only with decision "overwrite". */
  conflicts: { source: string; existing: string; incoming: string }[];
  /** Duplicates, empty rows and other problems in the file, by line. */
  problems: { line: number; message: string }[];
  /** Whether this call saved anything (false for a preview). */
  applied: boolean;
  state: GlossaryState;
}

export interface GlossaryExport {
  fileName: string;
  mimeType: string;
  /** The file's text (UTF-8). */
  content: string;
}

const text = (what: string, max = 500) => z.string().trim().min(1, `${what} is empty`).max(max);
const formList = z.array(z.string().trim().min(1).max(500)).max(100);
export const termKindSchema = z.enum(['person', 'place', 'organization', 'term']);
export const termStatusSchema = z.enum(['proposed', 'approved', 'rejected']);

export const termInputSchema = z
  .object({
    /** Absent to add a term; the id of an existing term to edit it. */
    id: z.string().min(1).max(100).optional(),
    source: text('source (Arabic)'),
    target: text('target (English)'),
    variants: formList.optional(),
    forbidden: formList.optional(),
    kind: termKindSchema.optional(),
    note: z.string().max(2000).optional(),
    status: termStatusSchema.optional(),
  })
  .strict();

export type TermInputRequest = z.input<typeof termInputSchema>;

const idOnly = z.object({ id: z.string().min(1).max(100) }).strict();

const findingForms = z.array(z.string().trim().min(1).max(500)).max(100);

/**
 * "Approve in glossary" from a finding. The editor's choice for each other form is given either as
 * `others: [{ form, as: 'variant' | 'forbidden' }]` or as two lists `variants` / `forbidden`; `preferred`
 * may also be called `target`. Handlers receive one shape: { source, preferred, others, kind?, note? }.
 */
export const approveFromFindingSchema = z
  .object({
    /** The finding this approval came from (kept for the record; not needed to find the term). */
    findingKey: z.string().max(1000).optional(),
    /** The Arabic the finding is about (e.g. الكاظمي). */
    source: text('source (Arabic)'),
    /** The form the editor approves (e.g. Al-Kadhimi). */
    preferred: text('preferred form').optional(),
    target: text('preferred form').optional(),
    /** The finding's other forms and what the editor makes of each. */
    others: z.array(z.object({ form: text('form'), as: z.enum(['variant', 'forbidden']) }).strict()).max(100).optional(),
    variants: findingForms.optional(),
    forbidden: findingForms.optional(),
    kind: termKindSchema.optional(),
    note: z.string().max(2000).optional(),
  })
  .strict()
  .refine((r) => r.preferred !== undefined || r.target !== undefined, { message: 'give the preferred form (preferred or target)', path: ['preferred'] })
  .transform((r) => {
    const others: { form: string; as: 'variant' | 'forbidden' }[] = [
      ...(r.others ?? []),
      ...(r.variants ?? []).map((form) => ({ form, as: 'variant' as const })),
      ...(r.forbidden ?? []).map((form) => ({ form, as: 'forbidden' as const })),
    ];
    return {
      source: r.source,
      preferred: (r.preferred ?? r.target)!,
      others,
      ...(r.kind ? { kind: r.kind } : {}),
      ...(r.note !== undefined ? { note: r.note } : {}),
    };
  });

export const importSchema = z
  .object({
    fileName: text('file name', 255),
    bytesBase64: z.string().max(70_000_000, 'the file is too large (over 50 MB)'),
    /** "preview": report only. "keep": add new terms, keep differing ones. "overwrite": also replace differing ones. */
    decision: z.enum(['preview', 'keep', 'overwrite']).default('preview'),
  })
  .strict();

export const exportSchema = z.object({ format: z.enum(['csv', 'tsv', 'tbx']) }).strict();

export const resolveConflictSchema = z
  .object({
    id: z.string().min(1).max(100),
    /** Keep the other editor's version, this editor's, or a version the editor wrote from both. */
    choice: z.union([z.literal('mine'), z.literal('theirs'), z.object({ term: termInputSchema }).strict()]),
  })
  .strict();

export const glossaryChannels = {
  'glossary.get': channel<Glossary>()('The glossary as the engine uses it ({ terms }), re-read if someone else saved the shared file.', z.object({}).strict().optional()),
  'glossary.list': channel<GlossaryState>()('All terms (re-read if someone else saved the shared file), with any conflicts waiting.', z.object({}).strict().optional()),
  'glossary.upsert': channel<GlossaryTermChange>()('Add a term, or edit the term with the given id.', z.object({ term: termInputSchema }).strict()),
  'glossary.addMany': channel<GlossaryAddMany>()(
    'Add many new terms in one save (the names a desk has settled); a term whose Arabic the glossary has is skipped.',
    z.object({ terms: z.array(termInputSchema).min(1, 'give at least one term').max(2000, 'at most 2,000 terms at once') }).strict(),
  ),
  'glossary.setStatus': channel<GlossaryState>()('Approve, reject, or return a term to proposed.', idOnly.extend({ status: termStatusSchema }).strict()),
  'glossary.delete': channel<GlossaryState>()('Delete a term.', idOnly),
  'glossary.approveFromFinding': channel<GlossaryTermChange>()(
    'From a finding: create or update the term for this Arabic with the preferred form approved and the other forms recorded as variants or forbidden.',
    approveFromFindingSchema,
  ),
  'glossary.import': channel<GlossaryImportPreview>()('Import a CSV, TSV, TBX or glossary JSON file: preview first, then apply with a decision.', importSchema),
  'glossary.export': channel<GlossaryExport>()('The glossary as CSV, TSV or TBX-Basic.', exportSchema),
  'glossary.resolveConflict': channel<GlossaryState>()('Settle a conflict with another editor\'s save.', resolveConflictSchema),
} as const;
