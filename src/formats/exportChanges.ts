/**
 * The change report: word by word, what the editor changed in the machine translation (jsdiff's
 * diffWords), as a printable HTML page. Deleted MT words are <del>, the editor's words <ins>.
 */
import { diffWords } from 'diff';
import type { Review } from '../review/types.js';
import { correctedSegments } from '../review/corrected.js';
import { escapeHtml } from './escape.js';

export interface ChangeSummary {
  segmentsChanged: number;
  wordsAdded: number;
  wordsRemoved: number;
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => w !== '').length;
}

export function diffSegmentHtml(mt: string, corrected: string): { html: string; added: number; removed: number } {
  let added = 0;
  let removed = 0;
  const html = diffWords(mt, corrected)
    .map((part) => {
      if (part.added) {
        added += words(part.value);
        return `<ins>${escapeHtml(part.value)}</ins>`;
      }
      if (part.removed) {
        removed += words(part.value);
        return `<del>${escapeHtml(part.value)}</del>`;
      }
      return escapeHtml(part.value);
    })
    .join('');
  return { html, added, removed };
}

const STYLE = `
body { font: 15px/1.6 system-ui, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
ins { background: #d7f5d7; color: #064; text-decoration: none; border-bottom: 2px solid #2a2; }
del { background: #fbdada; color: #800; }
.segment { margin: .6rem 0; } .unchanged { color: #555; } .id { color: #888; font-size: .8em; margin-right: .4em; }
.meta { color: #555; }
@media print { ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

export function exportChangesHtml(review: Review, options: { includeTargetOnly?: boolean; onlyChanged?: boolean } = {}): string {
  const segs = correctedSegments(review, { includeTargetOnly: options.includeTargetOnly ?? false });
  const summary: ChangeSummary = { segmentsChanged: 0, wordsAdded: 0, wordsRemoved: 0 };
  const blocks: string[] = [];
  let paragraph = -1;
  let open = false;
  for (const s of segs) {
    const changed = s.edited && s.text !== s.mt;
    if (!changed && options.onlyChanged) continue;
    if (s.paragraph !== paragraph) {
      if (open) blocks.push('</div>');
      blocks.push(`<div class="paragraph" data-paragraph="${s.paragraph}">`);
      open = true;
      paragraph = s.paragraph;
    }
    if (changed) {
      const d = diffSegmentHtml(s.mt, s.text);
      summary.segmentsChanged++;
      summary.wordsAdded += d.added;
      summary.wordsRemoved += d.removed;
      blocks.push(`<p class="segment changed" data-segment="${escapeHtml(s.id)}">${d.html}</p>`);
    } else {
      blocks.push(`<p class="segment unchanged" data-segment="${escapeHtml(s.id)}">${escapeHtml(s.text)}</p>`);
    }
  }
  if (open) blocks.push('</div>');
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head><meta charset="utf-8">',
    `<title>Changes: ${escapeHtml(review.title)}</title>`,
    `<style>${STYLE}</style></head>`,
    '<body>',
    `<h1>Changes to the machine translation: ${escapeHtml(review.title)}</h1>`,
    `<p class="meta summary">${summary.segmentsChanged} segment${summary.segmentsChanged === 1 ? '' : 's'} changed; ${summary.wordsAdded} word${summary.wordsAdded === 1 ? '' : 's'} added, ${summary.wordsRemoved} removed.</p>`,
    '<main>',
    ...blocks,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
