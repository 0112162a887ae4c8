/**
 * Names English writes in a conventional short form: Malaysian, Singaporean and Bangladeshi papers write
 * محمد as "Mohd" or "Md.", Syrian and Indonesian ones as "Mhd" or "Muhd". No romanization rule reaches a form
 * that leaves out most of the vowels, and a distance over two consonants joins "Md" with any name that shares
 * them (Hamad), so a short form is compared, and anchored, as the name written out. The list is the forms the
 * papers' own bylines use, not fitted to any data.
 */
import { foldSpelling } from './spelling.js';

/** Each short form, folded (foldSpelling), with the name it stands for. */
const WRITTEN_OUT: ReadonlyMap<string, string> = new Map(['mohd', "moh'd", 'muhd', 'mohmd', 'md', 'mhd', 'mhmd'].map((short) => [short, 'muhammad']));

/** A spelling with each conventional short form written out ("Mohd. Najib" → "muhammad Najib"); others as they came. */
export function writtenOut(spelling: string): string {
  return spelling.replace(WORD, (w) => WRITTEN_OUT.get(foldSpelling(w)) ?? w);
}
const WORD = /[^\s-]+/g;
