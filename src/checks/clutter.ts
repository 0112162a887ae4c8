/**
 * Web-page furniture copied along with the article: comment forms, share buttons, reading-time
 * badges, "print the article", bare e-mail addresses and links (see the end of the seed article).
 *
 * Phrases that only a web page says ("You are commenting using your … account") count anywhere.
 * Button words that articles also use ("Listen", "Share") count only glued to other words
 * ("readingListenParticipate") or on a line of nothing but furniture; bare e-mail addresses and links
 * count glued or on a short line that is not a sentence. The fix removes the clutter only when that cannot cut into the article:
 * the whole target, or clutter at its start or end.
 */
import type { Check, CheckContext, Finding, Occurrence, Replacement, Segment, TextRange } from '../model.js';
import { keyDeduper, textHash } from '../text/hash.js';
import { ADDRESSES, FURNITURE_WORDS, STRONG, possible, presenceIn, type ClutterPattern, type Presence } from './clutter-patterns.js';

const SENTENCE_END = /[.!?؟]["”’)]?\s*$/u;

function matches(patterns: readonly ClutterPattern[], text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const { re: r } of patterns) {
    r.lastIndex = 0; // shared global regexes: safe because matching is synchronous
    for (let m = r.exec(text); m; m = r.exec(text)) {
      if (m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
      else r.lastIndex++;
    }
  }
  return out;
}

/** Inside a word ("blueprint", "glisten"): not a furniture word at all. */
function insideWord(text: string, r: TextRange): boolean {
  const before = text[r.start - 1];
  return before !== undefined && /\p{L}/u.test(before) && !/^\p{Lu}/u.test(text.slice(r.start, r.end));
}

/** A weak word counts when it is glued camel-case to a neighbour ("readingListenParticipate"), not standing in prose. */
function glued(text: string, r: TextRange): boolean {
  const before = text[r.start - 1];
  const after = text[r.end];
  return (before !== undefined && /\p{L}/u.test(before)) || (after !== undefined && /\p{Lu}/u.test(after));
}

function merge(ranges: TextRange[], text: string): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    // Ranges separated only by spaces or punctuation are one block of furniture.
    if (last && /^[\s\p{P}\p{S}]*$/u.test(text.slice(last.end, r.start))) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

function remainder(text: string, ranges: TextRange[]): string {
  let rest = '';
  let pos = 0;
  for (const r of ranges) {
    rest += text.slice(pos, r.start) + ' ';
    pos = r.end;
  }
  return (rest + text.slice(pos)).replace(/\s+/g, ' ').trim();
}

function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Clutter ranges in one target text, merged, in order. Only the patterns whose words the text has are run
 * (clutter-patterns.ts); a null presence runs them all, which tests use to prove the shortcut changes nothing.
 */
export function findClutter(text: string, presence: Presence = presenceIn(text)): TextRange[] {
  const strongOnes = possible(STRONG, presence);
  const wordOnes = possible(FURNITURE_WORDS, presence);
  const addressOnes = possible(ADDRESSES, presence);
  if (strongOnes.length + wordOnes.length + addressOnes.length === 0) return [];
  const strong = matches(strongOnes, text);
  const words = matches(wordOnes, text).filter((w) => !insideWord(text, w));
  const addresses = matches(addressOnes, text);
  if (strong.length + words.length + addresses.length === 0) return [];
  const rest = remainder(text, merge([...strong, ...words, ...addresses], text));
  // A headline like "Iraq and Iran share border concerns" is short and has no period, so a short
  // line is not enough: button words need a line of nothing but furniture.
  const onlyFurniture = wordCount(rest) === 0;
  const shortNonSentence = wordCount(rest) <= 3 && !SENTENCE_END.test(rest);
  return merge([
    ...strong,
    ...words.filter((w) => glued(text, w) || onlyFurniture),
    ...addresses.filter((a) => glued(text, a) || shortNonSentence),
  ], text);
}

/** The removal that is safe: everything, or an edge block plus the space joining it to the article. */
function safeFix(seg: Segment, ranges: TextRange[]): Replacement[] | undefined {
  const text = seg.target;
  const rest = remainder(text, ranges);
  if (!/[\p{L}\p{N}]/u.test(rest)) return [{ segment: seg.id, start: 0, end: text.length, text: '' }];
  const out: Replacement[] = [];
  for (const r of ranges) {
    if (/^[\s\p{P}]*$/u.test(text.slice(0, r.start))) {
      const after = text.slice(r.end);
      out.push({ segment: seg.id, start: 0, end: r.end + after.length - after.trimStart().length, text: '' });
    } else if (/^[\s\p{P}]*$/u.test(text.slice(r.end))) {
      out.push({ segment: seg.id, start: text.slice(0, r.start).trimEnd().length, end: text.length, text: '' });
    } else {
      // Furniture inside article text: removing it could join or cut sentences. Point at it only.
      return undefined;
    }
  }
  return out;
}

function quoteList(texts: string[]): string {
  const shown = texts.slice(0, 3).map((t) => `"${t.replace(/\s+/g, ' ')}"`).join(', ');
  return texts.length > 3 ? `${shown} and ${texts.length - 3} more` : shown;
}

function toFinding(segments: Segment[], ranges: TextRange[][], whole: boolean, unique: (key: string) => string): Finding {
  const occurrences: Occurrence[] = segments.flatMap((seg, i) =>
    ranges[i]!.map((r) => ({ segment: seg.id, side: 'target' as const, start: r.start, end: r.end, text: seg.target.slice(r.start, r.end) })),
  );
  const texts = occurrences.map((o) => o.text);
  const fixes = segments.map((seg, i) => safeFix(seg, ranges[i]!));
  const fix = fixes.every((f) => f !== undefined) ? fixes.flat() as Replacement[] : undefined;
  const lines = segments.length > 1 ? ` (${segments.length} segments)` : '';
  const finding: Finding = {
    key: unique(`clutter:${textHash(texts.join(' '))}`),
    check: 'clutter',
    severity: 'info',
    message: fix
      ? `Web page text, not part of the article${lines}: ${quoteList(texts)}. The fix removes it.`
      : `Web page text inside the article: ${quoteList(texts)}. Remove it by hand; it is too close to article text to remove automatically.`,
    occurrences,
    data: { clutter: texts, wholeSegment: whole, segments: segments.map((s) => s.id) },
  };
  if (fix) finding.fix = fix;
  return finding;
}

/** Clutter found in a segment's English: its ranges, and whether they are all the segment holds. */
export interface SegmentClutter {
  ranges: TextRange[];
  whole: boolean;
}

/** Clutter per segment id (segments without any are absent), found once per run and shared with unaligned. */
export function clutterBySegment(ctx: CheckContext): ReadonlyMap<string, SegmentClutter> {
  return ctx.memo('clutter', () => {
    const out = new Map<string, SegmentClutter>();
    for (const seg of ctx.segments) {
      const ranges = findClutter(seg.target);
      if (ranges.length > 0) out.set(seg.id, { ranges, whole: !/[\p{L}\p{N}]/u.test(remainder(seg.target, ranges)) });
    }
    return out;
  });
}

export const clutter: Check = {
  id: 'clutter',
  title: 'Web page clutter',
  severity: 'info',
  description:
    'Text copied from the web page rather than the article: comment forms, share and print buttons, reading time, bare e-mail addresses or links.',
  run(ctx) {
    // Whole segments of clutter in a row (a comment form is ten lines) are one finding with one fix;
    // clutter mixed with article text is one finding per segment.
    const found = clutterBySegment(ctx);
    const groups: { segments: Segment[]; ranges: TextRange[][]; whole: boolean }[] = [];
    let previousWhole = false;
    for (const seg of ctx.segments) {
      const c = found.get(seg.id);
      if (!c) {
        previousWhole = false;
        continue;
      }
      const last = groups[groups.length - 1];
      if (c.whole && previousWhole && last) {
        last.segments.push(seg);
        last.ranges.push(c.ranges);
      } else {
        groups.push({ segments: [seg], ranges: [c.ranges], whole: c.whole });
      }
      previousWhole = c.whole;
    }
    const unique = keyDeduper();
    return groups.map((g) => toFinding(g.segments, g.ranges, g.whole, unique));
  },
};
