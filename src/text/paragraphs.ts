// STUB (owned by the text helper, to be replaced): paragraphs as non-empty lines.
import type { TextRange } from '../model.js';

/** Paragraph ranges of a text whose line endings are already "\n". */
export function splitParagraphs(text: string): TextRange[] {
  const out: TextRange[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
