/**
 * English side of term matching: case-insensitive, whole words only, and the Arabic article written any of
 * the ways MT and editors write it (Al-Kadhimi, al-Kadhimi, el-Kadhimi, Al Kadhimi, Kadhimi) counts as the
 * same name. Words of a form may be joined by spaces or hyphens (Thomas-Greenfield = Thomas Greenfield);
 * any other punctuation between them breaks the match. A possessive ’s after a form does not stop it.
 */
import { normalizeEnglish, type Normalized } from '../text/normalize.js';

export interface WordToken {
  /** Normalized (lower-case) word. */
  text: string;
  start: number;
  end: number;
  /** Start of an Arabic article (al-, el-, al ) written just before this word, in normalized indices. */
  articleStart?: number;
}

// A word keeps inner apostrophes (O'Brien) but not a possessive 's.
const WORD = /[\p{L}\p{N}]+(?:'(?!s(?![\p{L}\p{N}]))[\p{L}\p{N}]+)*/gu;
const ARTICLES = new Set(['al', 'el']);

/** Words with Arabic articles folded into the word that follows them. */
export function englishWords(normalized: string): WordToken[] {
  const raw: WordToken[] = [];
  for (const m of normalized.matchAll(WORD)) raw.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const out: WordToken[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i]!;
    const next = raw[i + 1];
    if (ARTICLES.has(w.text) && next && /^[-\s]$/u.test(normalized.slice(w.end, next.start))) {
      out.push({ ...next, articleStart: w.start });
      i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

export interface CompiledForm {
  /** The form as the glossary writes it. */
  form: string;
  words: string[];
  /** Whether the form itself begins with an article (Al-Kadhimi). */
  hasArticle: boolean;
}

export function compileEnglish(form: string): CompiledForm | null {
  const words = englishWords(normalizeEnglish(form).text);
  if (words.length === 0) return null;
  return { form, words: words.map((w) => w.text), hasArticle: words[0]!.articleStart !== undefined };
}

/**
 * A form with its head noun in the plural, for glossary terms of kind "term" (militia → militias, policy →
 * policies, Foreign Minister → Foreign Ministers, Minister of Finance → Ministers of Finance): the word
 * before the first "of", else the last word. Null when that word already ends in s (forces, talks) or is
 * not a word.
 */
export function pluralForm(form: CompiledForm): CompiledForm | null {
  const of = form.words.indexOf('of');
  const at = of > 0 ? of - 1 : form.words.length - 1;
  const head = form.words[at]!;
  if (!/^\p{L}{3,}$/u.test(head) || head.endsWith('s')) return null;
  const plural = /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : /(?:x|z|ch|sh)$/.test(head) ? `${head}es` : `${head}s`;
  return { ...form, words: form.words.map((w, i) => (i === at ? plural : w)) };
}

export interface EnglishText {
  normalized: Normalized;
  words: WordToken[];
}

export function prepareEnglish(text: string): EnglishText {
  const normalized = normalizeEnglish(text);
  return { normalized, words: englishWords(normalized.text) };
}

/** Words of one form may be separated by spaces or hyphens only. */
export function joinedLoosely(normalized: string, a: WordToken, b: WordToken): boolean {
  const gapEnd = b.articleStart ?? b.start;
  return /^[-\s]+$/u.test(normalized.slice(a.end, gapEnd));
}
