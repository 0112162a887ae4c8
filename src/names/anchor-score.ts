/**
 * How well an English spelling romanizes an Arabic name: an alignment of Arabic letters to English
 * letter groups where each Arabic letter has the romanizations news agencies actually use
 * (ظ as dh/z/th/d, ق as q/k/g, ة as a/ah/eh ...), unwritten short vowels may be inserted cheaply,
 * and a consonant doubled for shadda costs almost nothing. 1 is a perfect romanization.
 */
import { normalizeArabic } from '../text/normalize.js';
import { foldSpelling } from './spelling.js';
import { splitArticle } from './article.js';
import { COGNATE_SCORE, listedCognate } from './cognates.js';
import { writtenOut } from './abbreviations.js';

type Realizations = ReadonlyArray<readonly [string, number]>;

const LONG_A: Realizations = [['a', 0], ['aa', 0], ['e', 0.15], ['ae', 0.2], ['o', 0.4], ['i', 0.4], ['u', 0.5]];
const WAW: Realizations = [['w', 0], ['ou', 0], ['u', 0], ['o', 0], ['oo', 0], ['v', 0.2], ['aw', 0.1], ['ow', 0.1], ['ew', 0.3], ['uw', 0.1], ['ue', 0.2]];
const YA: Realizations = [['y', 0], ['i', 0], ['ee', 0], ['ie', 0], ['ei', 0.05], ['ey', 0.05], ['ai', 0.05], ['ay', 0.05], ['e', 0.25], ['iy', 0.05], ['j', 0.4], ['ii', 0.1]];

const TABLE: Record<string, Realizations> = {
  'ا': LONG_A,
  // Arabic has no p: ب is how it writes one (Putin, Pompeo, Giuseppe).
  'ب': [['b', 0], ['p', 0.1], ['v', 0.6]],
  'ت': [['t', 0], ['d', 0.6], ['th', 0.5]],
  'ث': [['th', 0], ['t', 0.2], ['s', 0.2], ['z', 0.5]],
  'ج': [['j', 0], ['g', 0.1], ['dj', 0], ['dzh', 0.2], ['zh', 0.3], ['y', 0.5], ['gi', 0.2], ['ge', 0.3], ['c', 0.2]],
  'ح': [['h', 0], ['kh', 0.5], ['ḥ', 0]],
  // Spanish j and g before e/i are خ: Juan, José, Jorge.
  'خ': [['kh', 0], ['k', 0.3], ['h', 0.3], ['ch', 0.3], ['x', 0.3], ['j', 0.2], ['g', 0.3], ['kj', 0.3]],
  'د': [['d', 0], ['t', 0.5], ['dh', 0.3]],
  'ذ': [['dh', 0], ['th', 0.1], ['z', 0.1], ['d', 0.2], ['zh', 0.3]],
  'ر': [['r', 0]],
  'ز': [['z', 0], ['s', 0.3], ['zz', 0]],
  'س': [['s', 0], ['c', 0.3], ['z', 0.5], ['ç', 0.3], ['sc', 0.4]],
  // Pinyin x (Xi, Xinjiang) and Italian c before e/i (Francesco) are ش too.
  'ش': [['sh', 0], ['ch', 0.1], ['sch', 0.2], ['s', 0.5], ['j', 0.6], ['tch', 0.4], ['x', 0.3], ['c', 0.3]],
  'ص': [['s', 0], ['c', 0.3], ['z', 0.5], ['ts', 0.5], ['ss', 0]],
  'ض': [['d', 0], ['dh', 0.1], ['z', 0.3], ['th', 0.5], ['dz', 0.4]],
  'ط': [['t', 0], ['th', 0.5], ['d', 0.5]],
  'ظ': [['dh', 0], ['z', 0.1], ['th', 0.1], ['d', 0.2], ['zh', 0.3]],
  'ع': [['\'', 0], ['a', 0.1], ['e', 0.1], ['aa', 0.15], ['o', 0.2], ['u', 0.2], ['i', 0.2], ['ai', 0.3], ['ou', 0.2]],
  'غ': [['gh', 0], ['g', 0.1], ['r', 0.5], ['kh', 0.5], ['q', 0.6]],
  'ف': [['f', 0], ['ph', 0.1], ['v', 0.3], ['ff', 0]],
  'ق': [['q', 0], ['k', 0.1], ['g', 0.2], ['ck', 0.1], ['c', 0.3], ['kk', 0.1], ['qu', 0.1], ['gh', 0.4]],
  'ك': [['k', 0], ['c', 0.1], ['ck', 0.1], ['q', 0.3], ['g', 0.5], ['ch', 0.4], ['kh', 0.4]],
  'ل': [['l', 0]],
  'م': [['m', 0]],
  'ن': [['n', 0], ['m', 0.6], ['ng', 0.3]],
  'ه': [['h', 0]],
  'و': WAW,
  'ي': YA,
  'ى': [...LONG_A, ...YA],
  'ء': [['\'', 0], ['a', 0.15], ['e', 0.15], ['i', 0.2], ['u', 0.2]],
  'ئ': [['\'', 0], ['e', 0.1], ['i', 0.1], ['y', 0.1], ['a', 0.3], ['ei', 0.2]],
  'ؤ': [['\'', 0], ['u', 0.1], ['o', 0.1], ['w', 0.1], ['ou', 0.1]],
  'پ': [['p', 0], ['b', 0.3]],
  'چ': [['ch', 0], ['j', 0.4]],
  'گ': [['g', 0], ['k', 0.4]],
  'ڤ': [['v', 0], ['f', 0.3]],
};

/** ة written as ه at the end of a word: a, ah, eh, or -at in a construct. */
const TA_MARBUTA: Realizations = [['ah', 0], ['a', 0.05], ['eh', 0], ['e', 0.1], ['h', 0.1], ['at', 0.2], ['et', 0.3], ['', 0.15]];

const TA_MARBUTA_H: Realizations = [...TABLE['ه']!, ...TA_MARBUTA];
/** A final ي may be an alif maqsura (ى) that normalization folded: Mustafa, Muqtada, Musa. */
const FINAL_YA: Realizations = [...YA, ['a', 0.1], ['aa', 0.1], ['ah', 0.15]];

/** تش: English and Slavic ch, Italian c and cc before e/i, Polish cz (folded from č, ć and cz). */
const TSH: Realizations = [['ch', 0], ['tch', 0], ['tsch', 0], ['tsh', 0], ['c', 0.1], ['cc', 0.1], ['cz', 0.1], ['ci', 0.15], ['cci', 0.15]];
/** تس: ts, tz, and German or Italian z and zz. */
const TS: Realizations = [['ts', 0], ['tz', 0], ['z', 0.1], ['zz', 0.1]];

/** Turkish writes a word-final b, d or j voiceless: Recep (رجب), Davut (داود), Yakup (يعقوب). */
const DEVOICED: Record<string, Realizations> = {
  'ب': [...TABLE['ب']!.filter(([r]) => r !== 'p'), ['p', 0.1]],
  'د': [...TABLE['د']!.filter(([r]) => r !== 't'), ['t', 0.2]],
};

/** Cost of an Arabic letter left unwritten in the English. */
function deletionCost(ch: string, final: boolean): number {
  switch (ch) {
    case 'ع': case 'ء': case 'ئ': case 'ؤ': return 0.05;
    case 'ا': return 0.4;
    case 'و': case 'ي': case 'ى': return 0.5;
    case 'ه': return final ? 0.15 : 0.6;
    case 'ح': return 0.6;
    default: return 1;
  }
}

const VOWELS = 'aeiou';
const SUN_LETTERS = 'تثدذرزسشصضطظلن';
/** English consonant letters that can begin an assimilated article: ad-Din, ash-Sharif, as-Sadr. */
const SUN_ROMAN = ['t', 'th', 'd', 'dh', 'r', 'z', 's', 'sh', 'n', 'l'];

const preparedCache = new Map<string, { letters: string[]; wordStart: boolean[] }>();

/** Letters only: normalized, diacritics and non-letters dropped; word starts remembered. Callers get a copy. */
function prepareArabic(arabic: string): { letters: string[]; wordStart: boolean[] } {
  let p = preparedCache.get(arabic);
  if (!p) {
    if (preparedCache.size > 20_000) preparedCache.clear();
    p = prepareArabicUncached(arabic);
    preparedCache.set(arabic, p);
  }
  return { letters: [...p.letters], wordStart: [...p.wordStart] };
}

function prepareArabicUncached(arabic: string): { letters: string[]; wordStart: boolean[] } {
  const norm = normalizeArabic(arabic).text;
  const letters: string[] = [];
  const wordStart: boolean[] = [];
  let start = true;
  for (const ch of norm) {
    if (/\p{L}/u.test(ch)) {
      letters.push(ch);
      wordStart.push(start);
      start = false;
    } else start = true;
  }
  return { letters, wordStart };
}

/** An article may sit here: a word start, after عبد/أبو, or the ال of الله (Nasrallah, Abdullah). */
function articleAllowed(letters: readonly string[], wordStart: readonly boolean[], i: number): boolean {
  if (letters[i] !== 'ا' || letters[i + 1] !== 'ل' || i + 2 >= letters.length) return false;
  if (wordStart[i]) return true;
  const before = letters.slice(0, i).join('');
  if (/(عبد|ابو|ابي|بو)$/.test(before)) return true;
  return letters.slice(i).join('') === 'الله';
}

/** Alignment cost of Arabic letters against English letters (lower is better); Infinity past maxCost. */
function alignCost(letters: readonly string[], wordStart: readonly boolean[], en: string, maxCost = Infinity): number {
  const n = letters.length;
  const m = en.length;
  // Per Arabic position: its romanizations, deletion cost, and whether an article may start there.
  const opts: Realizations[] = [];
  const del: number[] = [];
  const article: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const a = letters[i]!;
    const final = i === n - 1 || wordStart[i + 1] === true;
    if (a === 'ه' && final && i > 0) opts.push(TA_MARBUTA_H);
    else if (a === 'ي' && final && i > 0) opts.push(FINAL_YA);
    else if (final && i > 0 && DEVOICED[a]) opts.push(DEVOICED[a]);
    else opts.push(TABLE[a] ?? []);
    del.push(deletionCost(a, final));
    article.push(i > 0 && articleAllowed(letters, wordStart, i));
  }
  // فاعل (Hamid, Khalid, Kadhimi, Fatima): the vowel after the second radical is kasra, i or e, not a.
  const kasraAt = n >= 4 && letters[1] === 'ا' && letters[0] !== 'ا' && !wordStart[1] && !wordStart[2] && !wordStart[3] ? 3 : -1;
  const isVowel: boolean[] = [];
  for (let j = 0; j < m; j++) isVowel.push(VOWELS.includes(en[j]!));
  // dp over (i, j, lastWasInsertedVowel)
  const W = m + 1;
  const dp = new Float64Array((n + 1) * W * 2).fill(Infinity);
  const at = (i: number, j: number, f: number): number => (i * W + j) * 2 + f;
  dp[at(0, 0, 0)] = 0;
  const relax = (i: number, j: number, f: number, c: number): void => {
    const k = at(i, j, f);
    if (c < dp[k]!) dp[k] = c;
  };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      for (let f = 0; f < 2; f++) {
        const c = dp[at(i, j, f)]!;
        if (c === Infinity) continue;
        // English letter with no Arabic letter: a short vowel (cheap once), the apostrophe, h, or a stray consonant.
        if (j < m) {
          const e = en[j]!;
          if (isVowel[j]) relax(i, j + 1, 1, c + (f ? 0.6 : i === kasraAt && e !== 'i' && e !== 'e' ? 0.4 : 0.1));
          // French ou for an unwritten damma is one short vowel: Boutros (بطرس), Moustafa, Abdelmoumen.
          if (!f && e === 'o' && en[j + 1] === 'u' && i !== kasraAt) relax(i, j + 2, 1, c + 0.15);
          else if (e === '\'') relax(i, j + 1, f, c);
          else relax(i, j + 1, 0, c + (e === 'h' ? 0.5 : e === 'y' || e === 'w' ? 0.6 : 1));
        }
        if (i >= n) continue;
        // Arabic letter left unwritten.
        relax(i + 1, j, f, c + del[i]!);
        // The article inside a compound: Abdul Hamid, Abd al-Rahman, Abdur Rahman, Nasrallah.
        if (article[i]) {
          relax(i + 2, j, 0, c + 0.3);
          for (const v of ['a', 'e', 'u', 'o', 'i', '']) {
            const vc = v === 'a' || v === 'e' ? 0 : v === '' ? 0.15 : 0.1;
            if (en.startsWith(v + 'l', j)) relax(i + 2, j + v.length + 1, 0, c + vc);
            const sun = letters[i + 2]!;
            if (SUN_LETTERS.includes(sun)) {
              for (const r of SUN_ROMAN) if (en.startsWith(v + r, j)) relax(i + 2, j + v.length + r.length, 0, c + vc + 0.05);
            }
          }
        }
        // تش and تس are how Arabic writes one foreign sound: ch, Italian c and sc (Cesare, Luciano), ts and
        // German z (Herzog, Scholz). Each pair is one unit here, not a t plus a letter.
        if (letters[i] === 'ت' && i + 1 < n && !wordStart[i + 1]) {
          const pair = letters[i + 1] === 'ش' ? TSH : letters[i + 1] === 'س' ? TS : null;
          if (pair) for (const [r, rc] of pair) if (en.startsWith(r, j)) relax(i + 2, j + r.length, 0, c + rc);
        }
        let matched = false;
        for (const [r, rc] of opts[i]!) {
          if (!en.startsWith(r, j)) continue;
          matched = true;
          relax(i + 1, j + r.length, 0, c + rc);
          // Shadda: a doubled consonant (Hassan for حسن, Mohammed for محمد).
          const first = r[0]!;
          if (!VOWELS.includes(first) && en.startsWith(first + r, j)) relax(i + 1, j + r.length + 1, 0, c + rc + 0.05);
        }
        // Any other consonant for this letter: a real mismatch, but cheaper than a deletion plus an insertion.
        if (!matched && j < m && !isVowel[j] && en[j] !== '\'') relax(i + 1, j + 1, 0, c + 1.2);
      }
    }
    // Later cells grow only from rows i+1 and i+2 (the article jumps two letters): once everything
    // there is over maxCost, nothing can come back under it.
    if (maxCost !== Infinity && i < n) {
      let ahead = Infinity;
      const last = Math.min(n, i + 2);
      for (let k = at(i + 1, 0, 0); k < at(last, m, 1) + 1; k++) if (dp[k]! < ahead) ahead = dp[k]!;
      if (ahead > maxCost) return Infinity;
    }
  }
  return Math.min(dp[at(n, m, 0)]!, dp[at(n, m, 1)]!);
}

function stripArabicArticle(letters: string[], wordStart: boolean[]): boolean {
  if (letters.length > 3 && letters[0] === 'ا' && letters[1] === 'ل') {
    letters.splice(0, 2);
    wordStart.splice(0, 2);
    wordStart[0] = true;
    return true;
  }
  return false;
}

/** The cost of aligning, before it is turned into a score. Lower is better. */
export function anchorCost(arabic: string, english: string, maxCost = Infinity): number {
  const { letters, wordStart } = prepareArabic(arabic);
  const { article, core } = splitArticle(english.trim());
  const arHasArticle = stripArabicArticle(letters, wordStart);
  // Turkish ş is sh (Çavuşoğlu for جاويش أوغلو); ç is ch in Turkish and s in French (François), so both are tried.
  const turkish = core.replace(/[şŞ]/g, 'sh');
  const en = foldSpelling(turkish.replace(/[çÇ]/g, 'ch'));
  const french = /[çÇ]/.test(core) ? foldSpelling(turkish) : null;
  if (letters.length === 0 || en.length === 0) return Infinity;
  const cost = (spelled: string): number => {
    // "Al Thani" for آل ثاني, "Alkadhimi" written solid: also try the English article as part of the name.
    const penalty = article !== '' && !arHasArticle ? 0.1 : 0;
    if (article === '' && arHasArticle) {
      // A solid "alkadhimi" or "elsisi" keeps its article inside the word; so do Alan (آلان) and Alex, and
      // Allan (آلان) with its l written twice.
      const m = /^(al|el)(?=[a-z]{2})/.exec(spelled);
      if (m) {
        const solid = Math.min(alignCost(letters, wordStart, spelled, maxCost) + 0.3, alignCost(letters, wordStart, spelled.slice(2), maxCost) + 0.05);
        return /^.ll[aeiouy]/.test(spelled) ? Math.min(solid, alignCost(letters, wordStart, spelled.slice(3), maxCost) + 0.05) : solid;
      }
      // Maghrebi names keep only the article's l before a vowel, ع or ح: Larbi (العربي), Lamine (الأمين), Lahcen (الحسن).
      if (/^l[a-z]{3}/.test(spelled) && 'اعحه'.includes(letters[0] ?? '')) return Math.min(alignCost(letters, wordStart, spelled, maxCost), alignCost(letters, wordStart, spelled.slice(1), maxCost) + 0.15);
    }
    return alignCost(letters, wordStart, spelled, maxCost) + penalty;
  };
  // English x is two Arabic letters, كس (Alex, Maxim, Felix); the table maps letters one to one.
  const best = (spelled: string): number => (spelled.includes('x') ? Math.min(cost(spelled), cost(spelled.replace(/x/g, 'ks'))) : cost(spelled));
  return french === null ? best(en) : Math.min(best(en), best(french));
}

/**
 * For each Arabic letter an alignment under `maxCost` cannot leave out, the English letters one of its
 * romanizations begins with: a spelling that lacks one of them cannot anchor that cheaply, which lets a
 * caller skip the alignment for most spellings (Alex for موسى has no m). Article stripped, as anchorCost does.
 */
export function lettersToWrite(arabic: string, maxCost: number): string[] {
  const { letters, wordStart } = prepareArabic(arabic);
  stripArabicArticle(letters, wordStart);
  const out: string[] = [];
  letters.forEach((a, i) => {
    const final = i === letters.length - 1 || wordStart[i + 1] === true;
    // A wrong consonant costs 1.2 and a dropped one its deletion cost: both must fit under maxCost to be optional.
    if (deletionCost(a, final) <= maxCost) return;
    const firsts = new Set((TABLE[a] ?? []).map(([r]) => r[0] ?? ''));
    if (a === 'ت') for (const [r] of [...TSH, ...TS]) firsts.add(r[0]!);
    if (a === 'ك' || a === 'س') firsts.add('x');
    if (a === 'ه' || a === 'ة') firsts.add('a').add('e');
    out.push([...firsts].filter(Boolean).join(''));
  });
  return out;
}

/** Score in [0, 1]: 1 is a perfect romanization, near 0 is an unrelated word. Below `min`, 0 (computed faster). */
export function anchorScore(arabic: string, written: string, min = 0): number {
  // Mohd for محمد: a short form is scored as the name it stands for.
  const english = writtenOut(written);
  // Moses for موسى, Isaac for إسحاق: the biblical or Hebrew form no letter-by-letter reading reaches.
  if (listedCognate(arabic, english)) return Math.max(COGNATE_SCORE, anchorScoreOfLetters(arabic, english, min));
  return anchorScoreOfLetters(arabic, english, min);
}

function anchorScoreOfLetters(arabic: string, english: string, min: number): number {
  const n = prepareArabic(arabic).letters.length;
  const norm = 0.5 + 0.5 * n;
  const cost = anchorCost(arabic, english, min > 0 ? (1 - min) * norm : Infinity);
  if (!Number.isFinite(cost)) return 0;
  return Math.max(0, 1 - cost / norm);
}

const WEAK_START = new Set(['ا', 'ع', 'ء', 'ئ', 'ؤ', 'و', 'ي', 'ى', 'ه', 'ح']);

/**
 * A cheap test before the alignment: can the English begin the way the Arabic begins? Used to skip
 * most of a sentence's words when anchoring a mention. `arabicCore` is normalized, article stripped;
 * `englishFoldedCore` is foldSpelling of the mention without its article.
 */
export function startsCompatible(arabicCore: string, englishFoldedCore: string): boolean {
  const a = arabicCore[0];
  const e = englishFoldedCore;
  if (a === undefined || e === '') return false;
  if (VOWELS.includes(e[0]!) || e[0] === '\'') return true;
  // An English consonant can follow an unwritten alef (Brahim for ابراهيم); other weak letters must be
  // written by one of their own romanizations (w for و, y for ي, h for ه/ح), checked below.
  if (a === 'ا') return true;
  for (const [r] of TABLE[a] ?? []) if (r && e.startsWith(r)) return true;
  return false;
}

const firstsCache = new Map<string, string[]>();

/** Arabic letters a name can begin with when its English (folded, no article) begins like this. */
export function compatibleFirstLetters(englishFoldedCore: string): string[] {
  const head = englishFoldedCore.slice(0, 3);
  let out = firstsCache.get(head);
  if (!out) {
    out = [...new Set([...Object.keys(TABLE), ...WEAK_START])].filter((a) => startsCompatible(a, head));
    firstsCache.set(head, out);
  }
  return out;
}

/** The spelling that romanizes an Arabic name best, the first on a tie ("Greenfield" of Linda, Thomas, Greenfield for غرينفيلد). */
export function bestRomanization(arabic: string, spellings: readonly string[]): string {
  let best = spellings[0]!;
  let bestScore = -1;
  for (const c of spellings) {
    const s = anchorScore(arabic, c);
    if (s > bestScore) [best, bestScore] = [c, s];
  }
  return best;
}
