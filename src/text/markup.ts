/**
 * Web page markup that comes along when an article is copied from a CMS or a page's source: tags
 * (<br>, <a href="…">), whole script and style blocks, and character entities (&nbsp;, &amp;, &#8217;).
 * None of it is translated text: the markup check reports it, and alignment, length and number checks look
 * past it. Each span carries what the fix turns it into (a tag into nothing, an entity into its character).
 */
import { decodeHTMLStrict } from 'entities';
import type { TextRange } from '../model.js';

export type MarkupKind = 'tag' | 'block' | 'entity';

export interface MarkupSpan extends TextRange {
  kind: MarkupKind;
  text: string;
  /** What the span becomes when the markup is taken out. */
  replacement: string;
}

// <script>…</script> and <style>…</style> with their contents: code, not text.
const BLOCK = /<(script|style)\b[^<>\n]{0,400}>[\s\S]{0,20000}?<\/\1[ \t]*>/giu;
// An opening, closing or comment tag on one line. "< 5", "3<5" and "x < y" are prose, not tags.
const TAG = /<(?:[A-Za-z][A-Za-z0-9-]{0,20}(?:[ \t][^<>\n]{0,400})?\/?|\/[A-Za-z][A-Za-z0-9-]{0,20}[ \t]*|!--[^<>\n]{0,400}--)>/gu;
const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/gu;

/** No-break and other odd spaces become a plain space in the English an editor exports. */
function entityText(entity: string): string | null {
  const decoded = decodeHTMLStrict(entity);
  if (decoded === entity) return null; // not an entity HTML knows: "&copy2;" stays text
  return decoded.replace(/[\u00A0\u2000-\u200A\u202F]/gu, ' ');
}

/** Markup in `text`, in order, never overlapping. Cheap when the text has no "<" and no "&". */
export function markupSpans(text: string): MarkupSpan[] {
  if (!text.includes('<') && !text.includes('&')) return [];
  const spans: MarkupSpan[] = [];
  const inside = (start: number, end: number) => spans.some((s) => start < s.end && end > s.start);
  for (const m of text.matchAll(BLOCK)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'block', text: m[0], replacement: '' });
  for (const m of text.matchAll(TAG)) {
    if (!inside(m.index, m.index + m[0].length)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'tag', text: m[0], replacement: '' });
  }
  for (const m of text.matchAll(ENTITY)) {
    const replacement = entityText(m[0]);
    if (replacement !== null && !inside(m.index, m.index + m[0].length)) {
      spans.push({ start: m.index, end: m.index + m[0].length, kind: 'entity', text: m[0], replacement });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The text with its markup taken out: what a reader of the page saw. */
export function withoutMarkup(text: string, spans: readonly MarkupSpan[] = markupSpans(text)): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.replacement;
    at = s.end;
  }
  return out + text.slice(at);
}

/** Whether [start, end) lies inside markup (a number in an href, a word in a script). */
export function insideMarkup(spans: readonly MarkupSpan[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}
