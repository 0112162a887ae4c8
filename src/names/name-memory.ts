/**
 * What the desk has already published: each saved review's Arabic names and how its English spelled them.
 * A newsroom writes one person the same way in every story, so the spelling earlier articles settled on is
 * the one to use in the next, before anyone has put the name into the glossary. The app keeps these records
 * (main/services/nameMemoryStore.ts); the names engine reads them to choose a group's preferred form, and
 * `check --batch` pools a folder of articles through the same records (across-articles.ts).
 */
import { sameSpelledName } from './cluster.js';
import { sameEnglishStem } from './english-stems.js';
import { nameWordKey, neighbourPairs, peopleOf } from './full-names.js';
import type { Join } from './joins.js';
import { addKindCues, countKindCues, type KindCues, type NameKind } from './name-kind.js';
import { spellingKey } from './questions.js';
import type { NameGroup, NameMention } from './types.js';

/** One spelling of a name in one article. */
export interface RememberedSpelling {
  /** questions.ts spellingKey: case and article style aside ("kadhimi"). */
  key: string;
  /** The name as the article most often wrote it, without a leading article ("Kadhimi"). */
  written: string;
  mentions: number;
  /**
   * The article it was most often written with ("al-", "Al-", "" for none), mid-sentence where it was written so
   * (a sentence start capitalizes any). Absent in records of builds before it was kept.
   */
  article?: string;
}

export interface RememberedName {
  /** The normalized Arabic without its article, in one piece (full-names.ts nameWordKey): الكاظمي and كاظمي are one name. */
  key: string;
  /** The Arabic as the article wrote it ("الكاظمي"). */
  arabic: string;
  spellings: RememberedSpelling[];
  /**
   * A shared name's full names in the article (full-names.ts: "ليندا توماس غرينفيلد"). A shared name is
   * remembered only as a word of a full name, and matched only where it has a neighbour in common with one.
   */
  writtenIn?: string[];
  /** With writtenIn: the person's first full name as the article's Arabic wrote it ("ليندا توماس غرينفيلد"). */
  person?: string;
  /** With person: that full name as the article's English wrote it most ("Linda Thomas-Greenfield"). */
  personEnglish?: string;
  /** With writtenIn: how the article joined the word to its neighbours ("Thomas-Greenfield": a hyphen). */
  joins?: RememberedJoin[];
  /** How many of the article's mentions read as each kind (name-kind.ts); absent when none said. */
  cues?: KindCues;
}

/** Two neighbouring words of a full name and how the English joined them, as the article mostly did. */
export interface RememberedJoin {
  /** The two words as in a full name's key ("توماس غرينفيلد"). */
  pair: string;
  join: Join;
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
 * Whether a name is remembered alone, as one desk spelling wherever its Arabic is written. Arabic gives ال to
 * family names, nisbas and titles (الكاظمي, المالكي, السامرائي), which name few people, and never to a foreign
 * person's name. Any other name is shared by many people who each keep their own English spelling: محمد is
 * Mohammed bin Salman in one story and Mohamed Salah in the next, مصطفى is Mustafa al-Kadhimi and Mostafa
 * Madbouly, جون is John Kerry and Jon Stewart, all right. Such a shared name is remembered only within a full name
 * (full-names.ts), which names one person: the price of not flagging Mohamed beside Mohammed. As written,
 * because إليزابيث and أليكس begin with ال once their hamza is normalized away.
 */
export function rememberedAlone(written: string): boolean {
  return written.startsWith('ال') && written.length > 4;
}

/**
 * The groups an article's record keeps: anchored names the glossary does not settle (a glossary name is
 * checked against the glossary in every article; a guess by spelling alone is no evidence of a spelling),
 * names with ال alone and other names within a full name (rememberedAlone).
 */
export function rememberable(g: NameGroup): g is NameGroup & { arabic: string } {
  return g.confidence === 'anchored' && g.arabic !== null && g.preferredBy !== 'glossary' && (rememberedAlone(g.arabic) || g.mentions.some((m) => m.fullName));
}

/** Full names kept per person in a record (api/names.ts allows this many). */
export const MAX_FULL_NAMES = 20;

/** Joins kept per person in a record: a word has at most two neighbours in each full name kept. */
export const MAX_JOINS = 2 * MAX_FULL_NAMES;

type Mention = Pick<NameMention, 'core' | 'article' | 'fullName' | 'sentenceInitial'>;

/** One spelling's counts in an article: as written, and its article mid-sentence and at a sentence start. */
interface SpellingCounts {
  written: Map<string, number>;
  article: Map<string, number>;
  initialArticle: Map<string, number>;
}

/**
 * A shared name's mentions by person (full-names.ts peopleOf), with the full names of each. A mention outside
 * any full name belongs to nobody for sure ("Allan" beside Alan Lithgow was Allan McGregor, whose surname had no
 * anchor), so it is left out.
 */
export function mentionsByPerson<M extends Mention>(word: string, mentions: readonly M[]): Array<{ writtenIn: string[]; person: string; personEnglish: string; mentions: M[] }> {
  const people = peopleOf(word, [...new Set(mentions.flatMap((m) => (m.fullName ? [m.fullName.key] : [])))]);
  return people.map((writtenIn) => {
    const own = mentions.filter((m) => m.fullName !== undefined && writtenIn.includes(m.fullName.key));
    const first = own.filter((m) => m.fullName!.key === writtenIn[0]).map((m) => m.fullName!);
    const english = new Map<string, number>();
    for (const f of first) bump(english, f.english);
    return { writtenIn, person: first[0]!.text, personEnglish: mostCounted(english), mentions: own };
  });
}

/**
 * How the article joined a shared name's word to its neighbours, pair by pair (full-names.ts FullName.joins): the join
 * it wrote most, a tie going to the first written. Mentions are in reading order.
 */
export function joinsOf(word: string, mentions: readonly Mention[]): RememberedJoin[] {
  const counts = new Map<string, Map<Join, number>>();
  for (const m of mentions) {
    if (!m.fullName) continue;
    const words = m.fullName.key.split(' ');
    for (let i = 0; i + 1 < words.length; i++) {
      if (words[i] !== word && words[i + 1] !== word) continue;
      const pair = `${words[i]!} ${words[i + 1]!}`;
      let c = counts.get(pair);
      if (!c) counts.set(pair, (c = new Map()));
      bump(c, m.fullName.joins[i] === '-' ? '-' : ' ');
    }
  }
  return [...counts].map(([pair, c]) => ({ pair, join: mostCounted(c) }));
}

const bump = <K>(counts: Map<K, number>, k: K, n = 1): void => void counts.set(k, (counts.get(k) ?? 0) + n);

/** Counts of each spelling (spellingKey) as written, mention by mention. */
function countSpellings(forms: Map<string, SpellingCounts>, mentions: readonly Mention[]): void {
  for (const m of mentions) {
    const k = spellingKey(m);
    let counts = forms.get(k);
    if (!counts) forms.set(k, (counts = { written: new Map(), article: new Map(), initialArticle: new Map() }));
    bump(counts.written, m.core);
    bump(m.sentenceInitial ? counts.initialArticle : counts.article, m.article);
  }
}

function spellingsOf(forms: ReadonlyMap<string, SpellingCounts>): RememberedSpelling[] {
  return [...forms].map(([key, counts]) => {
    let mentions = 0;
    for (const n of counts.written.values()) mentions += n;
    const article = mostCounted(counts.article.size > 0 ? counts.article : counts.initialArticle);
    return { key, written: mostCounted(counts.written), mentions, article };
  });
}

/**
 * The groups as they would be with only the mentions in the given segments: what a record keeps of an article
 * whose editor has vouched for part of it (review/reviewed.ts vouchedSegments).
 */
export function groupsWithin(groups: readonly NameGroup[], segments: ReadonlySet<string>): NameGroup[] {
  return groups.flatMap((g) => {
    const mentions = g.mentions.filter((m) => segments.has(m.segment));
    return mentions.length === 0 ? [] : [mentions.length === g.mentions.length ? g : { ...g, mentions }];
  });
}

export function articleNameRecord(article: { id: string; title: string; recordedAt: string }, groups: readonly NameGroup[]): ArticleNameRecord {
  const names: RememberedName[] = [];
  // A name with ال is one name however many groups write it; a shared one is one per person.
  const arabicNames = new Map<string, { name: RememberedName; forms: Map<string, SpellingCounts>; cues: Array<NameKind | undefined> }>();
  for (const g of groups) {
    if (!rememberable(g)) continue;
    const key = nameWordKey(g.key);
    if (rememberedAlone(g.arabic)) {
      let entry = arabicNames.get(key);
      if (!entry) {
        arabicNames.set(key, (entry = { name: { key, arabic: g.arabic, spellings: [] }, forms: new Map(), cues: [] }));
        names.push(entry.name);
      }
      countSpellings(entry.forms, g.mentions);
      for (const m of g.mentions) entry.cues.push(m.kindCue);
      continue;
    }
    for (const person of mentionsByPerson(key, g.mentions)) {
      const forms = new Map<string, SpellingCounts>();
      countSpellings(forms, person.mentions);
      // A person's first few full names are enough to find them again, and keep the memory file small.
      const writtenIn = person.writtenIn.slice(0, MAX_FULL_NAMES);
      const joins = joinsOf(key, person.mentions.filter((m) => writtenIn.includes(m.fullName!.key))).slice(0, MAX_JOINS);
      // A person record's cues are its full names' (glossary-candidates.ts): what was said of a longer name counts.
      const cues = countKindCues(person.mentions.map((m) => m.kindCue ?? m.longerNameCue));
      names.push({
        key,
        arabic: g.arabic,
        spellings: spellingsOf(forms),
        writtenIn,
        person: person.person,
        ...(person.personEnglish ? { personEnglish: person.personEnglish } : {}),
        ...(joins.length > 0 ? { joins } : {}),
        ...(cues ? { cues } : {}),
      });
    }
  }
  for (const { name, forms, cues } of arabicNames.values()) {
    name.spellings = spellingsOf(forms);
    const counted = countKindCues(cues);
    if (counted) name.cues = counted;
  }
  return { ...article, names };
}

/** One spelling of a name over many articles. */
export interface PooledSpelling {
  key: string;
  /** As most often written over the articles ("Kadhimi"). */
  spelling: string;
  /** The articles using it, in the order of the records. */
  articles: Array<{ id: string; title: string }>;
  mentions: number;
  /** The article it was most often written with ("al-"; "" for none), where the records say. */
  article?: string;
}

export interface PooledName {
  /** The Arabic as written in the first record that has it. */
  arabic: string;
  /** By the number of articles using each, then by mentions, then by the order of the records. */
  spellings: PooledSpelling[];
  /** A shared name's full names over the records (keys, full-names.ts). */
  writtenIn?: string[];
  /** Who a shared name is: the first record's full name as written ("ليندا توماس غرينفيلد"). */
  person?: string;
  /** A shared name's joins to its neighbours over the records: for each pair, the one most articles wrote. */
  joins?: PooledJoin[];
  /** The records' kind cues added up (name-kind.ts). */
  cues?: KindCues;
}

export interface PooledJoin {
  pair: string;
  join: Join;
  /** The articles joining the pair so, in the order of the records. */
  articles: Array<{ id: string; title: string }>;
  /** The other join, where other articles wrote the pair so (across-articles.ts reports them). */
  other?: { join: Join; articles: Array<{ id: string; title: string }> };
}

export interface Pool {
  /** Each pooled name once, in the order first met. */
  names: PooledName[];
  /** Where a name is looked up (poolKeys): one pooled name may be found under several keys. */
  byKey: Map<string, PooledName>;
}

/**
 * Where a remembered name is pooled: an Arabic name under its Arabic (nameWordKey of the normalized Arabic); a
 * shared name under each pair of neighbouring words it was written in with ("توماس غرينفيلد\tغرينفيلد").
 */
export function poolKeys(n: Pick<RememberedName, 'key' | 'writtenIn'>): string[] {
  return n.writtenIn ? neighbourPairs(n.key, n.writtenIn).map((pair) => `${pair}\t${n.key}`) : [n.key];
}

/**
 * Every record's names pooled: a name with ال by its Arabic, a shared name by the neighbours it was written
 * with, so that records sharing one neighbour pool as one person (ليندا توماس غرينفيلد in one article, توماس
 * غرينفيلد in the next) and جون كيري and جون ستيوارت stay two.
 */
export function poolRecords(records: readonly ArticleNameRecord[]): Pool {
  // Keys of one record's name are one person: union them, so each person is pooled once.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    if (!parent.has(k)) parent.set(k, k);
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let x = k; x !== root; ) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  // Each name's first key, to find its person once the unions are done (poolKeys splits its full names).
  const firstKey = new Map<RememberedName, string>();
  for (const r of records) {
    for (const n of r.names) {
      const [first, ...rest] = poolKeys(n);
      if (first === undefined) continue;
      firstKey.set(n, first);
      const root = find(first);
      for (const k of rest) {
        const other = find(k);
        if (other !== root) parent.set(other, root);
      }
    }
  }
  type Articles = Array<{ id: string; title: string }>;
  const pooled = new Map<string, {
    arabic: string;
    writtenIn?: string[];
    person?: string;
    spellings: Map<string, PooledSpelling & { written: Map<string, number>; styles: Map<string, number> }>;
    joins: Map<string, Map<Join, Articles>>;
    cues?: KindCues;
  }>();
  for (const r of records) {
    for (const n of r.names) {
      const first = firstKey.get(n);
      if (first === undefined) continue;
      const root = find(first);
      let name = pooled.get(root);
      if (!name) pooled.set(root, (name = { arabic: n.arabic, spellings: new Map(), joins: new Map() }));
      name.person ??= n.person;
      name.cues = addKindCues(name.cues, n.cues);
      for (const full of n.writtenIn ?? []) if (!(name.writtenIn ??= []).includes(full)) name.writtenIn.push(full);
      for (const s of n.spellings) {
        // Keyed again from the spelling as written: records saved by builds that keyed spellings otherwise (before
        // "Abdul-Mahdi" and "Abdul Mahdi" were one spelling) pool with today's.
        const key = spellingKey({ core: s.written });
        let p = name.spellings.get(key);
        if (!p) name.spellings.set(key, (p = { key, spelling: s.written, articles: [], mentions: 0, written: new Map(), styles: new Map() }));
        if (p.articles[p.articles.length - 1]?.id !== r.id) p.articles.push({ id: r.id, title: r.title });
        p.mentions += s.mentions;
        bump(p.written, s.written, s.mentions);
        if (s.article !== undefined) bump(p.styles, s.article, s.mentions);
      }
      for (const j of n.joins ?? []) {
        let byJoin = name.joins.get(j.pair);
        if (!byJoin) name.joins.set(j.pair, (byJoin = new Map()));
        let articles = byJoin.get(j.join);
        if (!articles) byJoin.set(j.join, (articles = []));
        if (articles[articles.length - 1]?.id !== r.id) articles.push({ id: r.id, title: r.title });
      }
    }
  }
  const byRoot = new Map<string, PooledName>();
  for (const [root, name] of pooled) {
    const spellings = [...name.spellings.values()]
      .map(({ written, styles, ...s }) => ({ ...s, spelling: mostCounted(written), ...(styles.size > 0 ? { article: mostCounted(styles) } : {}) }))
      .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions);
    // Each pair's join is the one most articles wrote; on a tie the first in the records' order.
    const joins = [...name.joins].map(([pair, byJoin]): PooledJoin => {
      const [join, articles] = [...byJoin].reduce((best, x) => (x[1].length > best[1].length ? x : best));
      const other = [...byJoin].find(([j]) => j !== join);
      return { pair, join, articles, ...(other ? { other: { join: other[0], articles: other[1] } } : {}) };
    });
    byRoot.set(root, {
      arabic: name.arabic,
      spellings,
      ...(name.writtenIn ? { writtenIn: name.writtenIn } : {}),
      ...(name.person ? { person: name.person } : {}),
      ...(joins.length > 0 ? { joins } : {}),
      ...(name.cues ? { cues: name.cues } : {}),
    });
  }
  const byKey = new Map<string, PooledName>();
  for (const k of parent.keys()) byKey.set(k, byRoot.get(find(k))!);
  return { names: [...byRoot.values()], byKey };
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
  /** For a shared name, the person found in the earlier articles, as this article writes the full name. */
  person?: string;
}

const pools = new WeakMap<readonly ArticleNameRecord[], Pool>();

/** poolRecords, computed once per list of records (the engine asks for every group of every recheck). */
export function pooledOnce(records: readonly ArticleNameRecord[]): Pool {
  let p = pools.get(records);
  if (!p) pools.set(records, (p = poolRecords(records)));
  return p;
}

/** An anchored name of the article being checked, as earlierSpelling looks it up. */
export interface NameToLookUp {
  /** The normalized Arabic ("الكاظمي"). */
  arabicNorm: string;
  /** The Arabic as written ("الكاظمي"; أليكس, whose ال is no article). */
  arabic: string;
  mentions: readonly Mention[];
}

/**
 * The spelling earlier articles settled on for an anchored name, or null: when no earlier article has the
 * name (a shared name: no earlier article wrote a full name sharing a neighbour with one of this article's),
 * or when what they wrote spells none of this article's spellings (a wrong anchor there or here, or another
 * word: Greece for اليونان, Yunnan for يونان).
 */
export function earlierSpelling(records: readonly ArticleNameRecord[] | undefined, name: NameToLookUp): EarlierSpelling | null {
  if (!records || records.length === 0) return null;
  const key = nameWordKey(name.arabicNorm);
  const people: Array<{ keys: string[]; mentions: readonly Mention[]; person?: string }> = rememberedAlone(name.arabic)
    ? [{ keys: [key], mentions: name.mentions }]
    : mentionsByPerson(key, name.mentions).map((p) => ({ keys: poolKeys({ key, writtenIn: p.writtenIn }), mentions: p.mentions, person: p.person }));
  const pool = pooledOnce(records);
  for (const person of people) {
    const lead = person.keys.map((k) => pool.byKey.get(k)).find((p) => p !== undefined)?.spellings[0];
    if (!lead) continue;
    const writes = person.mentions.some(({ core: c }) => spellingKey({ core: c }) === lead.key || (sameSpelledName(c, lead.spelling) && !sameEnglishStem(c.toLowerCase(), lead.key)));
    if (writes) return { spelling: lead.spelling, articles: lead.articles.map((a) => a.title), ...(person.person ? { person: person.person } : {}) };
  }
  return null;
}

/** How earlier articles joined two neighbouring words of a person's full name. */
export interface EarlierJoin {
  join: Join;
  /** Titles of the earlier articles that joined them so. */
  articles: string[];
}

/**
 * The join earlier articles wrote between two neighbouring words of a full name ("توماس غرينفيلد": "Thomas-
 * Greenfield"), or null when no earlier article wrote the pair. The pair is one person's wherever it is found,
 * so either word's record answers.
 */
export function earlierJoin(records: readonly ArticleNameRecord[] | undefined, pair: string): EarlierJoin | null {
  if (!records || records.length === 0) return null;
  const pool = pooledOnce(records);
  for (const word of pair.split(' ')) {
    const j = pool.byKey.get(`${pair}\t${word}`)?.joins?.find((x) => x.pair === pair);
    if (j) return { join: j.join, articles: j.articles.map((a) => a.title) };
  }
  return null;
}

function mostCounted<K extends string>(counts: ReadonlyMap<K, number>): K {
  let best = '' as K;
  let n = -1;
  for (const [text, c] of counts) if (c > n) [best, n] = [text, c];
  return best;
}
