/**
 * Names an English text may write in their biblical or Hebrew form instead of romanizing the Arabic:
 * machine translation turns موسى into "Moses", إسحاق into "Isaac", and an Israeli's بنيامين into
 * "Benjamin" in one paragraph and "Binyamin" in the next. No edit distance joins Moses to Musa, so these
 * pairs are listed. The list is the prophets the Quran and the Bible share, the Christian Arabic names
 * of the apostles, and the Hebrew first names Arabic news writes most; it was written from that
 * canon, not fitted to any data. This module also keys the places of exonyms.ts: a listed form anchors to its
 * group's Arabic (anchor-score.ts) and, without the source, joins a spelling that romanizes that Arabic
 * well (cognate-pairs.ts).
 */
import { normalizeArabic } from '../text/normalize.js';
import { foldSpelling, soundUnits, type Unit } from './spelling.js';
import { splitArticle } from './article.js';
import { EXONYMS } from './exonyms.js';

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

/** Every listed group: the names above and the places of exonyms.ts. */
export const LISTED: readonly CognateGroup[] = [...COGNATES, ...EXONYMS];

/** An Arabic word as the tables are keyed: normalized, without the article (candidates come both ways). */
export function arabicKey(arabic: string): string {
  const n = normalizeArabic(arabic).text;
  return n.length > 3 && n.startsWith('ال') ? n.slice(2) : n;
}

const formGroups = new Map<string, number[]>();
const arabicGroups = new Map<string, number[]>();
LISTED.forEach((g, i) => {
  for (const f of g.forms) formGroups.set(f, [...(formGroups.get(f) ?? []), i]);
  for (const a of g.arabic) {
    const k = arabicKey(a);
    arabicGroups.set(k, [...(arabicGroups.get(k) ?? []), i]);
  }
});

/** True when this spelling (folded) is the English name of a listed place (exonyms.ts): Jerusalem, Sidon. */
function isEnglishPlaceName(folded: string): boolean {
  return (formGroups.get(folded) ?? []).some((g) => g >= COGNATES.length);
}

/** A name form as written ("al-Quds") as the forms are keyed: its core, folded ("quds"). */
const formKey = (form: string): string => foldSpelling(splitArticle(form.trim()).core);

/** True when a name form as written ("Jerusalem", "al-Quds") is a listed place's English name. */
export function isPlaceName(form: string): boolean {
  return isEnglishPlaceName(formKey(form));
}

/**
 * True when a name form is a listed place's English name (exonyms.ts) and the Arabic it is anchored to is none of
 * that place's Arabic names: "Jordan" over جوردان is a person, not الأردن.
 */
export function placeOfOtherArabic(form: string, arabic: string): boolean {
  const places = (formGroups.get(formKey(form)) ?? []).filter((g) => g >= COGNATES.length);
  if (places.length === 0) return false;
  // After the preposition ل the article's alef is not written (للصين): records saved before groups wrote it back
  // (arabic-candidates.ts nameAsWord) hold لصين, الصين meant.
  const keys = arabic.startsWith('ل') && !arabic.startsWith('ال') ? [arabicKey(arabic), arabicKey(`ا${arabic}`)] : [arabicKey(arabic)];
  const own = keys.flatMap((k) => arabicGroups.get(k) ?? []);
  return !places.some((g) => own.includes(g));
}

/** True when this Arabic word (any shape, article or not) is a place exonyms.ts lists: القدس, صيدا. */
export function isListedPlaceArabic(arabic: string): boolean {
  return (arabicGroups.get(arabicKey(arabic)) ?? []).some((g) => g >= COGNATES.length);
}

/** Listed forms by their sound units: Isaak and Isak are Isaac as another language spells it. */
const soundGroups = new Map<string, number[]>();
for (const [form, groups] of formGroups) soundGroups.set(soundUnits(form).join(' '), groups);

/**
 * Groups in which this spelling (folded, foldSpelling) is a listed form, or sounds exactly like one.
 * A caller that already holds the spelling's sound units passes them (clustering does, for every spelling).
 */
export function listedIn(folded: string, units?: readonly Unit[]): readonly number[] {
  const exact = formGroups.get(folded);
  if (exact) return exact;
  if (units) return soundGroups.get(units.join(' ')) ?? NONE_GROUPS;
  let bySound = bySoundCache.get(folded);
  if (bySound === undefined) {
    if (bySoundCache.size > 50_000) bySoundCache.clear();
    bySoundCache.set(folded, (bySound = soundGroups.get(soundUnits(folded).join(' ')) ?? NONE_GROUPS));
  }
  return bySound;
}
const NONE_GROUPS: readonly number[] = [];
/** Clustering asks about each spelling once per compared pair. */
const bySoundCache = new Map<string, readonly number[]>();

/** The groups of an Arabic word as the caller wrote it (anchoring asks about the same words many times). */
const groupsOfArabic = new Map<string, number[] | null>();

/** True when an English spelling is a listed form of a group that writes this Arabic word. */
export function listedCognate(arabic: string, english: string): boolean {
  let groups = groupsOfArabic.get(arabic);
  if (groups === undefined) {
    if (groupsOfArabic.size > 20_000) groupsOfArabic.clear();
    groups = arabicGroups.get(arabicKey(arabic)) ?? null;
    groupsOfArabic.set(arabic, groups);
  }
  if (!groups) return false;
  return listedIn(foldSpelling(english)).some((g) => groups.includes(g));
}

/**
 * First letters (normalized, article stripped) of the Arabic a listed English form stands for: anchoring
 * looks among the Arabic words that begin with these too, since Jerusalem does not begin like القدس.
 */
export function listedFirstLetters(foldedEnglish: string): readonly string[] {
  const groups = formGroups.get(foldedEnglish);
  if (!groups) return NONE;
  return [...new Set(groups.flatMap((g) => LISTED[g]!.arabic.map((a) => arabicKey(a)[0]!)))];
}
const NONE: readonly string[] = [];
