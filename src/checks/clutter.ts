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
import type { Check, Finding, Occurrence, Replacement, Segment, TextRange } from '../model.js';
import { keyDeduper, textHash } from '../text/hash.js';

/** Only a web page says these. */
const STRONG: RegExp[] = [
  /\bleave a (?:reply|comment)\b/giu,
  /\bcancel reply\b/giu,
  /\bfill in your details below or click an icon to log in:?/giu,
  /\byou are commenting using your (?:[\p{L}.]+ )?account\.?/giu,
  /\blog\s*out\s*\/\s*change\s*\)?/giu,
  /\bconnecting to %s\b/giu,
  /\bnotify me of (?:new comments|new posts|follow-up comments)[^.\n]*\.?/giu,
  // No word boundary before: the seed glues it to an e-mail address ("gmail.comprint the article").
  /print (?:the|this) (?:article|page|story)\b/giu,
  /\b\d+\s*(?:minutes?|mins?)\s*(?:of\s+)?read(?:ing)?/giu,
  /\b(?:twitter|facebook|google|wordpress\.com) (?:picture|photo|logo)\b/giu,
  /\b(?:share|like) this:/giu,
  /\bpost was not sent - check your email addresses!/giu,
  /\bsorry, your blog cannot share posts by email\./giu,
  /\ball rights reserved\b\.?/giu,
  /\bclick to share on [\p{L} ]+\(opens in new window\)/giu,
  /\bshare this (?:article|story|post|page)\b:?/giu,
  /\bshare (?:on|via) (?:facebook|twitter|whatsapp|telegram|linkedin|e-?mail)\b/giu,
  /\byour email address will not be published\.?/giu,
  /\brequired fields are marked\s*\*?/giu,
  /\bsave my name, email, and website in this browser for the next time I comment\.?/giu,
  /\bthis site uses akismet to reduce spam[^.\n]*\.?/giu,
  /\b(?:post|add|write) (?:a |your )?comment\b/giu,
  /\b(?:send to a friend|copy (?:the )?link|font size|most (?:read|viewed)|subscribe to (?:our|the) newsletter)\b/giu,
  /\bfollow us on (?:facebook|twitter|instagram|telegram|youtube)\b/giu,
  /\breading time:?\s*\d+\s*(?:minutes?|mins?)\b/giu,
  /\b(?:read|see) also:/giu,
];

/**
 * Any capitalization of each word ("WhatsApp", "SHARE"), ending where a lowercase letter does not follow, so that the
 * glued "ListenParticipate" is two words but "listening" is none. (With the i flag \p{Ll} would
 * match capitals too, hence explicit cases.)
 */
function wordsPattern(words: string[]): RegExp {
  const alts = words.map((w) =>
    [...w].map((ch) => (/\p{L}/u.test(ch) ? `[${ch.toUpperCase()}${ch}]` : ch === '.' ? '\\.' : ch)).join(''),
  );
  return new RegExp(`(?:${alts.join('|')})(?!\\p{Ll})`, 'gu');
}

/** Button labels that are also ordinary words ("share", "print"): clutter only glued or on a line of nothing else. */
const FURNITURE_WORDS: RegExp[] = [
  wordsPattern(['listen', 'share', 'participate', 'print', 'tweet', 'email', 'comment', 'comments', 'subscribe', 'advertisement',
    'related', 'loading...', 'loading', 'read more', 'logo', 'follow us', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin',
    'instagram', 'youtube', 'previous article', 'next article']),
];

/** Bare addresses: clutter glued or on a short line that is not a sentence ("Contact: name@site.com"). */
const ADDRESSES: RegExp[] = [
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu,
];

const SENTENCE_END = /[.!?؟]["”’)]?\s*$/u;

function matches(res: RegExp[], text: string): TextRange[] {
  const out: TextRange[] = [];
  for (const r of res) {
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
 * Most segments are plain article prose: one combined test per flag set (the same patterns, so exactly the same
 * answer) lets them skip the ~35 separate scans.
 */
const ANY_CASE_INSENSITIVE = new RegExp([...STRONG, ...ADDRESSES].map((r) => `(?:${r.source})`).join('|'), 'iu');
const ANY_FURNITURE_WORD = new RegExp(FURNITURE_WORDS.map((r) => `(?:${r.source})`).join('|'), 'u');

/** Clutter ranges in one target text, merged, in order. */
export function findClutter(text: string): TextRange[] {
  if (!ANY_CASE_INSENSITIVE.test(text) && !ANY_FURNITURE_WORD.test(text)) return [];
  const strong = matches(STRONG, text);
  const words = matches(FURNITURE_WORDS, text).filter((w) => !insideWord(text, w));
  const addresses = matches(ADDRESSES, text);
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

export const clutter: Check = {
  id: 'clutter',
  title: 'Web page clutter',
  severity: 'info',
  description:
    'Text copied from the web page rather than the article: comment forms, share and print buttons, reading time, bare e-mail addresses or links.',
  run(ctx) {
    // Whole segments of clutter in a row (a comment form is ten lines) are one finding with one fix;
    // clutter mixed with article text is one finding per segment.
    const groups: { segments: Segment[]; ranges: TextRange[][]; whole: boolean }[] = [];
    let previousWhole = false;
    for (const seg of ctx.segments) {
      const ranges = findClutter(seg.target);
      if (ranges.length === 0) {
        previousWhole = false;
        continue;
      }
      const whole = !/[\p{L}\p{N}]/u.test(remainder(seg.target, ranges));
      const last = groups[groups.length - 1];
      if (whole && previousWhole && last) {
        last.segments.push(seg);
        last.ranges.push(ranges);
      } else {
        groups.push({ segments: [seg], ranges: [ranges], whole });
      }
      previousWhole = whole;
    }
    const unique = keyDeduper();
    return groups.map((g) => toFinding(g.segments, g.ranges, g.whole, unique));
  },
};
