/**
 * The QA report: what the checks found, what the editor decided, and the counts, as a printable HTML
 * page and as CSV for spreadsheets. Every piece of text is escaped; Arabic is isolated so it cannot
 * reorder the English around it.
 */
import Papa from 'papaparse';
import type { Finding, Severity } from '../model.js';
import type { Review } from '../review/types.js';
import { findCheck } from '../checks/registry.js';
import { escapeHtml } from './escape.js';
import { reviewProgress, savedEnglish } from '../review/reviewed.js';

export interface ReportOptions {
  /** When the report was made (default: now). */
  now?: Date;
  /** Check id → title, for checks not in the registry (default: the registry's titles). */
  checkTitles?: Record<string, string>;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

function titleOf(check: string, options: ReportOptions): string {
  return options.checkTitles?.[check] ?? findCheck(check)?.title ?? check;
}

export interface ReportCounts {
  findings: number;
  open: number;
  ignored: number;
  bySeverity: Record<Severity, number>;
  editedSegments: number;
  segments: number;
  /** Segments the editor marked reviewed whose English still reads as it did then, of those with any text. */
  reviewedSegments: number;
  reviewableSegments: number;
}

export function reportCounts(review: Review, findings: readonly Finding[]): ReportCounts {
  const ignored = new Set(review.decisions.ignored);
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let nIgnored = 0;
  const progress = reviewProgress(review, savedEnglish(review));
  for (const f of findings) {
    if (ignored.has(f.key)) nIgnored++;
    else bySeverity[f.severity]++;
  }
  return {
    findings: findings.length,
    open: findings.length - nIgnored,
    ignored: nIgnored,
    bySeverity,
    editedSegments: Object.keys(review.edits).length,
    segments: review.segments.length,
    reviewedSegments: progress.reviewed,
    reviewableSegments: progress.total,
  };
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Escaped text; Arabic runs wrapped in <bdi lang="ar" dir="rtl"> so they stay readable inside English. */
function text(s: string): string {
  if (!ARABIC.test(s)) return escapeHtml(s);
  return s
    .split(/([\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF][\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\s\u060C\u061B\u061F\u0660-\u0669«»().،-]*)/)
    .map((part, i) => (i % 2 === 1 ? `<bdi lang="ar" dir="rtl">${escapeHtml(part.trimEnd())}</bdi>${escapeHtml(part.slice(part.trimEnd().length))}` : escapeHtml(part)))
    .join('');
}

const STYLE = `
body { font: 15px/1.5 system-ui, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.meta { color: #555; } table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; } .error { color: #a00; } .warning { color: #8a5a00; } .info { color: #245; }
.ignored { color: #777; } .ignored .message { text-decoration: line-through; } mark { background: #ffe58a; }
bdi[lang=ar] { font-family: "Noto Naskh Arabic", "Segoe UI", serif; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

function occurrencesHtml(f: Finding): string {
  if (f.occurrences.length === 0) return '';
  const items = f.occurrences.map((o) => `<li>${escapeHtml(o.segment)} (${o.side === 'source' ? 'Arabic' : 'English'}): <mark>${text(o.text)}</mark></li>`);
  return `<ul>${items.join('')}</ul>`;
}

export function exportReportHtml(review: Review, findings: readonly Finding[], options: ReportOptions = {}): string {
  const now = (options.now ?? new Date()).toISOString();
  const counts = reportCounts(review, findings);
  const ignored = new Set(review.decisions.ignored);
  const byCheck = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!byCheck.has(f.check)) byCheck.set(f.check, []);
    byCheck.get(f.check)!.push(f);
  }
  const sections: string[] = [];
  for (const [check, list] of [...byCheck.entries()].sort((a, b) => titleOf(a[0], options).localeCompare(titleOf(b[0], options)))) {
    list.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
    const rows = list.map((f) => {
      const isIgnored = ignored.has(f.key);
      const preferred = review.decisions.preferred[f.key];
      const decision = isIgnored ? 'Ignored by the editor' : preferred !== undefined ? `Preferred form: ${text(preferred)}` : 'Open';
      return `<tr class="${isIgnored ? 'ignored' : f.severity}"><td>${SEVERITY_LABEL[f.severity]}</td><td><span class="message">${text(f.message)}</span>${occurrencesHtml(f)}</td><td>${decision}</td></tr>`;
    });
    sections.push(
      `<section><h2>${escapeHtml(titleOf(check, options))} (${list.length})</h2>\n<table><thead><tr><th>Severity</th><th>Finding</th><th>Decision</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></section>`,
    );
  }
  const approvals = review.decisions.approvals.map(
    (a) => `<tr><td>${text(a.source)}</td><td>${text(a.target)}</td><td>${a.forbidden.map(text).join(', ')}</td><td>${escapeHtml(a.at)}</td></tr>`,
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head><meta charset="utf-8">',
    `<title>QA report: ${escapeHtml(review.title)}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body>',
    `<h1>QA report: ${text(review.title)}</h1>`,
    `<p class="meta">Arabic: ${text(review.source.name || '(pasted)')} · English: ${text(review.target.name || '(pasted)')} · Report made ${escapeHtml(now)}</p>`,
    '<h2>Summary</h2>',
    '<table class="summary"><tbody>',
    `<tr><th>Findings</th><td>${counts.findings}</td></tr>`,
    `<tr><th>Open</th><td>${counts.open} (errors ${counts.bySeverity.error}, warnings ${counts.bySeverity.warning}, notes ${counts.bySeverity.info})</td></tr>`,
    `<tr><th>Ignored by the editor</th><td>${counts.ignored}</td></tr>`,
    `<tr><th>Segments edited</th><td>${counts.editedSegments} of ${counts.segments}</td></tr>`,
    `<tr><th>Segments marked reviewed</th><td>${counts.reviewedSegments} of ${counts.reviewableSegments}</td></tr>`,
    '</tbody></table>',
    findings.length === 0 ? '<p>No findings.</p>' : sections.join('\n'),
    approvals.length === 0
      ? ''
      : `<section><h2>Names and terms approved (${approvals.length})</h2><table><thead><tr><th>Arabic</th><th>Approved English</th><th>Rejected forms</th><th>When</th></tr></thead><tbody>${approvals.join('')}</tbody></table></section>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const REPORT_CSV_COLUMNS = ['check', 'check_title', 'severity', 'status', 'message', 'segment', 'side', 'text', 'key'] as const;

/** One row per occurrence (one per finding when it has none). UTF-8 with BOM so Excel shows Arabic. */
export function exportReportCsv(review: Review, findings: readonly Finding[], options: ReportOptions = {}): string {
  const ignored = new Set(review.decisions.ignored);
  const rows: string[][] = [];
  for (const f of findings) {
    const status = ignored.has(f.key) ? 'ignored' : 'open';
    const base = [f.check, titleOf(f.check, options), f.severity, status, f.message];
    if (f.occurrences.length === 0) rows.push([...base, '', '', '', f.key]);
    for (const o of f.occurrences) rows.push([...base, o.segment, o.side, o.text, f.key]);
  }
  // escapeFormulae: a cell starting with = + - @ must not run as a formula in a spreadsheet.
  return `\uFEFF${Papa.unparse({ fields: [...REPORT_CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
