/**
 * Text the aligner could pair with nothing on the other side. Arabic with no English is a possible
 * omission in the translation (warning); English with no Arabic is an addition or page furniture
 * (info). A run of consecutive one-sided segments (a dropped paragraph, a comment form) is one
 * finding, keyed by its text so that "ignore" survives re-analysis. English that is nothing but web page
 * clutter is left to the clutter check, which names it and removes it: one finding for a comment form, not two.
 */
import type { Check, Finding, Segment } from '../model.js';
import { keyDeduper, textHash } from '../text/hash.js';
import { clutterBySegment } from './clutter.js';

type Side = 'source' | 'target';

function sideOnly(seg: Segment): Side | null {
  const hasSource = seg.source.trim() !== '';
  const hasTarget = seg.target.trim() !== '';
  if (hasSource && !hasTarget) return 'source';
  if (hasTarget && !hasSource) return 'target';
  return null;
}

/** Consecutive segments with text on the same one side only; `reported` says whether a one-sided segment is this check's to report. */
function runs(segments: readonly Segment[], reported: (seg: Segment) => boolean): { side: Side; segments: Segment[] }[] {
  const out: { side: Side; segments: Segment[] }[] = [];
  let open: { side: Side; segments: Segment[] } | null = null;
  for (const seg of segments) {
    const side = sideOnly(seg);
    if (side === null || !reported(seg)) {
      open = null;
      continue;
    }
    if (open && open.side === side) {
      open.segments.push(seg);
    } else {
      open = { side, segments: [seg] };
      out.push(open);
    }
  }
  return out;
}

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function toFinding(side: Side, segments: Segment[], unique: (key: string) => string): Finding {
  const texts = segments.map((s) => (side === 'source' ? s.source : s.target));
  const count = segments.length > 1 ? ` (${segments.length} sentences)` : '';
  const quoted = `"${excerpt(texts.join(' '))}"`;
  return {
    key: unique(`unaligned:${side}:${textHash(texts.join(' '))}`),
    check: 'unaligned',
    severity: side === 'source' ? 'warning' : 'info',
    message: side === 'source'
      ? `Arabic text with no English translation${count}: ${quoted}. The translation may have left it out.`
      : `English text with no Arabic source${count}: ${quoted}. Remove it if it is not part of the article (web page text, an addition).`,
    occurrences: segments.map((seg, i) => ({ segment: seg.id, side, start: 0, end: texts[i]!.length, text: texts[i]! })),
    data: { side, segments: segments.map((s) => s.id) },
  };
}

export const unaligned: Check = {
  id: 'unaligned',
  title: 'Unaligned text',
  severity: 'warning',
  description:
    'Arabic sentences the translation has nothing for (possible omissions), and English text with no Arabic source (additions, web page text).',
  run(ctx) {
    const unique = keyDeduper();
    // With the clutter check switched off, nothing else would point at the comment form: report it here.
    const clutterReported = !ctx.options.disabledChecks?.includes('clutter');
    const clutter = clutterReported ? clutterBySegment(ctx) : null;
    const reported = (seg: Segment): boolean => !clutter?.get(seg.id)?.whole;
    return runs(ctx.segments, reported).map((r) => toFinding(r.side, r.segments, unique));
  },
};
