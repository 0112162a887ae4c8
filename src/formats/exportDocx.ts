/**
 * Corrected English as .docx, written with the `docx` package. Packed with Packer.toArrayBuffer, which
 * needs no Node built-ins, so this runs in the renderer, a worker or main alike.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { Review } from '../review/types.js';
import { correctedParagraphs, type CorrectedOptions } from '../review/corrected.js';
import { XML_FORBIDDEN } from './escape.js';

export async function exportDocx(review: Review, options: CorrectedOptions = {}): Promise<Uint8Array> {
  const [headline, ...rest] = correctedParagraphs(review, options).map((p) => p.replace(XML_FORBIDDEN, ''));
  const children: Paragraph[] = [];
  if (headline !== undefined) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(headline)] }));
  for (const p of rest) children.push(new Paragraph({ children: [new TextRun(p)] }));
  const doc = new Document({
    creator: 'Tadqiq',
    title: review.title.replace(XML_FORBIDDEN, ''),
    styles: { default: { document: { run: { language: { value: 'en-US' } } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
