/**
 * The loop shared by checks that read the English of translated segments. English with no Arabic behind it
 * is page clutter as a whole, which the clutter and unaligned checks report, so these checks pass it by.
 * One key deduper serves the whole run, so two identical sentences give "…" and "…:2".
 */
import type { CheckContext, Finding, Segment } from '../model.js';
import { keyDeduper } from '../text/hash.js';

export function findingsInTranslatedSegments(
  ctx: CheckContext,
  inspect: (segment: Segment, unique: (key: string) => string) => Finding[],
): Finding[] {
  const unique = keyDeduper();
  const findings: Finding[] = [];
  for (const seg of ctx.segments) {
    if (seg.source.trim()) findings.push(...inspect(seg, unique));
  }
  return findings;
}
