// STUB (owned by the text helper, to be replaced): Intl.Segmenter without the abbreviation layer.
import type { TextRange } from '../model.js';

export type Lang = 'ar' | 'en';

/** Sentence ranges inside text[range], as offsets into the whole text; whitespace trimmed off each. */
export function splitSentences(text: string, lang: Lang, range: TextRange = { start: 0, end: text.length }): TextRange[] {
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: TextRange[] = [];
  for (const s of seg.segment(text.slice(range.start, range.end))) {
    const lead = s.segment.length - s.segment.trimStart().length;
    const trimmed = s.segment.trim();
    if (!trimmed) continue;
    const start = range.start + s.index + lead;
    out.push({ start, end: start + trimmed.length });
  }
  return out;
}
