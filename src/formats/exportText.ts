/** Corrected English as plain text and as Markdown: one paragraph per block, blank line between. */
import type { Review } from '../review/types.js';
import { correctedParagraphs, type CorrectedOptions } from '../review/corrected.js';

export function exportTxt(review: Review, options: CorrectedOptions = {}): string {
  return `${correctedParagraphs(review, options).join('\n\n')}\n`;
}

/**
 * Escape what Markdown would read as formatting, so "1. " at a paragraph start or "*" in a quote stays
 * literal text: news copy is prose, never markup.
 */
export function escapeMarkdown(paragraph: string): string {
  let out = paragraph.replace(/([\\`*_[\]<>|~])/g, '\\$1');
  out = out.replace(/^(\s*)([#+\-=])/, '$1\\$2');
  out = out.replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3');
  return out.replace(/\n/g, ' ');
}

/** Undo escapeMarkdown: a backslash before ASCII punctuation is dropped (CommonMark's rule). */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

export function exportMarkdown(review: Review, options: CorrectedOptions = {}): string {
  const [headline, ...rest] = correctedParagraphs(review, options);
  if (headline === undefined) return '';
  // The first paragraph of a news article is its headline.
  return `# ${escapeMarkdown(headline)}\n\n${rest.map(escapeMarkdown).join('\n\n')}\n`;
}
