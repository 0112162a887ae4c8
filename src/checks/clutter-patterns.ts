/**
 * The clutter check's patterns, each with the plain words it cannot match without. A segment is read once
 * in lower case; a pattern runs only when its words are all there, so article prose (which has almost none
 * of them together) costs a few substring searches instead of ~30 regular-expression scans, and a
 * comment-form line runs only the two or three patterns it can match.
 *
 * The words are necessary conditions, never guesses: a pattern that is skipped could not have matched, so
 * the check finds exactly what running every pattern finds (tests/unit/checks/clutter-patterns.test.ts
 * compares both). When editing a pattern, keep its `needs` true of every text it matches.
 */
import { PhraseScanner } from '../text/phraseScan.js';

export interface ClutterPattern {
  re: RegExp;
  /** Each group: at least one of these lower-case strings occurs in any text the pattern matches. */
  needs: readonly (readonly string[])[];
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const one = (...words: string[]): string[][] => [words];

/** Only a web page says these. */
export const STRONG: readonly ClutterPattern[] = [
  { re: /\bleave a (?:reply|comment)\b/giu, needs: one('leave a ') },
  { re: /\bcancel reply\b/giu, needs: one('cancel reply') },
  { re: /\bfill in your details below or click an icon to log in:?/giu, needs: one('fill in your details') },
  { re: /\byou are commenting using your (?:[\p{L}.]+ )?account\.?/giu, needs: one('you are commenting using your') },
  { re: /\blog\s*out\s*\/\s*change\s*\)?/giu, needs: [['log'], ['out'], ['/'], ['change']] },
  { re: /\bconnecting to %s\b/giu, needs: one('connecting to %s') },
  { re: /\bnotify me of (?:new comments|new posts|follow-up comments)[^.\n]*\.?/giu, needs: one('notify me of ') },
  // No word boundary before: the seed glues it to an e-mail address ("gmail.comprint the article").
  { re: /print (?:the|this) (?:article|page|story)\b/giu, needs: one('print the ', 'print this ') },
  { re: /\b\d+\s*(?:minutes?|mins?)\s*(?:of\s+)?read(?:ing)?/giu, needs: [DIGITS, ['min'], ['read']] },
  {
    re: /\b(?:twitter|facebook|google|wordpress\.com) (?:picture|photo|logo)\b/giu,
    needs: [['twitter ', 'facebook ', 'google ', 'wordpress.com '], [' picture', ' photo', ' logo']],
  },
  { re: /\b(?:share|like) this:/giu, needs: one('share this:', 'like this:') },
  { re: /\bpost was not sent - check your email addresses!/giu, needs: one('post was not sent') },
  { re: /\bsorry, your blog cannot share posts by email\./giu, needs: one('sorry, your blog') },
  { re: /\ball rights reserved\b\.?/giu, needs: one('all rights reserved') },
  { re: /\bclick to share on [\p{L} ]+\(opens in new window\)/giu, needs: [['click to share on '], ['(opens in new window)']] },
  { re: /\bshare this (?:article|story|post|page)\b:?/giu, needs: one('share this ') },
  { re: /\bshare (?:on|via) (?:facebook|twitter|whatsapp|telegram|linkedin|e-?mail)\b/giu, needs: one('share on ', 'share via ') },
  { re: /\byour email address will not be published\.?/giu, needs: one('your email address will not') },
  { re: /\brequired fields are marked\s*\*?/giu, needs: one('required fields are marked') },
  { re: /\bsave my name, email, and website in this browser for the next time I comment\.?/giu, needs: one('save my name, email') },
  { re: /\bthis site uses akismet to reduce spam[^.\n]*\.?/giu, needs: one('this site uses akismet') },
  { re: /\b(?:post|add|write) (?:a |your )?comment\b/giu, needs: [['post ', 'add ', 'write '], ['comment']] },
  {
    re: /\b(?:send to a friend|copy (?:the )?link|font size|most (?:read|viewed)|subscribe to (?:our|the) newsletter)\b/giu,
    needs: one('send to a friend', 'copy link', 'copy the link', 'font size', 'most read', 'most viewed', ' newsletter'),
  },
  { re: /\bfollow us on (?:facebook|twitter|instagram|telegram|youtube)\b/giu, needs: one('follow us on ') },
  { re: /\breading time:?\s*\d+\s*(?:minutes?|mins?)\b/giu, needs: [['reading time'], DIGITS] },
  { re: /\b(?:read|see) also:/giu, needs: one('read also:', 'see also:') },
];

/**
 * Any capitalization of each word ("WhatsApp", "SHARE"), ending where a lowercase letter does not follow, so that the
 * glued "ListenParticipate" is two words but "listening" is none. (With the i flag \p{Ll} would
 * match capitals too, hence explicit cases.)
 */
function wordsPattern(words: string[]): ClutterPattern {
  const alts = words.map((w) =>
    [...w].map((ch) => (/\p{L}/u.test(ch) ? `[${ch.toUpperCase()}${ch}]` : ch === '.' ? '\\.' : ch)).join(''),
  );
  return { re: new RegExp(`(?:${alts.join('|')})(?!\\p{Ll})`, 'gu'), needs: [words] };
}

/** Button labels that are also ordinary words ("share", "print"): clutter only glued or on a line of nothing else. */
export const FURNITURE_WORDS: readonly ClutterPattern[] = [
  wordsPattern(['listen', 'share', 'participate', 'print', 'tweet', 'email', 'comment', 'comments', 'subscribe', 'advertisement',
    'related', 'loading...', 'loading', 'read more', 'logo', 'follow us', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin',
    'instagram', 'youtube', 'previous article', 'next article']),
];

/** Bare addresses: clutter glued or on a short line that is not a sentence ("Contact: name@site.com"). */
export const ADDRESSES: readonly ClutterPattern[] = [
  { re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, needs: one('@') },
  { re: /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu, needs: one('http://', 'https://', 'www.') },
];

/**
 * The only characters that Unicode case-insensitive matching (the iu flags) equates with an ASCII letter but
 * that do not lower-case to one: long s (s) and the Kelvin sign (k). Text with either runs every pattern.
 */
const FOLDS_TO_ASCII = /[\u017F\u212A]/u;

/** Every distinct word some pattern needs, and each pattern's needs as indexes into that list. */
const NEEDED: string[] = [];
const needIndexes = new Map<ClutterPattern, number[][]>();
for (const p of [...STRONG, ...FURNITURE_WORDS, ...ADDRESSES]) {
  needIndexes.set(p, p.needs.map((group) => group.map((w) => {
    let k = NEEDED.indexOf(w);
    if (k < 0) k = NEEDED.push(w) - 1;
    return k;
  })));
}

/**
 * Which needed words a text holds (1 at k when it holds NEEDED[k]), or null when lower case cannot stand for the
 * text: then every pattern runs.
 */
export type Presence = Uint8Array | null;

const scanner = new PhraseScanner(NEEDED);

/** What the gate reads of one text: one pass of the phrase scanner (includes per word when it cannot answer). */
export function presenceIn(text: string): Presence {
  if (FOLDS_TO_ASCII.test(text)) return null;
  const present = new Uint8Array(NEEDED.length);
  if (scanner.scan(text, present)) return present;
  const lower = text.toLowerCase();
  for (let k = 0; k < NEEDED.length; k++) present[k] = lower.includes(NEEDED[k]!) ? 1 : 0;
  return present;
}

/** The same as presenceIn on each text, by the slower path: lower case and one search per needed word (for tests). */
export function presenceBySearch(text: string): Presence {
  if (FOLDS_TO_ASCII.test(text)) return null;
  const lower = text.toLowerCase();
  return Uint8Array.from(NEEDED, (w) => (lower.includes(w) ? 1 : 0));
}

/** The patterns of `list` whose needed words are all present (every pattern when presence is null). */
export function possible(list: readonly ClutterPattern[], presence: Presence): ClutterPattern[] {
  if (presence === null) return [...list];
  const out: ClutterPattern[] = [];
  for (const p of list) {
    const groups = needIndexes.get(p)!;
    let ok = true;
    for (const group of groups) {
      let any = false;
      for (const k of group) {
        if (presence[k]) {
          any = true;
          break;
        }
      }
      if (!any) {
        ok = false;
        break;
      }
    }
    if (ok) out.push(p);
  }
  return out;
}
