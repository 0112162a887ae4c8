/**
 * Opening, saving and exporting reviews through the review service ('review.*' channels) when the
 * build has it, with native dialogs in Electron and the browser's file picker and downloads on the web
 * bridge. Without the service (a bare page) the same actions work on the file's text directly.
 */
import type { TadqiqApi } from '../../src/api/contract.js';
import type { Finding } from '../../src/model.js';
import { parseReview, REVIEW_FILE_EXTENSION, serializeReview } from '../../src/review/file.js';
import { correctedText } from '../../src/review/corrected.js';
import type { Review } from '../../src/review/types.js';
import { callIfAvailable, hasChannel } from './api.js';
import { bytesToBase64, base64ToBytes, fileSlug, pickFile, saveFile, type SaveOutcome } from './fileIo.js';

/** Reviews saved by earlier builds end in .tadqiq.json: still offered when opening. */
const reviewFilter = { name: 'Tadqiq review', extensions: [REVIEW_FILE_EXTENSION.slice(1), 'json'] };

/** Where the open review lives on disk, and which version of the file we last read or wrote. */
export interface ReviewLocation {
  path: string | null;
  stamp: unknown;
}

export async function openReviewFile(api: TadqiqApi | null): Promise<{ review: Review; location: ReviewLocation } | null> {
  const picked = await pickFile(api, 'Open a review', reviewFilter);
  if (!picked) return null;
  if (hasChannel(api, 'review.open')) {
    const request = picked.path ? { path: picked.path } : { name: picked.name, bytesBase64: bytesToBase64(picked.bytes) };
    const r = await callIfAvailable<{ review: Review; path: string | null; stamp: unknown }>(api, 'review.open', request);
    if (r) return { review: r.review, location: { path: r.path, stamp: r.stamp } };
  }
  return { review: parseReview(new TextDecoder('utf-8').decode(picked.bytes), picked.name), location: { path: picked.path ?? null, stamp: null } };
}

export async function openReviewAtPath(api: TadqiqApi | null, path: string): Promise<{ review: Review; location: ReviewLocation } | null> {
  if (hasChannel(api, 'review.open')) {
    const r = await callIfAvailable<{ review: Review; path: string | null; stamp: unknown }>(api, 'review.open', { path });
    if (r) return { review: r.review, location: { path: r.path, stamp: r.stamp } };
  }
  const file = await callIfAvailable<{ name: string; bytesBase64: string }>(api, 'files.readPath', { path });
  if (!file) return null;
  return { review: parseReview(new TextDecoder('utf-8').decode(base64ToBytes(file.bytesBase64)), file.name), location: { path, stamp: null } };
}

function codeOf(err: unknown): string {
  return err && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : '';
}

export type SaveResult = SaveOutcome & { location?: ReviewLocation };

/**
 * Save to the known path (or, for Save As / a new review, where the editor chooses). A file changed on
 * disk since we read it is never overwritten without asking.
 */
export async function saveReviewFile(
  api: TadqiqApi | null,
  review: Review,
  location: ReviewLocation | null,
  saveAs: boolean,
  confirmOverwrite: (message: string) => boolean,
): Promise<SaveResult> {
  const defaultName = `${fileSlug(review.title)}${REVIEW_FILE_EXTENSION}`;
  let path = saveAs ? null : location?.path ?? null;
  if (!path && hasChannel(api, 'review.save')) {
    try {
      const chosen = await callIfAvailable<string | null>(api, 'files.saveDialog', { title: 'Save review', defaultName, filters: [{ name: 'Tadqiq review', extensions: [REVIEW_FILE_EXTENSION.slice(1)] }] });
      if (chosen === null) return { kind: 'cancelled' };
      path = chosen ?? null;
    } catch (err) {
      if (codeOf(err) !== 'dialog-unavailable' && codeOf(err) !== 'not-available') throw err;
    }
  }
  if (path && hasChannel(api, 'review.save')) {
    const expected = saveAs ? null : (location?.stamp ?? null);
    const attempt = (overwrite: boolean) =>
      callIfAvailable<{ path: string; stamp: unknown }>(api, 'review.save', { path, review, expected, ...(overwrite ? { overwrite: true } : {}) });
    let saved: { path: string; stamp: unknown } | undefined;
    try {
      saved = await attempt(false);
    } catch (err) {
      const code = codeOf(err);
      if (code !== 'review-conflict' && code !== 'review-exists') throw err;
      if (!confirmOverwrite(`${err instanceof Error ? err.message : 'The file changed on disk.'}\n\nReplace it with this review?`)) return { kind: 'cancelled' };
      saved = await attempt(true);
    }
    if (saved) return { kind: 'saved', path: saved.path, location: { path: saved.path, stamp: saved.stamp } };
  }
  return saveFile(api, {
    title: 'Save review',
    defaultName,
    filter: { name: 'Tadqiq review', extensions: ['json'] },
    bytes: new TextEncoder().encode(serializeReview(review)),
    type: 'application/json',
  });
}

export interface ExportChoice {
  format: string;
  label: string;
  extension: string;
}

/** What an editor can export, in the service's format names; the first is the default. */
export const exportChoices: readonly ExportChoice[] = [
  { format: 'txt', label: 'Corrected English — plain text (.txt)', extension: 'txt' },
  { format: 'docx', label: 'Corrected English — Word (.docx)', extension: 'docx' },
  { format: 'html', label: 'Corrected English — web page (.html)', extension: 'html' },
  { format: 'md', label: 'Corrected English — Markdown (.md)', extension: 'md' },
  { format: 'xliff', label: 'Bilingual XLIFF 2.1 (.xlf)', extension: 'xlf' },
  { format: 'xliff12', label: 'Bilingual XLIFF 1.2 (.xlf)', extension: 'xlf' },
  { format: 'report-html', label: 'QA report (.html)', extension: 'html' },
  { format: 'report-csv', label: 'QA report (.csv)', extension: 'csv' },
  { format: 'changes-html', label: 'Change report: MT vs. edited (.html)', extension: 'html' },
];

export async function exportReview(
  api: TadqiqApi | null,
  review: Review,
  findings: readonly Finding[],
  choice: ExportChoice,
  includeTargetOnly: boolean,
): Promise<SaveOutcome> {
  let bytes: Uint8Array;
  let name: string;
  let mime: string;
  if (hasChannel(api, 'review.export')) {
    const r = await callIfAvailable<{ bytesBase64: string; fileName: string; mime: string }>(api, 'review.export', {
      review, format: choice.format, findings: [...findings], includeTargetOnly,
    });
    if (!r) throw new Error('The export produced nothing.');
    bytes = base64ToBytes(r.bytesBase64);
    name = r.fileName;
    mime = r.mime;
  } else if (choice.format === 'txt') {
    bytes = new TextEncoder().encode(correctedText(review, { includeTargetOnly }));
    name = `${fileSlug(review.title)}.corrected.txt`;
    mime = 'text/plain;charset=utf-8';
  } else {
    throw new Error('This format needs the Tadqiq service; only plain text can be exported here.');
  }
  return saveFile(api, {
    title: 'Export',
    defaultName: name,
    filter: { name: choice.label, extensions: [choice.extension] },
    bytes,
    type: mime,
  });
}
