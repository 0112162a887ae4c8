/** The places F8 / Shift+F8 step through: every occurrence of every finding not ignored, in reading order. */
import type { Finding, Occurrence } from '../../src/model.js';

export interface Stop {
  findingKey: string;
  occurrence: Occurrence;
  segmentIndex: number;
}

export function findingStops(findings: readonly Finding[], segmentIndex: ReadonlyMap<string, number>): Stop[] {
  const stops: Stop[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    for (const o of f.occurrences) {
      const index = segmentIndex.get(o.segment);
      if (index === undefined) continue;
      const id = `${f.key}|${o.segment}|${o.side}|${o.start}`;
      if (seen.has(id)) continue;
      seen.add(id);
      stops.push({ findingKey: f.key, occurrence: o, segmentIndex: index });
    }
  }
  return stops.sort((a, b) => a.segmentIndex - b.segmentIndex
    || (a.occurrence.side === b.occurrence.side ? 0 : a.occurrence.side === 'target' ? -1 : 1)
    || a.occurrence.start - b.occurrence.start
    || a.findingKey.localeCompare(b.findingKey));
}

/** Index of the next (or previous) stop from the current one, wrapping around the document. */
export function stepStop(stops: readonly Stop[], current: number, direction: 1 | -1, fromSegmentIndex?: number): number {
  if (stops.length === 0) return -1;
  if (current < 0 || current >= stops.length) {
    if (fromSegmentIndex === undefined) return direction === 1 ? 0 : stops.length - 1;
    if (direction === 1) {
      const i = stops.findIndex((s) => s.segmentIndex >= fromSegmentIndex);
      return i >= 0 ? i : 0;
    }
    for (let i = stops.length - 1; i >= 0; i--) if ((stops[i] as Stop).segmentIndex <= fromSegmentIndex) return i;
    return stops.length - 1;
  }
  return (current + direction + stops.length) % stops.length;
}
