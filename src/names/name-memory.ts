/**
 * What the desk has already published: each saved review's Arabic names and how its English spelled them.
 * A newsroom writes one person the same way in every story, so the spelling earlier articles settled on is
 * the one to use in the next, before anyone has put the name into the glossary. The app keeps these records
 * (main/services/nameMemoryStore.ts); the names engine reads them to choose a group's preferred form, and
 * `check --batch` pools a folder of articles through the same records (across-articles.ts).
 */
import { sameSpelledName } from './cluster.js';
import { sameEnglishStem } from './english-stems.js';
import { stripArticle } from './preferred.js';
import { spellingKey } from './questions.js';
import type { NameGroup } from './types.js';

/** One spelling of a name in one article. */
export interface RememberedSpelling {
  /** questions.ts spellingKey: case and article style aside ("kadhimi"). */
  key: string;
  /** The name as the article most often wrote it, without a leading article ("Kadhimi"). */
  written: string;
  mentions: number;
}

export interface RememberedName {
  /** The normalized Arabic without its article (preferred.ts stripArticle): الكاظمي and كاظمي are one name. */
  key: string;
  /** The Arabic as the article wrote it ("الكاظمي"). */
  arabic: string;
  spellings: RememberedSpelling[];
}

/** One reviewed article's names, replaced as a whole each time the article is saved again. */
export interface ArticleNameRecord {
  /** The review's id: saving the same review again replaces its record instead of counting it twice. */
  id: string;
  title: string;
  /** ISO time of the save that recorded it. */
  recordedAt: string;
  names: RememberedName[];
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
export function arabicName(arabicNorm: string, written: string): boolean {
  return ARABIC_SOUNDS.test(arabicNorm) || (written.startsWith('ال') && written.length > 4);
}

/**
 * The groups an article's record keeps: anchored Arabic names the glossary does not settle (a glossary name
 * is checked against the glossary in every article; a guess by spelling alone is no evidence of a spelling).
 */
export function rememberable(g: NameGroup): g is NameGroup & { arabic: string } {
  return g.confidence === 'anchored' && g.arabic !== null && g.preferredBy !== 'glossary' && arabicName(g.key, g.arabic);
}

export function articleNameRecord(article: { id: string; title: string; recordedAt: string }, groups: readonly NameGroup[]): ArticleNameRecord {
  const byKey = new Map<string, RememberedName>();
  const written = new Map<RememberedName, Map<string, Map<string, number>>>();
  for (const g of groups) {
    if (!rememberable(g)) continue;
    const key = stripArticle(g.key);
    let name = byKey.get(key);
    if (!name) byKey.set(key, (name = { key, arabic: g.arabic, spellings: [] }));
    let forms = written.get(name);
    if (!forms) written.set(name, (forms = new Map()));
    for (const m of g.mentions) {
      const k = spellingKey(m);
      let counts = forms.get(k);
      if (!counts) forms.set(k, (counts = new Map()));
      counts.set(m.core, (counts.get(m.core) ?? 0) + 1);
    }
  }
  for (const [name, forms] of written) {
    for (const [key, counts] of forms) {
      let mentions = 0;
      for (const n of counts.values()) mentions += n;
      name.spellings.push({ key, written: mostCounted(counts), mentions });
    }
  }
  return { ...article, names: [...byKey.values()] };
}

/** One spelling of a name over many articles. */
export interface PooledSpelling {
  key: string;
  /** As most often written over the articles ("Kadhimi"). */
  spelling: string;
  /** The articles using it, in the order of the records. */
  articles: Array<{ id: string; title: string }>;
  mentions: number;
}

export interface PooledName {
  /** The Arabic as written in the first record that has it. */
  arabic: string;
  /** By the number of articles using each, then by mentions, then by the order of the records. */
  spellings: PooledSpelling[];
}

/** Every record's names pooled by their Arabic (key: stripArticle of the normalized Arabic). */
export function poolRecords(records: readonly ArticleNameRecord[]): Map<string, PooledName> {
  const pooled = new Map<string, { arabic: string; spellings: Map<string, PooledSpelling & { written: Map<string, number> }> }>();
  for (const r of records) {
    for (const n of r.names) {
      let name = pooled.get(n.key);
      if (!name) pooled.set(n.key, (name = { arabic: n.arabic, spellings: new Map() }));
      for (const s of n.spellings) {
        let p = name.spellings.get(s.key);
        if (!p) name.spellings.set(s.key, (p = { key: s.key, spelling: s.written, articles: [], mentions: 0, written: new Map() }));
        if (p.articles[p.articles.length - 1]?.id !== r.id) p.articles.push({ id: r.id, title: r.title });
        p.mentions += s.mentions;
        p.written.set(s.written, (p.written.get(s.written) ?? 0) + s.mentions);
      }
    }
  }
  const out = new Map<string, PooledName>();
  for (const [key, name] of pooled) {
    const spellings = [...name.spellings.values()]
      .map(({ written, ...s }) => ({ ...s, spelling: mostCounted(written) }))
      .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions);
    out.set(key, { arabic: name.arabic, spellings });
  }
  return out;
}

/**
 * The spellings of a pooled name that spell its leading spelling's name (cluster.ts sameSpelledName): a spelling
 * that is no spelling of it is a wrong anchor in its article or another word (اليونان: Greece, and Yunnan for
 * يونان), not a variant, and two words of one English stem are grammar, not spelling (Democrat, Democratic).
 */
export function variantsOfLeading(name: PooledName): PooledSpelling[] {
  const [lead, ...rest] = name.spellings;
  if (!lead) return [];
  return [lead, ...rest.filter((s) => sameSpelledName(s.spelling, lead.spelling) && !sameEnglishStem(s.spelling.toLowerCase(), lead.spelling.toLowerCase()))];
}

/** How earlier articles spelled a name: what the names engine prefers when nothing settles it before. */
export interface EarlierSpelling {
  /** The spelling most earlier articles used, without a leading article ("Kadhimi"). */
  spelling: string;
  /** Titles of the earlier articles that used it, newest first as the records are kept. */
  articles: string[];
}

const pools = new WeakMap<readonly ArticleNameRecord[], Map<string, PooledName>>();

/** poolRecords, computed once per list of records (the engine asks for every group of every recheck). */
function pooledOnce(records: readonly ArticleNameRecord[]): Map<string, PooledName> {
  let p = pools.get(records);
  if (!p) pools.set(records, (p = poolRecords(records)));
  return p;
}

/**
 * The spelling earlier articles settled on for an anchored name, or null: when no earlier article has the
 * name, or when what they wrote spells none of this article's spellings (a wrong anchor there or here, or
 * another word: Greece for اليونان, Yunnan for يونان).
 */
export function earlierSpelling(records: readonly ArticleNameRecord[] | undefined, arabicNorm: string, cores: readonly string[]): EarlierSpelling | null {
  if (!records || records.length === 0) return null;
  const name = pooledOnce(records).get(stripArticle(arabicNorm));
  const lead = name?.spellings[0];
  if (!lead) return null;
  const writes = cores.some((c) => spellingKey({ core: c }) === lead.key || (sameSpelledName(c, lead.spelling) && !sameEnglishStem(c.toLowerCase(), lead.key)));
  return writes ? { spelling: lead.spelling, articles: lead.articles.map((a) => a.title) } : null;
}

function mostCounted(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let n = -1;
  for (const [text, c] of counts) if (c > n) [best, n] = [text, c];
  return best;
}
