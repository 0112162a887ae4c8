/**
 * The review file (*.tadqiq, JSON inside): an editor's work on disk. Reading is all-or-nothing: a file is
 * either migrated to the current schema and fully validated, or refused with a message an editor can
 * act on. Nothing is ever half-read, and the file itself is never touched here.
 */
import { z } from 'zod';
import type { Review } from './types.js';
import { migrations } from './migrations.js';

/** The schema version this build writes and fully understands. */
export const REVIEW_SCHEMA_VERSION = 2;

/**
 * The review file's extension. One extension, not ".tadqiq.json": Windows associates files by their last
 * extension only, so a double-clicked ".tadqiq.json" would open in a JSON editor, not in Tadqiq.
 */
export const REVIEW_FILE_EXTENSION = '.tadqiq';
/** What earlier builds saved; still opened everywhere a review is. */
export const LEGACY_REVIEW_FILE_EXTENSION = '.tadqiq.json';

/** Whether a file name is a Tadqiq review by its name (either extension, any letter case). */
export function isReviewFileName(name: string): boolean {
  const n = name.trim().toLowerCase();
  return n.endsWith(REVIEW_FILE_EXTENSION) || n.endsWith(LEGACY_REVIEW_FILE_EXTENSION);
}

/** Marks a JSON file as a Tadqiq review, so a random JSON file is told apart from a damaged review. */
export const REVIEW_FORMAT_MARKER = 'tadqiq-review';

export type ReviewFileProblem = 'truncated' | 'corrupt' | 'not-a-review' | 'newer-version' | 'invalid';

export class ReviewFileError extends Error {
  override name = 'ReviewFileError';
  constructor(
    readonly problem: ReviewFileProblem,
    message: string,
    readonly fileName: string,
  ) {
    super(message);
  }
}

const rangeSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).nullable();

const segmentSchema = z.looseObject({
  id: z.string().min(1),
  paragraph: z.number().int().min(0),
  sourceParagraph: z.number().int().min(0),
  source: z.string(),
  target: z.string(),
  sourceRange: rangeSchema,
  targetRange: rangeSchema,
  shape: z.string(),
});

const approvalSchema = z.looseObject({
  findingKey: z.string(),
  source: z.string(),
  target: z.string(),
  variants: z.array(z.string()),
  forbidden: z.array(z.string()),
  at: z.string(),
});

/**
 * A review in memory, as it crosses the IPC boundary. Loose objects keep fields this version does not know
 * about (added compatibly by newer code of the same schema version), so opening and saving never drops them.
 */
export const reviewSchema = z.looseObject({
  schema: z.literal(REVIEW_SCHEMA_VERSION),
  id: z.string().min(1),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  source: z.looseObject({ name: z.string(), encoding: z.string(), text: z.string() }),
  target: z.looseObject({
    name: z.string(),
    encoding: z.string(),
    text: z.string(),
    origin: z.enum(['file', 'paste', 'deepl']),
  }),
  segments: z.array(segmentSchema),
  edits: z.record(z.string(), z.string()),
  decisions: z.looseObject({
    ignored: z.array(z.string()),
    preferred: z.record(z.string(), z.string()),
    approvals: z.array(approvalSchema),
    reviewed: z.record(z.string(), z.string()).optional(),
    published: z.record(z.string(), z.string()).optional(),
  }),
});

/**
 * A review on disk. Since schema 2 a segment leaves out its text where that text is the full text's slice
 * at its range (as every segment of an imported article is): the article is stored once, not twice, which
 * halves the file and every autosave. A segment whose text is not that slice keeps it.
 */
const reviewFileSchema = reviewSchema.extend({
  segments: z.array(segmentSchema.extend({ source: z.string().optional(), target: z.string().optional() })),
});

/** Review → file text. Stable key order and a trailing newline keep diffs of review files readable. */
export function serializeReview(review: Review): string {
  const { schema: _schema, segments, ...rest } = review;
  const stored = segments.map((s) => {
    const { source, target, ...others } = s;
    return {
      ...others,
      ...(isSlice(review.source.text, s.sourceRange, source) ? {} : { source }),
      ...(isSlice(review.target.text, s.targetRange, target) ? {} : { target }),
    };
  });
  return `${JSON.stringify({ format: REVIEW_FORMAT_MARKER, schema: REVIEW_SCHEMA_VERSION, ...rest, segments: stored }, null, 2)}\n`;
}

type Range = { start: number; end: number } | null;

/** Whether a segment's text can be read back from the full text: its slice at the range, or empty with no range. */
function isSlice(full: string, range: Range, text: string): boolean {
  return range ? range.end - range.start === text.length && full.startsWith(text, range.start) : text === '';
}

/** The text a stored segment left out (see reviewFileSchema), or null when its range lies outside the full text. */
function sliceOf(full: string, range: Range): string | null {
  if (!range) return '';
  return range.start <= range.end && range.end <= full.length ? full.slice(range.start, range.end) : null;
}

/** File text → Review, migrating older schemas. Throws ReviewFileError with an editor-readable message. */
export function parseReview(text: string, fileName: string): Review {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    throw new ReviewFileError('truncated', `"${fileName}" is empty. It may not have finished saving; try its backup (${fileName}.bak) if there is one.`, fileName);
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw looksCutOff(body)
      ? new ReviewFileError('truncated', `"${fileName}" is incomplete: the file ends in the middle of the review, probably because saving was interrupted. It was left untouched; try its backup (${fileName}.bak) if there is one.`, fileName)
      : new ReviewFileError('corrupt', `"${fileName}" is damaged and cannot be read as a Tadqiq review. It was left untouched; try its backup (${fileName}.bak) if there is one.`, fileName);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ReviewFileError('not-a-review', `"${fileName}" is not a Tadqiq review file.`, fileName);
  }
  const record = data as Record<string, unknown>;
  const version = schemaVersionOf(record);
  if (version === undefined) {
    throw new ReviewFileError('not-a-review', `"${fileName}" is not a Tadqiq review file.`, fileName);
  }
  if (version > REVIEW_SCHEMA_VERSION) {
    throw new ReviewFileError(
      'newer-version',
      `"${fileName}" was made by a newer Tadqiq (review format ${version}; this version reads up to ${REVIEW_SCHEMA_VERSION}). Update Tadqiq to open it; the file was left untouched.`,
      fileName,
    );
  }
  let current: unknown = record;
  for (let v = version; v < REVIEW_SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new ReviewFileError('invalid', `"${fileName}" uses review format ${v}, which this Tadqiq cannot convert.`, fileName);
    try {
      current = step(current);
    } catch (e) {
      throw new ReviewFileError('invalid', `"${fileName}" uses an older review format and could not be converted: ${e instanceof Error ? e.message : String(e)}`, fileName);
    }
  }
  const parsed = reviewFileSchema.safeParse(current);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` (at ${first.path.map(String).join('.')})` : '';
    throw damaged(fileName, where);
  }
  const { format: _format, ...stored } = parsed.data as typeof parsed.data & { format?: unknown };
  const segments = stored.segments.map((s, i) => {
    const source = s.source ?? sliceOf(stored.source.text, s.sourceRange);
    const target = s.target ?? sliceOf(stored.target.text, s.targetRange);
    if (source === null || target === null) throw damaged(fileName, ` (at segments.${i}: its place in the ${source === null ? 'Arabic' : 'English'} text is past the text's end)`);
    return { ...s, source, target };
  });
  const review = { ...stored, segments } as Review;
  checkConsistency(review, fileName);
  return review;
}

function damaged(fileName: string, where: string): ReviewFileError {
  return new ReviewFileError('invalid', `"${fileName}" is a Tadqiq review but parts of it are missing or damaged${where}. It was left untouched.`, fileName);
}

function schemaVersionOf(record: Record<string, unknown>): number | undefined {
  if (record.format === REVIEW_FORMAT_MARKER && typeof record.schema === 'number' && Number.isInteger(record.schema)) return record.schema;
  // Before the marker existed (schema 0), files said { "app": "tadqiq", "version": 0 }.
  if (record.app === 'tadqiq' && record.version === 0) return 0;
  return undefined;
}

/** JSON that fails to parse and does not close its outermost object was most likely cut off mid-write. */
function looksCutOff(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.startsWith('{') && !trimmed.endsWith('}');
}

/** Edits and decisions must point at segments that exist; otherwise edits would silently vanish. */
function checkConsistency(review: Review, fileName: string): void {
  const ids = new Set<string>();
  for (const s of review.segments) {
    if (ids.has(s.id)) throw new ReviewFileError('invalid', `"${fileName}" lists segment "${s.id}" twice. It was left untouched.`, fileName);
    ids.add(s.id);
  }
  for (const id of Object.keys(review.edits)) {
    if (!ids.has(id)) {
      throw new ReviewFileError('invalid', `"${fileName}" has an edit for segment "${id}", which is not in the review. It was left untouched.`, fileName);
    }
  }
  for (const id of Object.keys(review.decisions.reviewed ?? {})) {
    if (!ids.has(id)) {
      throw new ReviewFileError('invalid', `"${fileName}" marks segment "${id}" as reviewed, but it is not in the review. It was left untouched.`, fileName);
    }
  }
  for (const id of Object.keys(review.decisions.published ?? {})) {
    if (!ids.has(id)) {
      throw new ReviewFileError('invalid', `"${fileName}" says segment "${id}" was exported, but it is not in the review. It was left untouched.`, fileName);
    }
  }
}
