/**
 * Web page markup left in the English: tags (<br>, <a href="…">), script blocks and character entities
 * (&nbsp;, &amp;, &#8217;). Machine translation of text copied from a CMS or a page's source passes them
 * through, and they would be published as written. The fix takes tags out and writes entities as the
 * characters they stand for ("&amp;" → "&"), without leaving a double space behind.
 */
import type { Check, Replacement } from '../model.js';
import { textHash } from '../text/hash.js';
import { findingsInTranslatedSegments } from './translatedSegments.js';
import { markupSpans, type MarkupSpan } from '../text/markup.js';

const MAX_LISTED = 3;

/**
 * The fix, span by span. A tag taken out from between two spaces takes one of them with it; "a space" on
 * the left may also be what the span just before it became (&nbsp; → " ").
 */
function replacementsFor(segment: string, text: string, spans: readonly MarkupSpan[]): Replacement[] {
  const out: Replacement[] = [];
  let leftIsSpace = (at: number) => /\s/u.test(text[at - 1] ?? '');
  for (const s of spans) {
    const spaced = s.replacement === '' && leftIsSpace(s.start) && /\s/u.test(text[s.end] ?? '');
    const end = spaced ? s.end + 1 : s.end;
    out.push({ segment, start: s.start, end, text: s.replacement });
    const previous = out[out.length - 1]!;
    const before = leftIsSpace;
    // Whatever this span left behind is what the next span sees on its left.
    leftIsSpace = (at: number) => (at === previous.end ? (previous.text === '' ? before(previous.start) : /\s$/u.test(previous.text)) : /\s/u.test(text[at - 1] ?? ''));
  }
  return out;
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export const markup: Check = {
  id: 'markup',
  title: 'Web page markup',
  severity: 'warning',
  description: 'HTML tags, scripts or character entities (&nbsp;, &amp;) in the English. The fix takes tags out and writes entities as characters.',
  run: (ctx) =>
    findingsInTranslatedSegments(ctx, (seg, unique) => {
      const spans = markupSpans(seg.target);
      if (spans.length === 0) return [];
      const listed = spans.slice(0, MAX_LISTED).map((s) => `"${short(s.text)}"`).join(', ');
      const more = spans.length > MAX_LISTED ? ` and ${spans.length - MAX_LISTED} more` : '';
      const what = spans.every((s) => s.kind === 'entity') ? 'HTML character codes' : 'web page markup';
      return [{
        key: unique(`markup:${textHash(seg.source)}`),
        check: 'markup',
        severity: 'warning',
        message: `The English has ${what} in it: ${listed}${more}. The fix cleans it up.`,
        occurrences: spans.map((s) => ({ segment: seg.id, side: 'target' as const, start: s.start, end: s.end, text: s.text })),
        fix: replacementsFor(seg.id, seg.target, spans),
        data: { markup: spans.map((s) => s.text) },
      }];
    }),
};
