/**
 * Names English writes in a conventional short form: Malaysian, Singaporean and Bangladeshi papers write
 * محمد as "Mohd" or "Md.", Syrian and Indonesian ones as "Mhd" or "Muhd". No romanization rule reaches a form
 * that leaves out most of the vowels, and a distance over two consonants joins "Md" with any name that shares
 * them (Hamad), so a short form is compared, and anchored, as the name written out. The list is the forms the
 * papers' own bylines use, not fitted to any data. A lone letter is an initial, written out as its name.
 */
import { foldSpelling } from './spelling.js';

/** Each short form, folded (foldSpelling), with the name it stands for. */
const WRITTEN_OUT: ReadonlyMap<string, string> = new Map(['mohd', "moh'd", 'muhd', 'mohmd', 'md', 'mhd', 'mhmd'].map((short) => [short, 'muhammad']));

/**
 * A lone letter is an initial, and Arabic writes an initial as the letter's English name: J. as جاي or جيه, D. as
 * دي, K. as كاي. So "J" and "Jay" are two English readings of one Arabic word, and "J" and "Jo" are not.
 */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'ay', b: 'bee', c: 'see', d: 'dee', e: 'ee', f: 'ef', g: 'jee', h: 'aitch', i: 'eye', j: 'jay', k: 'kay', l: 'el', m: 'em',
  n: 'en', o: 'oh', p: 'pee', q: 'kyu', r: 'ar', s: 'es', t: 'tee', u: 'yu', v: 'vee', w: 'dabelyu', x: 'ex', y: 'wai', z: 'zed',
};

/** A spelling with each conventional short form written out ("Mohd. Najib" → "muhammad Najib"); others as they came. */
export function writtenOut(spelling: string): string {
  return spelling.replace(WORD, (w) => {
    const folded = foldSpelling(w);
    return WRITTEN_OUT.get(folded) ?? (folded.length === 1 ? LETTER_NAMES[folded] : undefined) ?? w;
  });
}
const WORD = /[^\s-]+/g;
