/**
 * Arabic side of term matching. Arabic glues conjunctions (و ف), prepositions (ب ك ل) and the article (ال)
 * onto the word, so a term is matched against every way a written word can be peeled back to its stem:
 * والكاظمي → الكاظمي → كاظمي, للحشد → (ل + ال)حشد → حشد. Only the first word of a term may carry a
 * conjunction or preposition; later words may only carry the article (الحشد الشعبي).
 */
import { normalizeArabic, type Normalized } from '../text/normalize.js';

export interface Token {
  /** Normalized token text. */
  text: string;
  /** Index range in the normalized text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{Nd}]+/gu;

export function tokenize(normalized: string): Token[] {
  const out: Token[] = [];
  for (const m of normalized.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Strip the article when what is left is still a word (two letters or more). */
export function withoutArticle(word: string): string {
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}

/** A word's article-less stem as a term stores it: "الكاظمي" → "كاظمي". */
export function termWordKey(word: string): string {
  return withoutArticle(word);
}

/**
 * Every stem a written first word of a term may stand for, article removed. Generating candidates (rather
 * than stripping greedily) keeps words that merely begin with a clitic letter intact: لبنان stays لبنان.
 */
export function firstWordKeys(word: string): Set<string> {
  const keys = new Set<string>();
  const conj = [word];
  if (/^[وف]/.test(word) && word.length > 3) conj.push(word.slice(1));
  for (const c of conj) {
    keys.add(withoutArticle(c));
    if (/^[بكل]/.test(c) && c.length > 3) {
      const rest = c.slice(1);
      keys.add(withoutArticle(rest));
      // ل + ال is written لل: للحشد = ل + الحشد.
      if (c.startsWith('لل') && c.length > 3) keys.add(c.slice(2));
    }
  }
  return keys;
}

/** Keys a later word of a term may stand for: itself or itself without the article. */
export function laterWordKeys(word: string): Set<string> {
  return new Set([word, withoutArticle(word)]);
}

/**
 * Possessive pronouns written onto a noun: حكومته "his government", موازنتها "its budget", قواتهم "their
 * forces". ي "my" and ك "your" are left out: nisba adjectives end in ي (العراقي) and neither is news prose.
 * Longest first, so هما is tried before ها.
 */
const PRONOUN_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'كم', 'نا', 'ها', 'ه'];
/** A stem shorter than this is too short to tell from another word plus a suffix. */
const MIN_STEM = 3;

/**
 * The term words a written word may stand for when a pronoun is attached. Ta marbuta (normalized ه) is
 * written ت before a suffix: حكومته → حكومه; a word that really ends in ت (بيت → بيته) keeps it.
 * Used on the first word (the head noun) of glossary terms of kind "term" only: names and places take no
 * possessive, and trying it on them would read حسنه as حسن.
 */
export function suffixStems(word: string): string[] {
  const out: string[] = [];
  for (const suffix of PRONOUN_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < MIN_STEM) continue;
    const stem = word.slice(0, -suffix.length);
    out.push(stem);
    if (stem.endsWith('ت')) out.push(`${stem.slice(0, -1)}ه`);
  }
  return out;
}

/**
 * The singular a written word may be the plural or dual of, for one-word glossary terms of kind "term":
 * ميليشيات → ميليشيا, قوات → قوه (قوة), مسلحون → مسلح, موازنتين → موازنه. Broken plurals (فصائل of فصيل)
 * have no rule: brokenPlurals.ts lists those of news nouns.
 */
export function singularStems(word: string): string[] {
  const out: string[] = [];
  const add = (stem: string) => {
    if (stem.length >= MIN_STEM) out.push(stem);
  };
  if (word.endsWith('ات')) {
    const stem = word.slice(0, -2);
    add(stem);
    add(`${stem}ه`);
    add(`${stem}ا`);
  }
  for (const ending of ['ون', 'ين', 'ان']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -2);
    add(stem);
    // The dual of a word in ة: موازنة → موازنتان, موازنتين.
    if (ending !== 'ون' && stem.endsWith('ت')) add(`${stem.slice(0, -1)}ه`);
  }
  return out;
}

export interface CompiledArabic {
  keys: string[];
}

export function compileArabic(term: string): CompiledArabic | null {
  const n = normalizeArabic(term).text;
  const keys = tokenize(n).map((t) => termWordKey(t.text));
  return keys.length > 0 ? { keys } : null;
}

export interface ArabicText {
  normalized: Normalized;
  tokens: Token[];
}

export function prepareArabic(text: string): ArabicText {
  const normalized = normalizeArabic(text);
  return { normalized, tokens: tokenize(normalized.text) };
}

/** Words of one term must follow each other with only spaces between: a comma or full stop ends the term. */
export function joinedBySpace(normalized: string, a: Token, b: Token): boolean {
  return /^\s+$/u.test(normalized.slice(a.end, b.start));
}
