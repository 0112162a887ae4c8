/**
 * Names the desk has settled without a glossary: a name that earlier reviews wrote one way, in several articles
 * and never another way. Each is a glossary term waiting to be approved; once it is, the glossary checks it in
 * every article and DeepL is told it, so the machine translation gets it right from the start.
 * A name with ال is offered alone (الكاظمي → al-Kadhimi). Any other name is offered only as the full name of one
 * person (ليندا توماس غرينفيلد → Linda Thomas-Greenfield): its word alone is many people's (جون: John Kerry, Jon
 * Stewart), and a glossary term is matched by its Arabic wherever it occurs.
 */
import type { Glossary, HouseStyle } from '../model.js';
import { normalizeArabic } from '../text/normalize.js';
import { withArticle } from './article.js';
import { pooledOnce, variantsOfLeading, type ArticleNameRecord } from './name-memory.js';
import { findEnglishMentions } from './english-mentions.js';
import { isNationalityAdjective, nisbaPairedWithNoun } from './demonyms.js';
import { addKindCues, guessedKind, knownKind, type KindCues, type NameKind } from './name-kind.js';
import { stripArticle } from './preferred.js';

export interface GlossaryCandidate {
  /** The Arabic as first written ("الكاظمي"). */
  arabic: string;
  /** The English to approve, with its article as the desk writes it or as the house style says ("al-Kadhimi"). */
  english: string;
  /** Titles of the articles that wrote it so, newest first. */
  articles: string[];
  /**
   * A guess the editor can change: a country, capital or listed place; else what the words around the name said
   * in the articles that saved it ("in Fallujah", «محافظة ديالى», «تنظيم القاعدة»: name-kind.ts); else a person.
   */
  kind: NameKind;
}

/** A name written one way in fewer articles than this is no settled spelling yet. */
export const MIN_ARTICLES = 2;

/** Every word an Arabic term names, normalized and without its article: a term for مصطفى الكاظمي covers كاظمي. */
function glossaryWords(glossary: Glossary): Set<string> {
  const words = new Set<string>();
  for (const t of glossary.terms) {
    const norm = normalizeArabic(t.source).text.split(/\s+/).filter(Boolean);
    words.add(stripArticle(norm.join(' ')));
    for (const w of norm) words.add(stripArticle(w));
  }
  return words;
}

/**
 * Full names as one person's records first wrote them (RememberedName person, personEnglish): per Arabic full name,
 * the English each article gave it. Every word of a full name holds the same person, so an article counts once.
 */
function fullNamesWritten(records: readonly ArticleNameRecord[]): Map<string, { arabic: string; byArticle: Map<string, { title: string; english: string }>; cues?: KindCues }> {
  const out = new Map<string, { arabic: string; byArticle: Map<string, { title: string; english: string }>; cues?: KindCues }>();
  for (const r of records) {
    for (const n of r.names) {
      if (!n.writtenIn || !n.person || !n.personEnglish) continue;
      const key = n.writtenIn[0]!;
      let entry = out.get(key);
      if (!entry) out.set(key, (entry = { arabic: n.person, byArticle: new Map() }));
      if (!entry.byArticle.has(r.id)) entry.byArticle.set(r.id, { title: r.title, english: n.personEnglish });
      entry.cues = addKindCues(entry.cues, n.cues);
    }
  }
  return out;
}

/**
 * The names earlier reviews settled that no glossary term covers (of any status: a rejected term is a decision
 * too), most articles first.
 */
export function glossaryCandidates(records: readonly ArticleNameRecord[], glossary: Glossary, houseStyle: HouseStyle, minArticles = MIN_ARTICLES): GlossaryCandidate[] {
  const covered = glossaryWords(glossary);
  const out: GlossaryCandidate[] = [];
  // Pooled once per list of records: the panel asks again after every approval, with the same memory.
  for (const name of pooledOnce(records).names) {
    if (name.writtenIn) continue;
    const [lead] = name.spellings;
    // Any other spelling of the name in any article is a question for the editor, not a settled spelling.
    if (!lead || variantsOfLeading(name).length > 1 || lead.articles.length < minArticles) continue;
    if (covered.has(stripArticle(normalizeArabic(name.arabic).text))) continue;
    // العراقي is "Iraqi", an adjective, not a name to approve; al-Sudani, written with its article, is a name.
    if (!lead.article && isNationalityAdjective(lead.spelling)) continue;
    // البريطانية is "British", whatever noun ("Britain") an article's anchor paired it with.
    if (nisbaPairedWithNoun(name.arabic, lead.spelling)) continue;
    // Records of builds before the article was kept cannot say whether the desk writes al-Kadhimi or Kadhimi: the
    // name is offered once a review saved now has written it.
    if (lead.article === undefined) continue;
    // An article the desk wrote, or the house style's where the Arabic has one (الكاظمي).
    const written = lead.article + lead.spelling;
    const english = houseStyle.article !== 'as-is' && name.arabic.startsWith('ال') ? withArticle(written, houseStyle.article) : written;
    out.push({ arabic: name.arabic, english, articles: lead.articles.map((a) => a.title), kind: guessedKind(knownKind(name.arabic, [written]), name.cues) });
  }
  const sources = glossary.terms.map((t) => normalizeArabic(t.source).text);
  for (const { arabic, byArticle, cues } of fullNamesWritten(records).values()) {
    const written = [...byArticle.values()];
    const english = written[0]!.english;
    if (written.length < minArticles || written.some((w) => w.english !== english)) continue;
    // A term for this full name, or for a longer one holding it, already says how to write it.
    const norm = normalizeArabic(arabic).text;
    if (sources.some((source) => source.includes(norm))) continue;
    const styled = houseStyle.article !== 'as-is' ? withArticles(english, houseStyle.article) : english;
    out.push({ arabic, english: styled, articles: written.map((w) => w.title), kind: guessedKind(knownKind(null, [english]), cues) });
  }
  return out.sort((a, b) => b.articles.length - a.articles.length);
}

/** A full name with each of its words' articles in the house style ("Mustafa al-Kadhimi" → "Mustafa Al-Kadhimi"). */
function withArticles(english: string, style: 'Al-' | 'al-'): string {
  let out = english;
  for (const m of findEnglishMentions(english).reverse()) out = out.slice(0, m.start) + withArticle(m.form, style) + out.slice(m.end);
  return out;
}

/** The note a term approved from a candidate keeps: where the desk wrote it so. */
export function candidateNote(c: Pick<GlossaryCandidate, 'articles'>, writings = 'earlier reviews'): string {
  const shown = c.articles.slice(0, 3).map((t) => `“${t}”`).join(', ') + (c.articles.length > 3 ? ` and ${c.articles.length - 3} more` : '');
  return `Written so in ${c.articles.length} ${writings}: ${shown}.`;
}
