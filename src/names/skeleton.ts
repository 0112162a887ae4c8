/**
 * The consonant skeleton an Arabic writer would keep: letters Arabic script merges (p/b, v/f, g/q/k,
 * th/t, z/s, sh/s, d/t) fall together, short vowels go (Arabic leaves them unwritten), y/w glides and an
 * h at the word's edges go, and a final vowel stays as its long letter (ا, ي or و). Two spellings with
 * one skeleton may be the same Arabic word even when their English letters are far apart:
 * Tevfik/Tawfiq, Mehmet/Mohammad, Sean/Shawn, Breuer/Brouwer.
 */
import { isVowelUnit, type Unit } from './spelling.js';

const MERGED: Readonly<Record<string, string>> = { P: 'B', V: 'F', Q: 'K', G: 'K', GH: 'K', X: 'K', TH: 'T', DH: 'D', Z: 'S', SH: 'S', D: 'T', C: 'S', CH: 'S' };
const FINAL_VOWEL: Readonly<Record<string, string>> = { a: 'A', e: '', i: 'I', ai: 'I', o: 'U', u: 'U', aw: 'U' };

export function arabicSkeleton(units: readonly Unit[]): string {
  let out = '';
  let afterVowel = false;
  const last = units.length - 1;
  for (let k = 0; k <= last; k++) {
    const u = units[k]!;
    if (isVowelUnit(u)) {
      if (k === last) out += FINAL_VOWEL[u] ?? '';
      afterVowel = true;
      continue;
    }
    if (u === 'Y' || u === 'W' || (u === 'H' && (k === 0 || k === last))) continue;
    const c = MERGED[u] ?? u;
    if (afterVowel || !out.endsWith(c)) out += c;
    afterVowel = false;
  }
  return out;
}

const VOWEL_CLASS: Readonly<Record<string, string>> = { a: 'A', e: 'I', i: 'I', ai: 'I', o: 'U', u: 'U', aw: 'U' };

/**
 * The sounds with each vowel reduced to the Arabic long letter it would be written with (ا, ي, و) and
 * the glides dropped: Leila and Layla agree, Paul and Pol agree, Hamid and Hamad do not.
 */
export function vowelClassSkeleton(units: readonly Unit[]): string {
  let out = '';
  for (const u of units) {
    if (isVowelUnit(u)) out += VOWEL_CLASS[u] ?? '';
    else if (u !== 'Y' && u !== 'W') out += u;
  }
  return out;
}
