/**
 * Names an English text may write in their biblical or Hebrew form instead of romanizing the Arabic:
 * machine translation turns موسى into "Moses", إسحاق into "Isaac", and an Israeli's بنيامين into
 * "Benjamin" in one paragraph and "Binyamin" in the next. No edit distance joins Moses to Musa, so these
 * pairs are listed. The list is the prophets the Quran and the Bible share, the Christian Arabic names
 * of the apostles, and the Hebrew first names Arabic news writes most; it was written from that
 * canon, not fitted to any data. A listed form anchors to its group's Arabic (anchor-score.ts) and, without
 * the source, joins a spelling that romanizes that Arabic well (cognate-pairs.ts).
 */
import { normalizeArabic } from '../text/normalize.js';
import { foldSpelling } from './spelling.js';

export interface CognateGroup {
  /** Arabic spellings of the name, any hamza or alef shape. */
  arabic: readonly string[];
  /** English and Hebrew forms that no romanization rule reaches, lower case. */
  forms: readonly string[];
}

export const COGNATES: readonly CognateGroup[] = [
  { arabic: ['نوح'], forms: ['noah'] },
  { arabic: ['إبراهيم'], forms: ['abraham', 'avraham'] },
  { arabic: ['إسماعيل'], forms: ['ishmael', 'yishmael'] },
  { arabic: ['إسحاق', 'إسحق'], forms: ['isaac', 'yitzhak', 'yitzchak', 'itzhak', 'itzik'] },
  { arabic: ['يعقوب'], forms: ['jacob', 'yaakov', 'yaacov', 'jaakov'] },
  { arabic: ['يوسف'], forms: ['joseph', 'yosef', 'yossi'] },
  { arabic: ['موسى', 'موشيه', 'موشي'], forms: ['moses', 'moshe'] },
  { arabic: ['هارون'], forms: ['aaron', 'aharon'] },
  { arabic: ['داود', 'داوود'], forms: ['david'] },
  { arabic: ['سليمان'], forms: ['solomon', 'shlomo'] },
  { arabic: ['إلياس', 'إيليا'], forms: ['elijah', 'eliyahu'] },
  { arabic: ['اليسع'], forms: ['elisha'] },
  { arabic: ['يونس', 'يونان'], forms: ['jonah', 'yona', 'yonah'] },
  { arabic: ['زكريا'], forms: ['zechariah', 'zachariah', 'zacharias', 'zecharia'] },
  { arabic: ['عيسى', 'يسوع'], forms: ['jesus'] },
  { arabic: ['مريم'], forms: ['mary', 'miriam'] },
  { arabic: ['جبريل', 'جبرائيل'], forms: ['gabriel'] },
  { arabic: ['ميكائيل', 'ميخائيل'], forms: ['michael'] },
  { arabic: ['يوشع'], forms: ['joshua', 'yehoshua'] },
  { arabic: ['يهوذا'], forms: ['judah', 'judas', 'yehuda', 'yehudah'] },
  { arabic: ['شمشون'], forms: ['samson', 'shimshon'] },
  { arabic: ['شاؤول', 'شاول'], forms: ['saul', 'shaul'] },
  { arabic: ['صموئيل'], forms: ['samuel', 'shmuel'] },
  { arabic: ['حزقيال'], forms: ['ezekiel', 'yehezkel'] },
  { arabic: ['إشعياء'], forms: ['isaiah', 'yeshayahu'] },
  { arabic: ['إرميا'], forms: ['jeremiah', 'yirmiyahu'] },
  { arabic: ['بنيامين'], forms: ['benjamin', 'binyamin'] },
  { arabic: ['شمعون', 'سمعان'], forms: ['simon', 'simeon', 'shimon'] },
  { arabic: ['رفائيل'], forms: ['raphael', 'refael'] },
  { arabic: ['بطرس'], forms: ['peter'] },
  { arabic: ['بولس'], forms: ['paul'] },
  { arabic: ['يوحنا'], forms: ['john', 'yohanan'] },
  { arabic: ['جرجس', 'جرجيس'], forms: ['george'] },
];

/** The anchoring score a listed form gets against its own Arabic: a sure match, below a perfect romanization. */
export const COGNATE_SCORE = 0.9;

const formGroups = new Map<string, number[]>();
const arabicGroups = new Map<string, number[]>();
COGNATES.forEach((g, i) => {
  for (const f of g.forms) formGroups.set(f, [...(formGroups.get(f) ?? []), i]);
  for (const a of g.arabic) {
    const k = normalizeArabic(a).text;
    arabicGroups.set(k, [...(arabicGroups.get(k) ?? []), i]);
  }
});

/** Groups in which this spelling (folded, foldSpelling) is a listed form. */
export function listedIn(folded: string): readonly number[] {
  return formGroups.get(folded) ?? [];
}

/** The group a spelling belongs to for clustering: a listed form's group, else none (romanizations join through cognatePair). */
export function cognateKey(core: string): number | undefined {
  return listedIn(foldSpelling(core))[0];
}

/** The groups of an Arabic word as the caller wrote it (anchoring asks about the same words many times). */
const groupsOfArabic = new Map<string, number[] | null>();

/** True when an English spelling is a listed form of a group that writes this Arabic word. */
export function listedCognate(arabic: string, english: string): boolean {
  let groups = groupsOfArabic.get(arabic);
  if (groups === undefined) {
    if (groupsOfArabic.size > 20_000) groupsOfArabic.clear();
    groups = arabicGroups.get(normalizeArabic(arabic).text) ?? null;
    groupsOfArabic.set(arabic, groups);
  }
  if (!groups) return false;
  return listedIn(foldSpelling(english)).some((g) => groups.includes(g));
}
