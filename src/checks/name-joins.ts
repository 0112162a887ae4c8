/**
 * name-joins: two words of one full name joined by a hyphen in one place and by a space in another:
 * "Linda Thomas-Greenfield" and "Thomas Greenfield", "Jean-Yves Le Drian" and "Jean Yves Le Drian". Each word is
 * spelled alike, so name-variants has nothing to say, but the hyphen is part of the name as its bearer writes it.
 * A style question, reported as a note like the article style; the fix writes the join used most (ties: the first).
 */
import type { Check, Finding, Replacement, Segment } from '../model.js';
import type { NameGroup, NameMention } from '../names/types.js';
import { namesOf } from './name-variants.js';

type Join = '-' | ' ';

interface Place {
  segment: string;
  /** The two words and the join between them, as written. */
  start: number;
  end: number;
  text: string;
  /** Where the join is. */
  at: number;
  join: Join;
}

interface Pair {
  arabic: string;
  places: Place[];
}

/** Each pair of neighbouring words of a full name (by their groups), with every place the article writes it. */
function pairsOf(groups: readonly NameGroup[], segments: readonly Segment[]): Map<string, Pair> {
  const bySegment = new Map<string, Array<{ m: NameMention; g: NameGroup }>>();
  for (const g of groups) {
    for (const m of g.mentions) {
      if (!m.fullName) continue;
      let list = bySegment.get(m.segment);
      if (!list) bySegment.set(m.segment, (list = []));
      list.push({ m, g });
    }
  }
  const pairs = new Map<string, Pair>();
  // Segments in reading order, so a pair's places are too (a tie goes to the first written).
  for (const { id: segment, target } of segments) {
    const list = bySegment.get(segment)?.sort((x, y) => x.m.start - y.m.start);
    if (!list) continue;
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i]!;
      const b = list[i + 1]!;
      if (a.m.fullName!.key !== b.m.fullName!.key || b.m.start !== a.m.end + 1) continue;
      const gap = target[a.m.end];
      // A no-break space is a space to the reader; only the hyphen is a different name.
      const join: Join | null = gap === '-' ? '-' : gap === ' ' || gap === '\u00A0' ? ' ' : null;
      if (!join) continue;
      const key = `${a.g.key} ${b.g.key}`;
      let pair = pairs.get(key);
      if (!pair) pairs.set(key, (pair = { arabic: `${a.m.anchor?.text ?? a.g.arabic ?? ''} ${b.m.anchor?.text ?? b.g.arabic ?? ''}`.trim(), places: [] }));
      pair.places.push({ segment, start: a.m.start, end: b.m.end, text: target.slice(a.m.start, b.m.end), at: a.m.end, join });
    }
  }
  return pairs;
}

export const nameJoins: Check = {
  id: 'name-joins',
  title: 'Name written joined and apart',
  severity: 'info',
  description: 'Two words of one full name are joined by a hyphen in one place and by a space in another; the fix uses one join throughout.',
  run(ctx) {
    const findings: Finding[] = [];
    for (const [key, pair] of pairsOf(namesOf(ctx), ctx.segments)) {
      const counts = new Map<Join, number>();
      for (const p of pair.places) counts.set(p.join, (counts.get(p.join) ?? 0) + 1);
      if (counts.size < 2) continue;
      const hyphens = counts.get('-')!;
      const spaces = counts.get(' ')!;
      // Places are in reading order, so on a tie the first one written wins.
      const join: Join = hyphens > spaces ? '-' : spaces > hyphens ? ' ' : pair.places[0]!.join;
      const written = (j: Join): string => pair.places.find((p) => p.join === j)!.text;
      const preferred = written(join);
      const why = hyphens === spaces ? 'the first written' : 'the one used most';
      const fix: Replacement[] = pair.places.filter((p) => p.join !== join).map((p) => ({ segment: p.segment, start: p.at, end: p.at + 1, text: join }));
      findings.push({
        key: `name-joins:${key}`,
        check: 'name-joins',
        severity: 'info',
        message: `${pair.arabic} is written with a hyphen and with a space: "${written('-')}" (${hyphens}×), "${written(' ')}" (${spaces}×). Use "${preferred}", ${why}.`,
        occurrences: pair.places.map((p) => ({ segment: p.segment, side: 'target' as const, start: p.start, end: p.end, text: p.text })),
        fix,
        // Not a name group's finding (no groupKey, source or arabic): its fix is the join, not a spelling to choose.
        data: { forms: [written('-'), written(' ')], preferred, words: pair.arabic },
      });
    }
    return findings;
  },
};
