/**
 * A rough consonant skeleton shared by English and Arabic spellings of one name, used only as
 * alignment evidence (DESIGN §8: it matches 51% of English capitalized words in the right Arabic
 * line and 6.5% in a wrong one). Classes are deliberately coarse: Kadhimi/الكاظمي → "ktm",
 * Biden/بايدن → "btn". It is not a transliteration and must not be used to judge spellings.
 */

/** Arabic letter → consonant class; letters that usually stand for vowels or h-sounds are dropped (''). */
const ARABIC_CLASS: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'k', 'ح': '', 'خ': 'k', 'د': 't', 'ذ': 't', 'ر': 'r', 'ز': 's',
  'س': 's', 'ش': 's', 'ص': 's', 'ض': 't', 'ط': 't', 'ظ': 't', 'ع': '', 'غ': 'k', 'ف': 'f', 'ق': 'k',
  'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': '', 'و': '', 'ي': '', 'ى': '', 'ا': '', 'ة': '',
  'ء': '', 'أ': '', 'إ': '', 'آ': '', 'ؤ': '', 'ئ': '', 'ٱ': '', 'پ': 'b', 'چ': 's', 'ڤ': 'f', 'گ': 'k',
};

/** Skeleton of one Arabic word already normalized (no diacritics, unified alef). Non-letters are ignored. */
export function arabicSkeleton(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ARABIC_CLASS[ch];
    if (c === undefined || c === '') continue;
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

const ENGLISH_DIGRAPHS: [RegExp, string][] = [
  [/sh|ch|zh/g, 's'], [/th|dh/g, 't'], [/kh|gh|ck|q/g, 'k'], [/ph/g, 'f'], [/x/g, 'ks'],
];
const ENGLISH_CLASS: Record<string, string> = {
  b: 'b', p: 'b', t: 't', d: 't', s: 's', z: 's', c: 'k', k: 'k', g: 'k', j: 'k',
  f: 'f', v: 'f', l: 'l', m: 'm', n: 'n', r: 'r',
};

/** Skeleton of one English word (any case); the Arabic article "al-"/"el-" and a possessive "'s" are dropped. */
export function englishSkeleton(word: string): string {
  let w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  w = w.replace(/^(?:al|el|as|ash|ad|ar|at|az|an)[-‐‑–'’]/u, '').replace(/['’]s$/u, '');
  for (const [re, rep] of ENGLISH_DIGRAPHS) w = w.replace(re, rep);
  let out = '';
  for (const ch of w) {
    const c = ENGLISH_CLASS[ch];
    if (c === undefined) continue;
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

const ARTICLE = 'ال';
const PROCLITICS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];

/**
 * The stems an Arabic word may hide behind clitics (و ف ب ل ك, the article ال, "لل"), longest first.
 * All are returned because stripping is ambiguous: بايدن (Biden) starts with ب but is not ب + ايدن.
 */
export function arabicStems(word: string): string[] {
  const out = new Set<string>([word]);
  const add = (w: string): void => {
    if (w.length >= 2) out.add(w);
  };
  const layers = [word];
  for (const p of PROCLITICS) if (word.startsWith(p)) layers.push(word.slice(1));
  for (const w of [...layers]) {
    for (const p of PREPOSITIONS) if (w.startsWith(p)) layers.push(w.slice(1));
    if (w.startsWith('لل')) layers.push(w.slice(2));
  }
  for (const w of layers) {
    add(w);
    if (w.startsWith(ARTICLE)) add(w.slice(2));
  }
  return [...out];
}
