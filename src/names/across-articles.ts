/**
 * One Arabic name spelled one way in one article and another way in the next: each article is consistent, so
 * no single check can see it, and it is exactly what reaches readers before anyone puts the name into the
 * glossary. Pools the anchored name groups of many articles by their Arabic, through the records the app keeps
 * of saved reviews (name-memory.ts), and reports every Arabic name written with more than one spelling across them,
 * and every pair of a full name's words joined both ways (Thomas-Greenfield, Thomas Greenfield).
 */
import { articleNameRecord, poolRecords, variantsOfLeading, type ArticleNameRecord, type PooledName } from './name-memory.js';
import type { Join } from './joins.js';
import type { NameGroup } from './types.js';

export interface ArticleNames {
  /** How the article is named to the editor (its file name without .ar.txt/.en.txt). */
  article: string;
  groups: readonly NameGroup[];
}

export interface SpellingAcross {
  /** The spelling as most often written, without a leading article ("Kadhimi"). */
  spelling: string;
  /** Articles using it, in the order given. */
  articles: string[];
  mentions: number;
}

export interface NameAcrossArticles {
  /** The Arabic as written where it was first met ("الكاظمي"). */
  arabic: string;
  /** Spellings by the number of articles using them, then by mentions. */
  spellings: SpellingAcross[];
  /** The spelling most articles use: the one to approve in the glossary unless the newsroom writes it otherwise. */
  suggested: string;
  /** For a foreign name, the full names it was written in (keys, full-names.ts). */
  writtenIn?: string[];
  /** For a foreign name, who it is: a full name as written ("ليندا توماس غرينفيلد"). */
  person?: string;
}

/** Two words of one person's full name joined one way in some articles and the other way in others. */
export interface JoinAcrossArticles {
  /** The two Arabic words ("توماس غرينفيلد"). */
  pair: string;
  /** Who it is: a full name as written ("ليندا توماس غرينفيلد"). */
  person?: string;
  /** The join most articles wrote first, then the other, with the articles writing each. */
  joins: Array<{ join: Join; articles: string[] }>;
}

/** What a batch of articles says across them, pooled once. */
export interface AcrossArticles {
  /** Each article's names as the app records a saved review: the article's name stands for its id and title. */
  records: ArticleNameRecord[];
  /** Arabic names spelled one way in one article and another way in another. */
  names: NameAcrossArticles[];
  /**
   * Pairs of a full name's words one article joins with a hyphen and another with a space ("Thomas-Greenfield",
   * "Thomas Greenfield"): a style question each article's own name-joins check cannot see when it is consistent.
   */
  joins: JoinAcrossArticles[];
}

export function acrossArticles(articles: readonly ArticleNames[]): AcrossArticles {
  const records = articles.map(({ article, groups }) => articleNameRecord({ id: article, title: article, recordedAt: '' }, groups));
  const pooled = poolRecords(records).names;
  return { records, names: namesIn(pooled), joins: joinsIn(pooled) };
}

function joinsIn(pooled: readonly PooledName[]): JoinAcrossArticles[] {
  const out = new Map<string, JoinAcrossArticles>();
  for (const name of pooled) {
    for (const j of name.joins ?? []) {
      // Each word of the pair keeps the pair's join: the pair is reported once.
      if (!j.other || out.has(j.pair)) continue;
      const titles = (a: ReadonlyArray<{ title: string }>): string[] => a.map((x) => x.title);
      out.set(j.pair, { pair: j.pair, ...(name.person ? { person: name.person } : {}), joins: [{ join: j.join, articles: titles(j.articles) }, { join: j.other.join, articles: titles(j.other.articles) }] });
    }
  }
  return [...out.values()];
}

function namesIn(pooled: readonly PooledName[]): NameAcrossArticles[] {
  const out: NameAcrossArticles[] = [];
  for (const name of pooled) {
    const spellings = variantsOfLeading(name).map((s) => ({ spelling: s.spelling, articles: s.articles.map((a) => a.title), mentions: s.mentions }));
    if (spellings.length < 2) continue;
    // Two spellings inside one article alone are that article's own finding (name-variants).
    if (new Set(spellings.flatMap((s) => s.articles)).size < 2) continue;
    out.push({ arabic: name.arabic, spellings, suggested: spellings[0]!.spelling, ...(name.writtenIn ? { writtenIn: name.writtenIn } : {}), ...(name.person ? { person: name.person } : {}) });
  }
  return out.sort((a, b) => articleCount(b) - articleCount(a));
}

function articleCount(n: NameAcrossArticles): number {
  return new Set(n.spellings.flatMap((s) => s.articles)).size;
}
