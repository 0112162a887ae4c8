/**
 * What a name group asks of the editor: nothing (one spelling throughout), a spelling question
 * (Al-Kadhimi / Al-Kazemi), or only an article-style question (al-Kadhimi / Al-Kadhimi / AlKadhimi).
 */
import type { HouseStyle } from '../model.js';
import { articleStyle, innerArticle, replaceInnerArticle, splitArticle } from './article.js';
import { rewriteMention } from './rewrite.js';
import { sameEnglishStem } from './english-stems.js';
import type { NameGroup, NameMention } from './types.js';

export type GroupQuestion = 'none' | 'spelling' | 'article';

const fold = (s: string): string => s.toLowerCase();

/** Article as a style to compare: a sentence start capitalizes any article, so there case says nothing. */
function styleOf(m: NameMention): string {
  const s = articleStyle(m.article);
  return m.sentenceInitial ? s.toLowerCase() : s;
}

/** The inner article of a الدين compound as a style: its text with one kind of hyphen, or ''. */
function innerStyle(m: NameMention): string {
  return innerArticle(m.core)?.article.replace(/[\u2010\u2011]/g, '-') ?? '';
}

/**
 * What a mention spells, for comparing spellings: the core without case, its inner article as a placeholder
 * ("Salah al-Din" and "Salah ad-Din" are one spelling; the article is a style question), and a hyphen between
 * words as a space ("Abdul-Mahdi" and "Abdul Mahdi" are one spelling; the join is a style question, name-joins).
 */
export function spellingKey(m: Pick<NameMention, 'core'>): string {
  return fold(replaceInnerArticle(m.core, '\u0000')).replace(WORD_JOIN, ' ');
}

/** A space, no-break space or hyphen between two words of a name ("Abdul-Mahdi", "Salah-\u0000Din"). */
const WORD_JOIN = /(?<=[\p{L}\u0000])[\s\u00A0\u2010-\u2013-](?=[\p{L}\u0000])/gu;

/** Whether a mention writes an article, before the name (al-Kadhimi) or inside it (Salah al-Din). */
export function writesArticle(m: NameMention): boolean {
  return m.article !== '' || innerStyle(m) !== '';
}

export function groupQuestion(g: NameGroup): GroupQuestion {
  const cores = new Set(g.mentions.map(spellingKey));
  if (cores.size > 1 && spellingClasses([...cores]) > 1) return 'spelling';
  const articled = g.mentions.filter((m) => m.article !== '');
  const folded = new Set(articled.map((m) => articleStyle(m.article).toLowerCase()));
  const exact = new Set(articled.filter((m) => !m.sentenceInitial).map((m) => articleStyle(m.article)));
  // An inner article is never capitalized by a sentence start, so its case always counts.
  const inner = new Set(g.mentions.map(innerStyle).filter((s) => s !== ''));
  return folded.size > 1 || exact.size > 1 || inner.size > 1 ? 'article' : 'none';
}

/**
 * How many spellings the cores come to once forms of one English stem count as one (Democrats and
 * Democratic, Turks and Turkish: grammar, not spelling).
 */
function spellingClasses(cores: readonly string[]): number {
  const parent = cores.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < cores.length; i++) {
    for (let j = i + 1; j < cores.length; j++) if (sameEnglishStem(cores[i]!, cores[j]!)) parent[find(i)] = find(j);
  }
  return new Set(cores.map((_, i) => find(i))).size;
}

/** The article form an article-style question settles on: the house style, else the most frequent. */
export function preferredArticleForm(g: NameGroup, houseStyle: HouseStyle): string {
  const articled = g.mentions.filter((m) => m.article !== '');
  const core = withInner(g, houseStyle);
  if (articled.length === 0) return core;
  if (houseStyle.article !== 'as-is') return houseStyle.article + core;
  // Mid-sentence mentions show the style; sentence-initial ones only vote when nothing else does.
  const voters = articled.some((m) => !m.sentenceInitial) ? articled.filter((m) => !m.sentenceInitial) : articled;
  const article = mostFrequent(voters, styleOf, (m) => m.article) ?? '';
  return splitArticle(article + core).article === '' ? core : article + core;
}

/** The group's core with its inner article, if any, in the house style, else in the most frequent style. */
function withInner(g: NameGroup, houseStyle: HouseStyle): string {
  const core = g.mentions[0]!.core;
  const inner = innerArticle(core);
  if (!inner) return core;
  const written = g.mentions.filter((m) => innerStyle(m) !== '');
  return replaceInnerArticle(core, houseStyle.article !== 'as-is' ? houseStyle.article : (mostFrequent(written, innerStyle, innerStyle) ?? inner.article));
}

/** The value of the most frequent class among mentions, ties going to the class met first. */
function mostFrequent(mentions: readonly NameMention[], classOf: (m: NameMention) => string, valueOf: (m: NameMention) => string): string | undefined {
  const counts = new Map<string, { n: number; value: string }>();
  for (const m of mentions) {
    const k = classOf(m);
    const c = counts.get(k) ?? { n: 0, value: valueOf(m) };
    c.n++;
    counts.set(k, c);
  }
  let best: { n: number; value: string } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.value;
}

/** Replacements that rewrite every mention of a group to `preferred`, skipping those already right. */
export function rewritesTo(g: NameGroup, preferred: string, only?: (m: NameMention) => boolean): Array<{ segment: string; start: number; end: number; text: string }> {
  const out: Array<{ segment: string; start: number; end: number; text: string }> = [];
  for (const m of g.mentions) {
    if (only && !only(m)) continue;
    const text = rewriteMention(m, preferred);
    if (text === m.text) continue;
    out.push({ segment: m.segment, start: m.start, end: m.end, text });
  }
  return out;
}
