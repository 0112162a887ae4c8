/** Corrected English as a standalone HTML document: one <p> per paragraph, the headline as <h1>. */
import type { Review } from '../review/types.js';
import { correctedParagraphs, type CorrectedOptions } from '../review/corrected.js';
import { escapeHtml } from './escape.js';

export function exportHtml(review: Review, options: CorrectedOptions = {}): string {
  const [headline, ...rest] = correctedParagraphs(review, options);
  const body = [
    headline === undefined ? '' : `<h1>${escapeHtml(headline)}</h1>`,
    ...rest.map((p) => `<p>${escapeHtml(p)}</p>`),
  ].filter(Boolean);
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(review.title)}</title>`,
    '<meta name="generator" content="Tadqiq">',
    '</head>',
    '<body>',
    '<article>',
    ...body,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
