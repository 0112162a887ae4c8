/**
 * Every export format in one table: format id → file bytes, suggested file name and media type.
 * The CLI, the IPC handler and the renderer all export through exportReview, so a format behaves the
 * same everywhere.
 */
import type { Finding } from '../model.js';
import type { Review } from '../review/types.js';
import { exportTxt, exportMarkdown } from './exportText.js';
import { exportHtml } from './exportHtml.js';
import { exportDocx } from './exportDocx.js';
import { exportXliff12, exportXliff2 } from './exportXliff.js';
import { exportReportCsv, exportReportHtml } from './exportReport.js';
import { exportChangesHtml } from './exportChanges.js';
import { replaceExtension } from './escape.js';

import type { ExportFormat } from './formats.js';

export { exportFormats, isExportFormat, type ExportFormat } from './formats.js';

export interface ExportOptions {
  /** Findings for the QA report (the other formats ignore them). */
  findings?: readonly Finding[];
  /** Keep target-only segments (web clutter, additions) in the corrected English. */
  includeTargetOnly?: boolean;
  now?: Date;
}

export interface ExportedFile {
  bytes: Uint8Array;
  fileName: string;
  mime: string;
}

interface FormatSpec {
  label: string;
  suffix: string;
  mime: string;
  run(review: Review, options: ExportOptions): string | Promise<string | Uint8Array>;
}

export const formatSpecs: Record<ExportFormat, FormatSpec> = {
  txt: { label: 'Corrected English (.txt)', suffix: '.corrected.txt', mime: 'text/plain;charset=utf-8', run: (r, o) => exportTxt(r, o) },
  md: { label: 'Corrected English (Markdown)', suffix: '.corrected.md', mime: 'text/markdown;charset=utf-8', run: (r, o) => exportMarkdown(r, o) },
  html: { label: 'Corrected English (web page)', suffix: '.corrected.html', mime: 'text/html;charset=utf-8', run: (r, o) => exportHtml(r, o) },
  docx: {
    label: 'Corrected English (Word)',
    suffix: '.corrected.docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    run: (r, o) => exportDocx(r, o),
  },
  xliff: { label: 'Bilingual XLIFF 2.1', suffix: '.xlf', mime: 'application/xliff+xml', run: (r, o) => exportXliff2(r, o) },
  xliff12: { label: 'Bilingual XLIFF 1.2', suffix: '.xliff12.xlf', mime: 'application/xliff+xml', run: (r, o) => exportXliff12(r, o) },
  'report-html': { label: 'QA report (web page)', suffix: '.qa-report.html', mime: 'text/html;charset=utf-8', run: (r, o) => exportReportHtml(r, o.findings ?? [], o) },
  'report-csv': { label: 'QA report (CSV)', suffix: '.qa-report.csv', mime: 'text/csv;charset=utf-8', run: (r, o) => exportReportCsv(r, o.findings ?? [], o) },
  'changes-html': { label: 'Change report (web page)', suffix: '.changes.html', mime: 'text/html;charset=utf-8', run: (r, o) => exportChangesHtml(r, o) },
};

/** "article.en.txt" → "article.en.corrected.docx"; falls back to the review's title. */
export function suggestedFileName(review: Review, format: ExportFormat): string {
  const base = review.target.name || review.title.replace(/[\\/:*?"<>|\u0000-\u001F]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'review';
  return replaceExtension(base, formatSpecs[format].suffix);
}

export async function exportReview(review: Review, format: ExportFormat, options: ExportOptions = {}): Promise<ExportedFile> {
  const spec = formatSpecs[format];
  const out = await spec.run(review, options);
  const bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
  return { bytes, fileName: suggestedFileName(review, format), mime: spec.mime };
}
