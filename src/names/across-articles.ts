/**
 * One Arabic name spelled one way in one article and another way in the next: each article is consistent, so
 * no single check can see it, and it is exactly what reaches readers before anyone puts the name into the
 * glossary. Pools the anchored name groups of many articles by their Arabic, through the records the app keeps
 * of saved reviews (name-memory.ts), and reports every Arabic name written with more than one spelling across them.
 */
import { articleNameRecord, poolRecords, variantsOfLeading } from './name-memory.js';
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

export function namesAcrossArticles(articles: readonly ArticleNames[]): NameAcrossArticles[] {
  // The article's name stands for its id and title: check --batch names articles by their files.
  const records = articles.map(({ article, groups }) => articleNameRecord({ id: article, title: article, recordedAt: '' }, groups));
  const out: NameAcrossArticles[] = [];
  for (const name of poolRecords(records).names) {
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
