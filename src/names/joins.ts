/**
 * How the English joins the words of one name: "Thomas-Greenfield" or "Thomas Greenfield", "Abdul-Mahdi" or
 * "Abdul Mahdi". The words are spelled alike either way, so the join is a style question of its own
 * (checks/name-joins.ts), not a spelling.
 */

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
