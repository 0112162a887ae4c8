/**
 * A new review from an Arabic article and its machine translation: align them once and keep the
 * alignment in the review, so edits and decisions always refer to the same segments.
 */
import type { Analysis, AnalyzeOptions, Finding, Glossary, Segment } from '../model.js';
import { defaultAnalyzeOptions } from '../model.js';
import { analyze, runChecks } from '../analyze.js';
import type { Review } from './types.js';
import { REVIEW_SCHEMA_VERSION } from './file.js';
import { correctedSegmentsForChecks } from './corrected.js';

export interface CreateReviewInput {
  source: { name: string; encoding?: string; text: string };
  target: { name: string; encoding?: string; text: string; origin?: Review['target']['origin'] };
  title?: string;
  glossary?: Glossary;
  options?: AnalyzeOptions;
  /** Injected for reproducible tests; default: a random UUID and the current time. */
  id?: string;
  now?: Date;
}

/** Line endings "\n" everywhere and no byte-order mark, so offsets mean the same on every platform. */
function unixLines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function firstLine(text: string): string {
  // Collapse whitespace (MT output often has no-break spaces) so the title reads and searches normally.
  return text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l.length > 0) ?? '';
}

function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

export function createReview(input: CreateReviewInput): { review: Review; findings: Finding[] } {
  const sourceText = unixLines(input.source.text);
  const targetText = unixLines(input.target.text);
  const analysis: Analysis = analyze(sourceText, targetText, input.glossary ?? { terms: [] }, input.options ?? defaultAnalyzeOptions);
  const at = (input.now ?? new Date()).toISOString();
  const title = input.title?.trim() || firstLine(targetText).slice(0, 120) || input.target.name || 'Untitled review';
  const review: Review = {
    schema: REVIEW_SCHEMA_VERSION,
    id: input.id ?? newId(),
    title,
    createdAt: at,
    updatedAt: at,
    source: { name: input.source.name, encoding: input.source.encoding ?? 'utf-8', text: sourceText },
    target: { name: input.target.name, encoding: input.target.encoding ?? 'utf-8', text: targetText, origin: input.target.origin ?? 'file' },
    segments: analysis.segments,
    edits: {},
    decisions: { ignored: [], preferred: {}, approvals: [] },
  };
  return { review, findings: analysis.findings };
}

/** Findings for the review as the editor has it now (edits applied), e.g. for a QA report. */
export function analyzeReview(review: Review, glossary: Glossary = { terms: [] }, options: AnalyzeOptions = defaultAnalyzeOptions): Finding[] {
  const segments: Segment[] = correctedSegmentsForChecks(review);
  return runChecks(segments, glossary, options);
}
