/**
 * Without the source, a biblical or Hebrew form (cognates.ts) is one name with a spelling that romanizes
 * its group's Arabic: Moses with Musa and Moussa, Isaac with Ishaq. Two romanizations are never joined
 * here (that is the spelling rules' call), so this can only add pairs that hold a listed form.
 */
import { normalizeArabic } from '../text/normalize.js';
import { anchorCost, startsCompatible } from './anchor-score.js';
import { LISTED, listedIn } from './cognates.js';
import { foldSpelling } from './spelling.js';

/**
 * How closely a spelling must romanize a group's Arabic to stand beside its listed forms, as an alignment
 * cost (anchorCost), not a score: a score forgives a long word more, and Salman (سلمان, one ي short of
 * سليمان) must not join Solomon, while Ishak (إسحاق, its ح and ق written h and k) must.
 */
export const COGNATE_COST = 0.5;

/** Each group's Arabic, normalized as startsCompatible expects. */
const ARABIC = LISTED.map((g) => g.arabic.map((a) => normalizeArabic(a).text));

/**
 * A final i the Arabic does not write is the nisba of another name, not a romanization: Brahimi (الإبراهيمي)
 * is not Abraham, though the alignment reads its i as an unwritten short vowel, and Turki is not Turkey.
 */
function addsNisba(arabic: string, folded: string): boolean {
  if (!/(?:i|y|ee)$/.test(folded)) return false;
  // Turki is تركي, not تركيا (Turkey): a final i stands for the ي of -يا/-ية only with its vowel after it.
  return !'يىاوهء'.includes(arabic[arabic.length - 1] ?? '') || /ي[اه]$/.test(arabic);
}

const romanizedCache = new Map<string, boolean>();
/** Whether this spelling (folded) romanizes one of the group's Arabic spellings well. */
function romanizes(folded: string, group: number): boolean {
  const key = `${group}:${folded}`;
  let out = romanizedCache.get(key);
  if (out === undefined) {
    if (romanizedCache.size > 50_000) romanizedCache.clear();
    out = ARABIC[group]!.some((a) => startsCompatible(a, folded) && !addsNisba(a, folded) && anchorCost(a, folded, COGNATE_COST) <= COGNATE_COST);
    romanizedCache.set(key, out);
  }
  return out;
}

/**
 * True when one spelling is a listed biblical or Hebrew form and the other is a listed form of the same
 * group or romanizes that group's Arabic: Moses/Musa, Isaac/Yitzhak, Benjamin/Binyamin. `a` and `b`
 * are comparable cores (lower case, article stripped).
 */
export function cognatePair(a: string, b: string): boolean {
  const x = foldSpelling(a);
  const y = foldSpelling(b);
  if (x === y) return false;
  const lx = listedIn(x);
  const ly = listedIn(y);
  if (lx.length === 0 && ly.length === 0) return false;
  if (lx.some((g) => ly.includes(g))) return true;
  return lx.some((g) => romanizes(y, g)) || ly.some((g) => romanizes(x, g));
}

/** The first group in which a spelling is a listed form: the key clustering joins cognates by. */
export function cognateKey(core: string): number | undefined {
  return listedIn(foldSpelling(core))[0];
}
