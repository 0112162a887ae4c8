/**
 * The Arabic article in English names: "Al-Kadhimi", "al-Kadhimi", "Al Kadhimi", "AlKadhimi",
 * "el-Sisi", the sun-letter forms "ad-Din", "ash-Sharif", "as-Sadr", and the u of South Asian and
 * Ottoman spellings after a name ("ul-Haq", "ud-Din"). Splitting it off lets a
 * spelling question (Kadhimi/Kazemi) be told apart from a house-style question (al-/Al-).
 */

export interface ArticleSplit {
  /** The article as written, with its joiner ("Al-", "al ", "Al", "ad-"), or '' when there is none. */
  article: string;
  /** The name without the article. */
  core: string;
}

const HYPHENS = '-\u2010\u2011\u2012\u2013';
const SUN = 'tdrzsnl';

/** What follows the d of الدين in its English spellings (Din, Deen, Dine): the regular expressions of compounds share it. */
export const DIN_TAIL = '(?:in|een|ine)';
/** The article as a compound writes it before Din, plain or assimilated (al, el, ad, ud, ash ...), lower case. */
const ARTICLE_SOUNDS = '[aeiu][ldtrsnz]';

/** Split a leading article off a name form. "Alexander", "Ali", "Alawi" keep their "Al". */
const HYPHENATED = new RegExp(`^([AaEe]l|[Uu]l(?=[${HYPHENS}]))([${HYPHENS}] ?| )(?=\\p{L})`, 'u');
const ASSIMILATED = new RegExp(`^([AaEeUu])([${SUN}]h?)[${HYPHENS}](?=\\p{L})`, 'u');

export function splitArticle(form: string): ArticleSplit {
  const c0 = form.charCodeAt(0);
  // Fast exit: every article starts with a, A, e, E, u or U.
  if (c0 !== 65 && c0 !== 97 && c0 !== 69 && c0 !== 101 && c0 !== 85 && c0 !== 117) return { article: '', core: form };
  // al-/el- with a hyphen, or a space, before a letter
  const m = HYPHENATED.exec(form);
  if (m) return { article: m[0], core: form.slice(m[0].length) };
  // AlKadhimi: capital A, l, then a capital letter
  const camel = /^Al(?=\p{Lu}\p{Ll})/u.exec(form);
  if (camel) return { article: 'Al', core: form.slice(2) };
  // sun-letter assimilation: ad-Din, ash-Shara, as-Sadr, ar-Rahman, an-Nahyan, az-Zawahiri, at-Tayeb
  const sun = ASSIMILATED.exec(form);
  if (sun) {
    const cons = sun[2]!.toLowerCase();
    const rest = form.slice(sun[0].length);
    if (rest.toLowerCase().startsWith(cons)) return { article: sun[0], core: rest };
  }
  return { article: '', core: form };
}

export type ArticleStyle = 'Al-' | 'al-' | 'Al ' | 'al ' | 'Al' | 'El-' | 'el-' | 'assimilated' | 'none';

/** The style class of an article as written: what a house-style rule compares. */
export function articleStyle(article: string): ArticleStyle {
  if (article === '') return 'none';
  const a = article.replace(/[\u2010\u2011\u2012\u2013]/g, '-');
  if (a === 'Al-' || a === 'Al- ') return 'Al-';
  if (a === 'al-' || a === 'al- ') return 'al-';
  if (a === 'Al ') return 'Al ';
  if (a === 'al ') return 'al ';
  if (a === 'Al') return 'Al';
  if (a === 'El-' || a === 'El ') return 'El-';
  if (a === 'el-' || a === 'el ') return 'el-';
  return 'assimilated';
}

/**
 * Rewrite a form's articles to a house style: the leading one (al-Kadhimi → Al-Kadhimi) and the one inside a
 * الدين compound (Salah al-Din → Salah Al-Din). Assimilated ones (as-Sadr, Salah ad-Din) are kept.
 */
export function withArticle(form: string, style: 'Al-' | 'al-'): string {
  const { article, core } = splitArticle(form);
  const inner = innerArticle(core);
  const styledCore = inner && articleStyle(inner.article) !== 'assimilated' ? replaceInnerArticle(core, style) : core;
  if (article === '' || articleStyle(article) === 'assimilated') return article + styledCore;
  return style + styledCore;
}

/**
 * The article inside a name ending in الدين, as a space: Salah al-Din, Salah ad-Din, Salahuddin and Salah
 * Eddine all compare as "salah din". `core` is lower case. A solid form counts only with the article
 * assimilated (uddin, eddine), so Geraldine keeps its l.
 */
const INNER_DIN = new RegExp(`(?:[${HYPHENS}\\s]+(?:${ARTICLE_SOUNDS}[${HYPHENS}\\s]*)?|(?<=\\p{L})[aeiu]d(?=d))(?=d${DIN_TAIL}$)`, 'u');

export function withoutInnerArticle(core: string): string {
  return core.endsWith('n') || core.endsWith('ne') ? core.replace(INNER_DIN, ' ') : core;
}

/**
 * The article of a الدين compound written as a word of its own ("Salah al-Din": "al-"; "Nur ud-Din":
 * "ud-"; "Salah Al Din": "Al "), with its offset in `core`; null when the compound is written solid
 * (Salahuddin, Salah Eddine) or the name is no such compound. Its style is a house-style question
 * like a leading article's, so questions.ts compares it apart from the spelling.
 */
const INNER_ARTICLE = new RegExp(`(?<=[${HYPHENS}\\s])[AaEeUu][ld](?:[${HYPHENS}] ?| )(?=[Dd]${DIN_TAIL}$)`, 'u');

export function innerArticle(core: string): { article: string; at: number } | null {
  const m = INNER_ARTICLE.exec(core);
  return m ? { article: m[0], at: m.index } : null;
}

/** `core` with the article of its الدين compound (innerArticle) written `article` instead; unchanged without one. */
export function replaceInnerArticle(core: string, article: string): string {
  const inner = innerArticle(core);
  return inner ? core.slice(0, inner.at) + article + core.slice(inner.at + inner.article.length) : core;
}
