// Channels of the "review" area: create, open, save (with conflict detection), autosave and restore,
// recent reviews, and export. Answered by main/ipc/handlers/review.ts over main/services/reviewStore.ts.
import { z } from 'zod';
import { channel } from './channel.js';
import type { Finding } from '../model.js';
import type { Review } from '../review/types.js';
import { reviewSchema as reviewInMemory } from '../review/file.js';
import { exportFormats } from '../formats/formats.js';

/** Identifies the version of a review file the editor has open: modification time, size, SHA-256 of the bytes. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  hash: string;
}

export interface RestorableReview {
  id: string;
  title: string;
  /** The review file this unsaved work belongs to; null for a review never saved. */
  path: string | null;
  savedAt: string;
}

export interface RecentReview {
  path: string;
  title: string;
  openedAt: string;
  /** The file is no longer there (moved, deleted, drive not connected). */
  missing: boolean;
}

export interface OpenedReviewResponse {
  review: Review;
  /** null when the review came as bytes (browser file picker) rather than from a path. */
  path: string | null;
  stamp: FileStamp | null;
}

export interface SavedReviewResponse {
  path: string;
  stamp: FileStamp;
  updatedAt: string;
}

export interface ExportResponse {
  bytesBase64: string;
  fileName: string;
  mime: string;
}

/**
 * Error codes of this area, for the UI to offer the right next step: on 'review-conflict' or
 * 'review-exists' ask and retry with overwrite: true, or save elsewhere; on 'write-failed' (shared code)
 * offer Save As. Problems reading a review file come as 'review-file-<problem>' (truncated, corrupt,
 * not-a-review, newer-version, invalid).
 */
export const ReviewErrorCodes = {
  notFound: 'review-not-found',
  unreadable: 'review-unreadable',
  conflict: 'review-conflict',
  exists: 'review-exists',
  noRestorable: 'review-no-restorable',
  forbiddenPath: 'forbidden-path',
  filePrefix: 'review-file-',
} as const;

const textSide = z.object({
  name: z.string().max(1000),
  encoding: z.string().max(50).optional(),
  text: z.string().max(50 * 1024 * 1024, 'text: at most 50 MB'),
});

export const fileStampSchema = z.object({ mtimeMs: z.number(), size: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) }).strict();

const reviewSchema = reviewInMemory as unknown as z.ZodType<Review>;

const occurrenceSchema = z.object({
  segment: z.string(),
  side: z.enum(['source', 'target']),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});

export const findingSchema = z.looseObject({
  key: z.string(),
  check: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  occurrences: z.array(occurrenceSchema),
}) as unknown as z.ZodType<Finding>;

const path = z.string().min(1, 'path: give the path of a review file').max(4096);
const reviewId = z.string().min(1).max(200);

export const createReviewSchema = z
  .object({
    source: textSide,
    target: textSide.extend({ origin: z.enum(['file', 'paste', 'deepl']).optional() }),
    title: z.string().max(500).optional(),
  })
  .strict();

export const openReviewSchema = z.union([
  z.object({ path }).strict(),
  z.object({ name: z.string().min(1).max(1000), bytesBase64: z.string().max(70 * 1024 * 1024) }).strict(),
]);

export const saveReviewSchema = z
  .object({
    path,
    review: reviewSchema,
    /** The stamp from open or the last save; omitted or null for "Save As" to a new file. */
    expected: fileStampSchema.nullable().optional(),
    /** Replace the file even if it changed on disk or already exists (after asking the editor). */
    overwrite: z.boolean().optional(),
  })
  .strict();

export const autosaveReviewSchema = z.object({ review: reviewSchema, path: path.nullable().optional() }).strict();

export const exportReviewSchema = z
  .object({
    review: reviewSchema,
    format: z.enum(exportFormats),
    findings: z.array(findingSchema).optional(),
    includeTargetOnly: z.boolean().optional(),
  })
  .strict();

const nothing = z.object({}).strict().optional();

export const reviewChannels = {
  'review.create': channel<{ review: Review; findings: Finding[] }>()('Align an Arabic article with its machine translation into a new review.', createReviewSchema),
  'review.open': channel<OpenedReviewResponse>()('Open a review file by path, or from bytes picked in the browser.', openReviewSchema),
  'review.save': channel<SavedReviewResponse>()('Save a review (atomic, keeps a .bak); refuses to overwrite a file changed on disk unless overwrite is true.', saveReviewSchema),
  'review.autosave': channel<{ savedAt: string }>()('Keep the latest unsaved state of a review in the data folder.', autosaveReviewSchema),
  'review.listRestorable': channel<RestorableReview[]>()('Unsaved work from earlier sessions, newest first.', nothing),
  'review.restore': channel<{ review: Review; path: string | null; savedAt: string }>()('Bring back unsaved work.', z.object({ id: reviewId }).strict()),
  'review.discardRestorable': channel<void>()('Throw away unsaved work the editor does not want.', z.object({ id: reviewId }).strict()),
  'review.recent': channel<RecentReview[]>()('Recent reviews, most recent first; moved files are marked missing.', nothing),
  'review.export': channel<ExportResponse>()('Export the review (corrected English, XLIFF, QA or change report) as bytes with a suggested file name.', exportReviewSchema),
} as const;
