/**
 * Without the source, a listed English form (a biblical or Hebrew name of cognates.ts, a place of
 * exonyms.ts) is one name with a spelling that romanizes its group's Arabic: Moses with Musa and Moussa,
 * Jerusalem with al-Quds. Two romanizations are never joined here (that is the spelling rules' call), so
 * this can only add pairs that hold a listed form.
 */
import { normalizeArabic } from '../text/normalize.js';
import { anchorCost, lettersToWrite, startsCompatible } from './anchor-score.js';
import { arabicKey, LISTED, listedIn } from './cognates.js';

/**
 * How closely a spelling must romanize a group's Arabic to stand beside its listed forms, as an alignment
 * cost (anchorCost), not a score: a score forgives a long word more, and Salman (سلمان, one ي short of
 * سليمان) must not join Solomon, while Ishak (إسحاق, its ح and ق written h and k) must.
 */
export const COGNATE_COST = 0.5;

/** Each group's Arabic, normalized; `core` without the article, as startsCompatible expects. */
const ARABIC = LISTED.map((g) =>
  g.arabic.map((a) => {
    const full = normalizeArabic(a).text;
    const core = arabicKey(a);
    return { full, core, letters: [...core].length, mustWrite: lettersToWrite(full, COGNATE_COST) };
  }),
);

/**
 * A final i the Arabic does not write is the nisba of another name, not a romanization: Brahimi (الإبراهيمي)
 * is not Abraham, though the alignment reads its i as an unwritten short vowel, and Turki is not Turkey.
 */
function addsNisba(arabic: string, folded: string): boolean {
  if (!/(?:i|y|ee)$/.test(folded)) return false;
  // Turki is تركي, not تركيا (Turkey): a final i stands for the ي of -يا/-ية only with its vowel after it.
  return !'يىاوهء'.includes(arabic[arabic.length - 1] ?? '') || /ي[اه]$/.test(arabic);
}

const alignedCache = new Map<string, boolean>();
/** Whether this spelling (folded) romanizes one of the group's Arabic spellings well. */
export function romanizes(folded: string, group: number): boolean {
  for (const a of ARABIC[group]!) {
    // Cheap tests first (most spellings fail one): English writes an Arabic name in about one to three
    // letters per letter, begins as it does, and writes each letter the alignment cannot leave out.
    if (folded.length > 3 * a.letters + 2 || folded.length + 2 < a.letters || !startsCompatible(a.core, folded)) continue;
    // x is two Arabic letters, كس (Alex): it must count for both.
    if (!writesInOrder(folded.includes('x') ? folded.replace(/x/g, 'xx') : folded, a.mustWrite) || addsNisba(a.full, folded)) continue;
    const key = `${a.full}\u0000${folded}`;
    let ok = alignedCache.get(key);
    if (ok === undefined) {
      if (alignedCache.size > 20_000) alignedCache.clear();
      alignedCache.set(key, (ok = anchorCost(a.full, folded, COGNATE_COST) <= COGNATE_COST));
    }
    if (ok) return true;
  }
  return false;
}

/** Whether the spelling has, in order, one letter of each set (the earliest match each time is as good as any). */
function writesInOrder(s: string, sets: readonly string[]): boolean {
  let at = 0;
  for (const set of sets) {
    while (at < s.length && !set.includes(s[at]!)) at++;
    if (at >= s.length) return false;
    at++;
  }
  return true;
}

/**
 * True when one spelling is a listed form and the other is a listed form of the same group or romanizes
 * that group's Arabic: Moses/Musa, Isaac/Yitzhak, Benjamin/Binyamin. `x` and `y` are comparable cores
 * folded to ASCII (foldSpelling).
 */
export function cognatePair(x: string, y: string): boolean {
  if (x === y) return false;
  const lx = listedIn(x);
  const ly = listedIn(y);
  if (lx.length === 0 && ly.length === 0) return false;
  if (lx.some((g) => ly.includes(g))) return true;
  return lx.some((g) => romanizes(y, g)) || ly.some((g) => romanizes(x, g));
}

const otherCache = new Map<string, boolean>();
/**
 * Whether a spelling (folded, not itself a listed form) romanizes the Arabic of some listed group other than
 * `groups` and none of `groups`: Isa writes عيسى, not إسحاق, so it is not a spelling of Isaac however close
 * the letters.
 */
export function romanizesOtherListed(folded: string, groups: readonly number[]): boolean {
  const key = `${folded}\u0000${groups.join(',')}`;
  let out = otherCache.get(key);
  if (out === undefined) {
    if (otherCache.size > 20_000) otherCache.clear();
    out = !groups.some((g) => romanizes(folded, g)) && LISTED.some((_, g) => !groups.includes(g) && romanizes(folded, g));
    otherCache.set(key, out);
  }
  return out;
}
