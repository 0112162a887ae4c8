/**
 * The review document: what an editor's work is. Saved as *.tadqiq (see src/review/file.ts).
 * The machine translation is never modified; edits are kept per segment so the diff against the MT
 * and the change report are always available.
 */
import type { Segment } from '../model.js';

export interface ReviewDecisions {
  /** Finding keys the editor chose to ignore in this review. */
  ignored: string[];
  /** Finding key → the form the editor picked as preferred (name groups). */
  preferred: Record<string, string>;
  /** Name/term approvals made from findings, kept in the review until the glossary stores them. */
  approvals: Array<{ findingKey: string; source: string; target: string; variants: string[]; forbidden: string[]; at: string }>;
  /**
   * Segment id → its English as it read when the editor marked it reviewed (see reviewed.ts). A segment whose
   * English has changed since (an edit, a fix, an undo) counts as not reviewed. Absent in files from before.
   */
  reviewed?: Record<string, string>;
  /**
   * Segment id → its English as it read when the review was last exported: published text, which teaches the
   * names memory as a reviewed segment does while it still reads so (reviewed.ts vouchedSegments).
   */
  published?: Record<string, string>;
}

export interface Review {
  /** Schema version of the review file format. */
  schema: number;
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  source: { name: string; encoding: string; text: string };
  /** The machine translation exactly as imported or received from DeepL: the baseline for diffs. */
  target: { name: string; encoding: string; text: string; origin: 'file' | 'paste' | 'deepl' };
  /** Alignment of source to the MT; `target` of each segment is the MT text. */
  segments: Segment[];
  /** Segment id → the editor's current English for that segment (absent = unchanged MT). */
  edits: Record<string, string>;
  decisions: ReviewDecisions;
}
