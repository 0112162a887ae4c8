// STUB (owned by the align helper, to be replaced): one segment per target paragraph, source by index.
import type { Segment } from '../model.js';
import { splitParagraphs } from '../text/paragraphs.js';

export function alignDocuments(source: string, target: string): Segment[] {
  const sp = splitParagraphs(source);
  const tp = splitParagraphs(target);
  const n = Math.max(sp.length, tp.length);
  const out: Segment[] = [];
  for (let i = 0; i < n; i++) {
    const s = sp[i];
    const t = tp[i];
    out.push({
      id: `s${i + 1}`,
      paragraph: t ? i + 1 : tp.length,
      sourceParagraph: s ? i + 1 : 0,
      source: s ? source.slice(s.start, s.end) : '',
      target: t ? target.slice(t.start, t.end) : '',
      sourceRange: s ?? null,
      targetRange: t ?? null,
      shape: `${s ? 1 : 0}-${t ? 1 : 0}`,
    });
  }
  return out;
}
