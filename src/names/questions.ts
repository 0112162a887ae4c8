/**
 * What a name group asks of the editor: nothing (one spelling throughout), a spelling question
 * (Al-Kadhimi / Al-Kazemi), or only an article-style question (al-Kadhimi / Al-Kadhimi / AlKadhimi).
 */
import type { HouseStyle } from '../model.js';
import { articleStyle, splitArticle } from './article.js';
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

export function groupQuestion(g: NameGroup): GroupQuestion {
  const cores = new Set(g.mentions.map((m) => fold(m.core)));
  if (cores.size > 1 && spellingClasses([...cores]) > 1) return 'spelling';
  const articled = g.mentions.filter((m) => m.article !== '');
  const folded = new Set(articled.map((m) => articleStyle(m.article).toLowerCase()));
  const exact = new Set(articled.filter((m) => !m.sentenceInitial).map((m) => articleStyle(m.article)));
  return folded.size > 1 || exact.size > 1 ? 'article' : 'none';
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
  const core = g.mentions[0]!.core;
  if (houseStyle.article !== 'as-is') return houseStyle.article + core;
  const counts = new Map<string, { n: number; article: string }>();
  // Mid-sentence mentions show the style; sentence-initial ones only vote when nothing else does.
  const voters = articled.some((m) => !m.sentenceInitial) ? articled.filter((m) => !m.sentenceInitial) : articled;
  for (const m of voters) {
    const k = styleOf(m);
    const c = counts.get(k) ?? { n: 0, article: m.article };
    c.n++;
    counts.set(k, c);
  }
  let best: { n: number; article: string } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  const article = best?.article ?? '';
  return splitArticle(article + core).article === '' ? core : article + core;
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
