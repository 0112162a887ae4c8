/**
 * One Arabic name spelled one way in one article and another way in the next: each article is consistent, so
 * no single check can see it, and it is exactly what reaches readers before anyone puts the name into the
 * glossary. Pools the anchored name groups of many articles by their Arabic and reports every Arabic name
 * written with more than one spelling across them.
 */
import { sameName } from './cluster.js';
import { sameEnglishStem } from './english-stems.js';
import { stripArticle } from './preferred.js';
import { spellingKey } from './questions.js';
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
}

interface Pooled {
  arabic: string;
  spellings: Map<string, { written: Map<string, number>; articles: string[]; mentions: number }>;
}

/**
 * Letters Arabic writes for its own sounds and not for an English name's (غ writes G, as in غرينفيلد, and ث
 * writes th, as in إليزابيث and سميث). Across articles one Arabic word may be two people: جون is John in one
 * story and Jon in the next, لويس Louis and Lewis, both right. A name with one of these letters is an Arabic
 * name, and two spellings of it are one name spelled twice (الكاظمي: Kadhimi and Kazemi). Arabic names without
 * any (سمير, يوسف) are left out: the price of not flagging John beside Jon.
 */
const ARABIC_SOUNDS = /[عحقصضطظخذ]/u;

/**
 * An Arabic name by its letters (ARABIC_SOUNDS), or by its article as written: Arabic gives ال to its own family
 * names and nisbas (المالكي, السامرائي), never to a foreign person's name. As written, because إليزابيث and
 * أليكس begin with ال once their hamza is normalized away.
 */
function arabicName(arabicNorm: string, written: string): boolean {
  return ARABIC_SOUNDS.test(arabicNorm) || (written.startsWith('ال') && written.length > 4);
}

export function namesAcrossArticles(articles: readonly ArticleNames[]): NameAcrossArticles[] {
  const pooled = new Map<string, Pooled>();
  for (const { article, groups } of articles) {
    for (const g of groups) {
      // A name the glossary settles is checked in each article against it; a guess by spelling is no evidence here.
      if (g.confidence !== 'anchored' || g.arabic === null || g.preferredBy === 'glossary' || !arabicName(g.key, g.arabic)) continue;
      // One name across articles: الكاظمي and كاظمي, pooled as the glossary matches them.
      const key = stripArticle(g.key);
      const name = pooled.get(key) ?? { arabic: g.arabic, spellings: new Map() };
      pooled.set(key, name);
      for (const m of g.mentions) {
        const k = spellingKey(m);
        const s = name.spellings.get(k) ?? { written: new Map<string, number>(), articles: [], mentions: 0 };
        name.spellings.set(k, s);
        s.written.set(m.core, (s.written.get(m.core) ?? 0) + 1);
        if (s.articles[s.articles.length - 1] !== article) s.articles.push(article);
        s.mentions++;
      }
    }
  }
  const out: NameAcrossArticles[] = [];
  for (const name of pooled.values()) {
    if (name.spellings.size < 2) continue;
    const all = [...name.spellings.values()]
      .map((s) => ({ spelling: mostWritten(s.written), articles: s.articles, mentions: s.mentions }))
      .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions);
    // A spelling that is no spelling of the others' name is a wrong anchor in its article, not a variant (رحيم: Raheem, Rahm).
    // Two words of one English stem are grammar, not spelling (Democrat, Democratic).
    const spellings = all.filter((s, i) => i === 0 || (sameName(s.spelling, all[0]!.spelling) && !sameEnglishStem(s.spelling.toLowerCase(), all[0]!.spelling.toLowerCase())));
    if (spellings.length < 2) continue;
    // Two spellings inside one article alone are that article's own finding (name-variants).
    if (new Set(spellings.flatMap((s) => s.articles)).size < 2) continue;
    out.push({ arabic: name.arabic, spellings, suggested: spellings[0]!.spelling });
  }
  return out.sort((a, b) => articleCount(b) - articleCount(a));
}

function mostWritten(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let n = -1;
  for (const [text, c] of counts) if (c > n) [best, n] = [text, c];
  return best;
}

function articleCount(n: NameAcrossArticles): number {
  return new Set(n.spellings.flatMap((s) => s.articles)).size;
}
