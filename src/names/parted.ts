/**
 * Pairs of spellings that are two names whatever their distance: the rules sameName and pooled
 * clustering apply before measuring anything, because each describes a new Arabic word made from
 * another one (a nisba, a feminine, one more written consonant), not another way to spell it.
 */
import { isVowelUnit, spellingDistance, type Unit } from './spelling.js';
import { romanizesOtherListed } from './cognate-pairs.js';

/** What the rules read of a spelling (cluster.ts computes it once per spelling). */
export interface Parted {
  /** The comparable core (cluster.ts comparableCore). */
  core: string;
  /** The core folded to ASCII (spelling.ts foldSpelling). */
  folded: string;
  /** A one-word country or capital name (place-names.ts). */
  place: boolean;
  /** The cognate groups the spelling is a listed form of (cognates.ts listedIn). */
  listed: readonly number[];
  /** The sound units (spelling.ts soundUnits), and the consonant units in order and the vowel units joined (consonantShape). */
  units: readonly Unit[];
  consonants: readonly Unit[];
  vowels: string;
}

/**
 * A spelling's consonants and vowels apart, and how many consonants it writes besides h, w and y, computed
 * once per spelling: insertedConsonant and the rescue (cluster.ts rescuable) compare them per pair.
 */
export function consonantShape(units: readonly Unit[]): { consonants: readonly Unit[]; vowels: string; strongConsonants: number } {
  const consonants = units.filter((u) => !isVowelUnit(u));
  return { consonants, vowels: units.filter(isVowelUnit).join(' '), strongConsonants: consonants.filter((u) => u !== 'H' && u !== 'W' && u !== 'Y').length };
}

/** English inflection, not another romanization: American/Americans, Iraq/Iraqi, Syria/Syrian. */
const INFLECTION = /^(?:s|es|'s|n|ns|an|ans|i|is|ian|ians)$/u;

/** English word endings after one stem: Nations/National, Nationalist/Nationalism. */
const ENDINGS = new Set(['s', 'es', 'al', 'als', 'ally', 'ist', 'ists', 'ism', 'ity', 'ed', 'ing']);

/**
 * Two comparable cores (comparableCore) that are one stem with English endings. An ending read as no sound
 * is a spelling's silent letters, not grammar (Jacque/Jacques), and an i after a vowel makes a diphthong,
 * not a nisba (Andre/Andrei).
 */
function inflected(x: Parted, y: Parted): boolean {
  return inflectedCores(x.core, y.core) && !sameUnits(x.units, y.units);
}

function sameUnits(a: readonly Unit[], b: readonly Unit[]): boolean {
  return a.length === b.length && a.every((u, i) => u === b[i]);
}

function inflectedCores(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (!long.startsWith(short)) {
    let k = 0;
    while (k < short.length && short[k] === long[k]) k++;
    // The stem may end before the shared letters do (national-ist / national-ism): try a few splits.
    for (let cut = k; cut >= 4 && k - cut <= 3; cut--) {
      const e1 = short.slice(cut);
      const e2 = long.slice(cut);
      // s against es is a spelling's silent e, not two endings: Brooks/Brookes, Hanns/Hannes.
      if (ENDINGS.has(e1) && ENDINGS.has(e2) && !(e1 === 's' && e2 === 'es')) return true;
    }
    return false;
  }
  if (short.length < 3) return false;
  const rest = long.slice(short.length);
  if (rest[0] === 'i' && /[aeiou]$/.test(short)) return false;
  // A doubled final letter is another spelling, not an ending: Johan/Johann, Yoan/Yoann, Bos/Boss.
  if (rest.length === 1 && rest === short[short.length - 1]) return false;
  return INFLECTION.test(rest);
}

/** The endings of ـية after a stem whose masculine ends in ي: Samia, Samiya, Haniyeh, Fathiyah, Zakiyya. */
const FEMININE_OF_I = /^(?:ia|iah|iya|iyah|iyya|iyyah|ieh|iyeh|eya|ya|yah)$/;

/**
 * A name in i and the same stem with ـية (سامي and سامية, هاني and هنية, علي and علية): the feminine, or a family
 * name made so, never another spelling. The i is the masculine's last letter, written y or i (Samy, Sami).
 */
function feminineOfI(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 3 || !/[^aeiouy][iy]$/.test(short)) return false;
  const stem = short.slice(0, -1);
  return long.startsWith(stem) && FEMININE_OF_I.test(long.slice(stem.length));
}

/** The letter the longer spelling adds at the end of the shorter one, or null (shorter than 3 letters counts as no name). */
function addedLetter(x: string, y: string): { short: string; added: string } | null {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 3 && long.length === short.length + 1 && long.startsWith(short) ? { short, added: long[short.length]! } : null;
}

/**
 * Pairs no distance may join:
 * - an English inflection (Iraq/Iraqi, Americans/American);
 * - a name and its feminine, ة written a (Amin/Amina, Saad/Saada), as a name and its nisba are two names;
 * - a name ending in i and its feminine in -ia, -iya or -iyeh (feminineOfI: Sami/Samia, Hani/Haniyeh, Ali/Alia);
 * - a name ending in i and the same letters with one more consonant (Sami/Samir, Hadi/Hadil: سامي/سمير), but not
 *   s (Greek and Baltic nominatives), a glide or h;
 * - two different countries or capitals (Niger/Nigeria, Austria/Australia);
 * - one more consonant before the last one (insertedConsonant: Amir/Samir, Yasin/Yasmin, Hadi/Hamdi);
 * - an m for an n inside the word (nasalSwapped: Muhammad/Muhannad, محمد/مهند);
 * - two names of God after عبد (otherAbdName: Abdelaziz/Abdelhamid, Abdullah/Abdul);
 * - a listed biblical form and a romanization of another listed name (Isaac and Isa, عيسى);
 * - a long i or u after ع against a lone a (longVowelAgainstShort: Saeed/Saad, Saud/Saad);
 * - two or more consonants without a vowel beside a name with vowels (unlistedShortForm: Hmd/Hamid, Jr/John).
 */
export function partedCores(x: Parted, y: Parted): boolean {
  if (inflected(x, y)) return true;
  if (longVowelAgainstShort(x.units, y.units)) return true;
  if (x.place && y.place && x.folded !== y.folded) return true;
  if (insertedConsonant(x, y)) return true;
  if (nasalSwapped(x.consonants, y.consonants)) return true;
  if (otherAbdName(x.folded, y.folded)) return true;
  if (listedBesideOther(x, y) || listedBesideOther(y, x)) return true;
  if (unlistedShortForm(x, y) || unlistedShortForm(y, x)) return true;
  if (feminineOfI(x.folded, y.folded)) return true;
  const a = addedLetter(x.folded, y.folded);
  if (!a) return false;
  return (a.added === 'a' && !/[aeiouy]$/.test(a.short)) || (a.short.endsWith('i') && /[bdfklmnqrtvz]/.test(a.added));
}

/**
 * Consonants whose presence or absence is a spelling, not a letter: h (silent in European spellings,
 * a final ه in Arabic ones), the article's l (Abdelrahman/Abderrahman), and the glides y and w that
 * romanizations write or leave out (Ziad/Ziyad, Yevgeny/Evgeny), with v, the w of Turkish and Slavic
 * spellings (Tevfik/Tawfik, Edvard/Eduard), and j, the y of Dutch, Slavic and Nordic ones (Mirjam, Dijk, Kjell).
 */
const SPELLING_CONSONANTS = new Set<Unit>(['H', 'L', 'Y', 'W', 'V', 'J']);

/** A consonant that grows between two others in European spellings: Thom(p)son, Hen(d)rik, John(s)ton. */
function epenthetic(before: Unit | undefined, c: Unit, after: Unit | undefined): boolean {
  if (before === 'M' && (c === 'P' || c === 'B')) return true;
  if (before === 'N' && (c === 'D' || c === 'T' || c === 'G' || c === 'K')) return true;
  // ng before a velar (Henning/Hennig), and the affricates ts and dz written as one letter or two (Matsuyama, Dzmitry).
  if (c === 'N' && (after === 'G' || after === 'K')) return true;
  if ((c === 'T' && after === 'S') || (before === 'D' && c === 'Z')) return true;
  return before === 'S' && c === 'T';
}

/**
 * Two spellings whose consonants are the same but for one more in the longer, anywhere before its last
 * consonant: Amir/Samir, Asma/Basma, Yasin/Yasmin, Hadi/Hamdi, Rami/Ramzi. Arabic writes every consonant,
 * so one more is another name; romanizations vary a name's vowels, not its letters. A last consonant is
 * left to the other rules (Rahma/Rahmat writes the ة of one name as t).
 */
export function insertedConsonant(a: Pick<Parted, 'consonants' | 'vowels'>, b: Pick<Parted, 'consonants' | 'vowels'>): boolean {
  const [short, long] = a.consonants.length < b.consonants.length ? [a.consonants, b.consonants] : [b.consonants, a.consonants];
  if (long.length !== short.length + 1 || short.length === 0) return false;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  for (let j = k; j < short.length; j++) if (short[j] !== long[j + 1]) return false;
  // Within a run of equal consonants any one may be the one more: Henning is Hennig with an n grown before
  // the g, and Kiernan is Kieran with an n after the r (the run's start, for the test of the first consonant).
  const last = k;
  while (k > 0 && long[k - 1] === long[k]) k--;
  if (k === long.length - 1) return false;
  const c = long[k]!;
  if (SPELLING_CONSONANTS.has(c) || epenthetic(long[k - 1], c, long[k + 1]) || epenthetic(long[last - 1], c, long[last + 1])) return false;
  // A first consonant more is always another name; inside the word, only with the vowels unchanged, since
  // European spellings of one name move a consonant and a vowel together (Shunta/Shota, Mirjam/Miriam).
  return k === 0 || a.vowels === b.vowels;
}

/**
 * The same consonants but for an m in one where the other has an n, before the last consonant: م and ن are two
 * letters no romanization confuses, so Muhammad and Muhannad (محمد, مهند) are two names, one consonant apart in a
 * name long enough for the distance to let one unrelated consonant pass. Not before b or p, where an n is said and
 * often written m (Jumblatt, Junblat: جنبلاط), and not last, where Portuguese writes m for the n of other
 * languages (Benjamim, Benjamin).
 */
export function nasalSwapped(a: readonly Unit[], b: readonly Unit[]): boolean {
  if (a.length !== b.length) return false;
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  if (at < 0 || at === a.length - 1 || a[at + 1] === 'B' || a[at + 1] === 'P') return false;
  return (a[at] === 'M' && b[at] === 'N') || (a[at] === 'N' && b[at] === 'M');
}

/**
 * عبد and its article as romanizations join them: Abdel-, Abdul-, Abdal-, Abdol-, and Abdur-, Abdes- before a
 * sun letter; a name that is عبد alone or عبده (Abdou, Abdo, Abduh, Abdi) has nothing after it.
 */
const ABD = /^abd(?:[aeiou]{1,2}l|[aeiou]{1,2}(?=([rsntdz])\1)|[aeiou]+h?$|[aeiou](?![aeiou]))?/;

/** The part of an عبد name after its article (Abdelaziz: aziz; Abdurrahman: rrahman), or null for other names. */
function abdRest(folded: string): string | null {
  const m = ABD.exec(folded);
  if (!m) return null;
  // An article with no name after it (Abdul, Abdel) is a fragment of a longer name, not عبده (Abduh).
  return m[0].length === folded.length && m[0].endsWith('l') ? 'l' : folded.slice(m[0].length);
}

/**
 * عبد names are one word in English and two in Arabic: عبد العزيز and عبد الحميد share their first word and
 * nothing else, so spelling rules that forgive a long name's middle would join Abdelaziz and Abdelhamid.
 * Two such names are compared by what follows عبد: different names of God, or one written and one
 * missing (Abdul beside Abdullah), make two names.
 */
export function otherAbdName(x: string, y: string): boolean {
  const a = abdRest(x);
  const b = abdRest(y);
  if (a === null || b === null || a === b) return false;
  if (a.length < 2 || b.length < 2) return true;
  return spellingDistance(a, b) > ONE_DIVINE_NAME;
}

/** How far two spellings of one name of God may be (aziz/azeez, qader/kader): a short name's pair threshold in cluster.ts. */
const ONE_DIVINE_NAME = 1.2;

/** x is a listed form (cognates.ts) and y, not one, romanizes another listed name's Arabic and not x's. */
function listedBesideOther(x: Parted, y: Parted): boolean {
  return x.listed.length > 0 && y.listed.length === 0 && romanizesOtherListed(y.folded, x.listed);
}

/**
 * x is two or more consonants without a vowel, a short form abbreviations.ts does not list (those come written
 * out), and y has vowels: two consonants shared say nothing of the name a short form stands for. A lone letter
 * comes written out as its name (D as Dee, J as Jay).
 */
function unlistedShortForm(x: Parted, y: Parted): boolean {
  return x.vowels === '' && x.units.length > 1 && y.vowels !== '';
}

/** Short names only: in a long one the slot is a small part of the word and the distance decides. */
const LONG_VOWEL_MAX_UNITS = 5;

/** The vowel units between each consonant and the next (none before the first consonant), with that next consonant. */
function vowelSlots(units: readonly Unit[]): { vowels: Unit[]; next: Unit }[] {
  const slots: { vowels: Unit[]; next: Unit }[] = [];
  let vowels: Unit[] | null = null;
  for (const u of units) {
    if (isVowelUnit(u)) vowels?.push(u);
    else {
      if (vowels) slots.push({ vowels, next: u });
      vowels = [];
    }
  }
  return slots;
}

type Slot = { vowels: readonly Unit[]; next: Unit };

/** ae, ai or ay before e or i: an a, then ع or ي and a long i (Saeed, Saied, Saeid, Sayed). */
const longI = ({ vowels: v }: Slot): boolean => v.length === 2 && v[0] === 'ai' && (v[1] === 'e' || v[1] === 'i');
/** au, ao, aou: an a, then ع and a long u (Saud, Saoud); not aw before a w, a doubled w (Fawwaz). */
const longU = ({ vowels: v, next }: Slot): boolean => (v.length === 2 && v[0] === 'a' && (v[1] === 'u' || v[1] === 'o')) || (v.length === 1 && v[0] === 'aw' && next !== 'W');
const loneA = ({ vowels: v }: Slot): boolean => v.length === 1 && v[0] === 'a';

/**
 * سعد, سعيد and سعود: one name has no long vowel after its ع where the others write a long i or a long u.
 * English spells them a vowel letter apart (Saad, Saeed, Saud) and the edit distance cannot tell that letter
 * from a romanization's extra e, so the vowel slot decides: a glide and a long i against a lone a or a long u,
 * and a long u against a lone a, in a short name (in a long one that slot is a small part of the word). A lone ai is left alone: it
 * is also a diphthong or a magic e (Zaid, Dale).
 */
export function longVowelAgainstShort(a: readonly Unit[], b: readonly Unit[]): boolean {
  if (Math.min(a.length, b.length) > LONG_VOWEL_MAX_UNITS) return false;
  const x = vowelSlots(a);
  const y = vowelSlots(b);
  if (x.length !== y.length) return false;
  const apart = (p: Slot, q: Slot): boolean => (longI(p) && (loneA(q) || longU(q))) || (longU(p) && loneA(q));
  return x.some((slot, k) => apart(slot, y[k]!) || apart(y[k]!, slot));
}
