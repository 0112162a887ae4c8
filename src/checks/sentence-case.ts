/**
 * A sentence of the English that starts in lowercase after a full stop ("the weight of popular demands.
 * the necessity of ending..."): machine translation of Arabic does this where the source joins clauses
 * with a full stop, a colon or a quotation the English then reorders. The Unicode sentence rules do not
 * break before a lowercase word, so the sentence splitter cannot see it; this check reads the text.
 *
 * Not a new sentence, so not reported: a lowercase word after an abbreviation ("e.g. the", "a.m. local
 * time", "et al. found") or an ellipsis, and a word written lowercase on purpose (al-, el- and other
 * name particles, "iPhone"). Only the full stop: after a question or exclamation English allows a
 * lowercase tag ("Why? she asked", "“Why?” he asked").
 */
import type { Check, Finding } from '../model.js';
import { textHash } from '../text/hash.js';
import { findingsInTranslatedSegments } from './translatedSegments.js';

export interface LowercaseStart {
  /** Offset of the lowercase letter. */
  start: number;
  /** The word it begins. */
  word: string;
}

/** A full stop, closing quotes or brackets, spaces, opening quotes, then a lowercase word. */
const AFTER_FULL_STOP = /\.["'”’)\]]*[ \t\u00A0]+["'“‘(]*(\p{Ll}[\p{L}\p{M}'’-]*)/gu;

/** Abbreviations a sentence goes on after in lowercase (the word before the period, lowercased). */
const CONTINUING = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'etc', 'vs', 'v', 'cf', 'approx', 'ca', 'viz', 'incl', 'esp', 'resp', 'al', 'a.m', 'p.m', 'am', 'pm',
  'no', 'nos', 'vol', 'p', 'pp', 'fig', 'ch', 'sec', 'art', 'para', 'ed', 'eds', 'min', 'max', 'est', 'dept', 'govt', 'int\'l',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st',
]);

/**
 * Name particles some house styles keep lowercase even first in a sentence: the article joined to its
 * name (al-Kadhimi, el-Sisi, ad-Din), or a particle word before a capitalized name (bin Salman, van Dyke).
 */
const JOINED_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|ud|ul|ed|es|et|ez)[-'’]\p{L}/u;
const PARTICLE_WORDS = new Set(['al', 'el', 'bin', 'bint', 'ibn', 'abu', 'van', 'von', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le']);

function nameParticle(word: string, after: string): boolean {
  const lower = word.toLowerCase();
  return JOINED_ARTICLE.test(lower) || (PARTICLE_WORDS.has(lower) && /^[ \t\u00A0]+\p{Lu}/u.test(after));
}

function wordBefore(text: string, end: number): string {
  let from = end;
  while (from > 0 && /[\p{L}\p{N}.'’]/u.test(text[from - 1]!)) from--;
  return text.slice(from, end);
}

export function lowercaseStarts(text: string): LowercaseStart[] {
  const out: LowercaseStart[] = [];
  for (const m of text.matchAll(AFTER_FULL_STOP)) {
    const [whole, word] = m as unknown as [string, string];
    const at = m.index;
    // An ellipsis ("...", "…") leaves the sentence open.
    if (text[at - 1] === '.' || text[at - 1] === '…') continue;
    const before = wordBefore(text, at).toLowerCase();
    // Initials and dotted abbreviations (U.S., a.m.), a single letter, a number (3. the third item).
    if (CONTINUING.has(before) || before.includes('.') || /^\p{L}$/u.test(before) || /^\p{N}+$/u.test(before) || before === '') continue;
    if (nameParticle(word, text.slice(at + whole.length, at + whole.length + 4))) continue;
    // A capital inside the word: iPhone, eBay, mRNA are spelled that way.
    if (/\p{Lu}/u.test(word)) continue;
    out.push({ start: at + whole.length - word.length, word });
  }
  return out;
}

/** The few words before and the word itself, so the message shows where it is. */
function context(text: string, start: number, word: string): string {
  let from = start;
  let spaces = 0;
  while (from > 0 && start - from < 40) {
    if (/\s/u.test(text[from - 1]!) && ++spaces > 3) break;
    from--;
  }
  return `${text.slice(from, start).trimStart()}${word}`;
}

const capitalized = (word: string): string => word.charAt(0).toLocaleUpperCase('en') + word.slice(1);

export const sentenceCase: Check = {
  id: 'sentence-case',
  title: 'Sentence starts in lowercase',
  severity: 'info',
  description: 'A sentence of the English begins with a lowercase word after a full stop ("demands. the necessity"). The fix capitalizes it.',
  run: (ctx) =>
    findingsInTranslatedSegments(ctx, (seg, unique) =>
      lowercaseStarts(seg.target).map(({ start, word }): Finding => ({
        key: unique(`sentence-case:${textHash(seg.source)}:${word.toLowerCase()}`),
        check: 'sentence-case',
        severity: 'info',
        message: `"${context(seg.target, start, word)}": a sentence starts in lowercase. The fix writes "${capitalized(word)}".`,
        occurrences: [{ segment: seg.id, side: 'target', start, end: start + word.length, text: word }],
        fix: [{ segment: seg.id, start, end: start + 1, text: capitalized(word).charAt(0) }],
        data: { word },
      }))),
};
