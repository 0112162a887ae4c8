/**
 * How the English joins the words of one name: "Thomas-Greenfield" or "Thomas Greenfield", "Abdul-Mahdi" or
 * "Abdul Mahdi". The words are spelled alike either way, so the join is a style question of its own
 * (checks/name-joins.ts), not a spelling.
 */
import type { Glossary, Term } from '../model.js';
import { normalizeArabic } from '../text/normalize.js';
import { findEnglishMentions } from './english-mentions.js';
import { nameWordKey } from './full-names.js';

export type Join = '-' | ' ';

/** A hyphen of any kind is a hyphen; a space or a no-break space is a space (to the reader they are one). */
export function joinOf(char: string | undefined): Join | null {
  if (char === undefined) return null;
  if (/^[-\u2010-\u2013]$/u.test(char)) return '-';
  return /^[ \u00A0]$/u.test(char) ? ' ' : null;
}

export const JOIN_NAME: Record<Join, string> = { '-': 'a hyphen', ' ': 'a space' };

/** One join between two words inside a name as written: where it is (an offset into the text) and which. */
export interface InnerJoin {
  at: number;
  join: Join;
}

/** A space, no-break space or hyphen between two letters: where one word of a compound name meets the next. */
const BETWEEN_WORDS = /(?<=\p{L})[ \u00A0\u2010-\u2013-](?=\p{L})/gu;

/** The joins between the words of a name written as one mention ("Abd al-Rahman": a space, then a hyphen). */
export function innerJoins(text: string): InnerJoin[] {
  return [...text.matchAll(BETWEEN_WORDS)].map((m) => ({ at: m.index, join: joinOf(m[0])! }));
}

/** The joins as one string, to compare two ways of writing a name ("Abd al-Rahman": " -"). */
export const joinPattern = (joins: readonly InnerJoin[]): string => joins.map((j) => j.join).join('');

/** Arabic particles between the words of a name: not name words, as "bin" is no name unit in the English. */
const ARABIC_PARTICLES = new Set(['بن', 'ابن', 'بنت', 'ولد']);

/**
 * How an approved glossary term joins two neighbouring words of a full name ("توماس غرينفيلد": the hyphen of
 * "Linda Thomas-Greenfield"), or null when no approved term writes them side by side. The term's Arabic words and
 * its English name units are matched in order, so only a term with as many of each says.
 */
export function glossaryJoin(glossary: Glossary, pair: string): Join | null {
  return joinsOf(glossary).get(pair) ?? null;
}

/** Each glossary's joins by pair of Arabic words, read once per list of terms (a desk glossary has thousands). */
const byGlossary = new WeakMap<readonly Term[], Map<string, Join>>();

function joinsOf(glossary: Glossary): Map<string, Join> {
  let joins = byGlossary.get(glossary.terms);
  if (joins) return joins;
  joins = new Map();
  for (const t of glossary.terms) {
    if (t.status !== 'approved') continue;
    const words = normalizeArabic(t.source).text.split(/\s+/u).filter((w) => w && !ARABIC_PARTICLES.has(w)).map(nameWordKey);
    if (words.length < 2) continue;
    const units = findEnglishMentions(t.target);
    if (units.length !== words.length) continue;
    for (let i = 0; i + 1 < words.length; i++) {
      // A particle between the two ("bin") is no join to write; the first term to write a pair settles it.
      const join = joinOf(t.target.slice(units[i]!.end, units[i + 1]!.start));
      const pair = `${words[i]!} ${words[i + 1]!}`;
      if (join && !joins.has(pair)) joins.set(pair, join);
    }
  }
  byGlossary.set(glossary.terms, joins);
  return joins;
}
