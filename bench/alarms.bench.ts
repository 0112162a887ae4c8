/**
 * False alarms on human translations: `npm run bench -- alarms <ntrex dir>`.
 * NTREX (data/parallel/ntrex) is English news written and edited by people, with a professional Arabic
 * translation. So, in one pass over its 123 articles, each beside a baseline measured in the same run:
 * - names: a name spelled two ways in such English is, nearly always, two names, so every name-variants or
 *   name-article-style finding counts as a false alarm (a few are one Arabic spelling for two English names,
 *   which the check reports by design). Baseline: grouping the same capitalized words by spelling alone
 *   (clusterSpellings, no Arabic, no English evidence), as a tool without anchors would.
 * - numbers: most number-mismatch findings are false alarms, the rest real slips of the translator (a dropped
 *   "million", 30 for 30,000), listed for reading. Baseline: comparing the digit strings of each aligned pair
 *   (Arabic-Indic digits made Latin), as a QA tool without number normalization does.
 * - names across articles (`check --batch`): every name listed is a false alarm here. Baseline: every Arabic
 *   name anchored to more than one spelling across the articles, as pooling by the Arabic word alone would list.
 * - the name memory of saved reviews: the articles reviewed one after another, each saved before the next is
 *   checked, so every name-earlier-articles finding is a false alarm here. Baseline: every article that writes an
 *   anchored Arabic word in a spelling no earlier article used for it, as a memory by Arabic word alone would flag.
 *   Beside it, how many names the memory held and met again, so that a low count is not a memory that matched nothing.
 * - the kind of each anchored name (person, place, organization) as the words around its mentions read it, beside
 *   the place lists alone: the lists are the truth for the places they know, and the figure for the rest is a count.
 * - every other check: its count, read as false alarms unless listed; length-ratio beside the same bounds on
 *   raw character counts (no allowance for acronyms Arabic spells out).
 */
import type { Bench } from './run.js';
import { loadNtrex } from './align.bench.js';
import { runChecks } from '../src/analyze.js';
import { alignDocuments } from '../src/align/align.js';
import { acrossArticles, type ArticleNames } from '../src/names/across-articles.js';
import { spellingKey } from '../src/names/questions.js';
import { articleNameRecord, poolRecords, type ArticleNameRecord } from '../src/names/name-memory.js';
import { defaultAnalyzeOptions } from '../src/model.js';
import type { NameGroup } from '../src/names/types.js';
import { findEnglishMentions } from '../src/names/english-mentions.js';
import { clusterSpellings } from '../src/names/cluster.js';
import { listedPlace, mentionsKind, writtenFullNames } from '../src/names/name-kind.js';
import { headNounKind } from '../src/names/head-noun-kind.js';
import { LENGTH_RATIO_HIGH, LENGTH_RATIO_LOW, MIN_ARABIC_CHARS, visibleLength } from '../src/checks/length-ratio.js';

const NAME_CHECKS = new Set(['name-variants', 'name-article-style']);

const digitsOf = (s: string): string[] =>
  [...s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]).sort();

const bench: Bench = {
  name: 'alarms',
  description: 'name and number findings on NTREX human translations, beside spelling-only grouping and raw digit comparison',
  needsPath: true,
  async run([dir]) {
    if (!dir) throw new Error('usage: npm run bench -- alarms <path to data/parallel/ntrex>');
    const docs = loadNtrex(dir);
    const names = { ours: 0, baseline: 0, seen: [] as string[] };
    const numbers = { ours: 0, baseline: 0, seen: [] as string[] };
    const others = new Map<string, number>();
    let rawLength = 0;
    const articleNames: ArticleNames[] = [];
    // Newest first, as the app keeps them; each article is checked against those before it, then saved.
    const saved: ArticleNameRecord[] = [];
    const memory = { ours: 0, baseline: 0, seen: [] as string[] };
    const spelledBefore = new Map<string, Set<string>>();
    const kinds = { listed: new Map<string, number>(), unlisted: new Map<string, number>(), misread: [] as string[], byHead: [] as string[] };
    for (const d of docs) {
      const segments = alignDocuments(d.ar.join('\n'), d.en.join('\n'));
      const shared = new Map<string, unknown>();
      const findings = runChecks(segments, { terms: [] }, { ...defaultAnalyzeOptions, earlierArticles: [...saved] }, shared);
      const groups = (shared.get('names') as NameGroup[] | undefined) ?? [];
      articleNames.push({ article: d.id, groups });
      saved.unshift(articleNameRecord({ id: d.id, title: d.id, recordedAt: '' }, groups));
      memory.baseline += newSpellingsOfKnownWords(groups, spelledBefore);
      tallyKinds(d.id, groups, kinds);
      for (const f of findings) {
        if (f.check === 'name-earlier-articles') {
          memory.ours++;
          memory.seen.push(`${d.id}: ${(f.data?.forms as string[] | undefined)?.join(' / ')} (earlier: ${(f.data?.earlierArticles as string[] | undefined)?.join(', ')})`);
        } else if (NAME_CHECKS.has(f.check)) {
          names.ours++;
          names.seen.push(`${d.id}: ${(f.data?.forms as string[] | undefined)?.join(' / ') ?? f.message}`);
        } else if (f.check === 'number-mismatch') {
          numbers.ours++;
          numbers.seen.push(`${d.id}: ${f.message}`);
        } else others.set(f.check, (others.get(f.check) ?? 0) + 1);
      }
      const cores = d.en.flatMap((line) => findEnglishMentions(line).filter((m) => !m.sentenceInitial).map((m) => m.core));
      names.baseline += clusterSpellings([...new Set(cores)]).filter((g) => g.length > 1).length;
      for (const s of segments) {
        if (s.source.trim() && s.target.trim() && digitsOf(s.source).join(' ') !== digitsOf(s.target).join(' ')) numbers.baseline++;
        const ar = visibleLength(s.source);
        const r = visibleLength(s.target) / ar;
        if (ar >= MIN_ARABIC_CHARS && r > 0 && (r < LENGTH_RATIO_LOW || r > LENGTH_RATIO_HIGH)) rawLength++;
      }
    }
    const ratio = (a: number, b: number): string => `${(a / Math.max(1, b)).toFixed(2)}× the baseline`;
    const { names: across, joins } = acrossArticles(articleNames);
    const byArabicAlone = arabicWordsWithSeveralSpellings(articleNames);
    console.log(`${docs.length} NTREX articles (English originals, professional Arabic translations)`);
    console.log(`\nnames  spelling alone (baseline)   ${String(names.baseline).padStart(4)} name findings`);
    console.log(`       Tadqiq name checks          ${String(names.ours).padStart(4)} name findings (${ratio(names.ours, names.baseline)}), each a false alarm here`);
    for (const e of names.seen) console.log(`         ${e}`);
    console.log(`\nnames across articles: the Arabic word alone (baseline) ${String(byArabicAlone).padStart(4)} names`);
    console.log(`                       Tadqiq check --batch            ${String(across.length).padStart(4)} names (${ratio(across.length, byArabicAlone)}), each a false alarm here`);
    for (const n of across) console.log(`         ${n.arabic}: ${n.spellings.map((x) => `${x.spelling} (${x.articles.join(', ')})`).join(' / ')}`);
    console.log(`                       full names joined both ways     ${String(joins.length).padStart(4)} notes`);
    for (const j of joins) console.log(`         ${j.pair}: ${j.joins.map((x) => `"${x.join}" (${x.articles.join(', ')})`).join(' / ')}`);
    console.log(`\nnames against earlier saved reviews, the articles reviewed in turn: the Arabic word alone (baseline) ${String(memory.baseline).padStart(4)} findings`);
    console.log(`                       Tadqiq name-earlier-articles    ${String(memory.ours).padStart(4)} findings (${ratio(memory.ours, memory.baseline)}), each a false alarm here`);
    for (const e of memory.seen) console.log(`         ${e}`);
    const held = saved.flatMap((r) => r.names);
    const people = poolRecords(saved).names.filter((n) => new Set(n.spellings.flatMap((s) => s.articles.map((a) => a.id))).size > 1);
    console.log(`                       what was checked: ${held.filter((n) => !n.writtenIn).length} names with ال remembered alone and ${held.filter((n) => n.writtenIn).length} other names within full names; ${people.length} of them met again in a later article`);
    const read = (m: Map<string, number>): string => ['place', 'person', 'organization', 'none'].map((k) => `${m.get(k) ?? 0} ${k === 'none' ? 'no cue' : k}`).join(', ');
    const listedCued = [...kinds.listed].filter(([k]) => k !== 'none').reduce((n, [, c]) => n + c, 0);
    console.log(`\nkinds of anchored names, by the words around them (name-kind.ts); the place lists alone (baseline) file every name they lack as a person`);
    console.log(`  listed places (countries, capitals, exonyms): ${read(kinds.listed)}; ${(kinds.listed.get('place') ?? 0)} of ${listedCued} with a cue agree with the lists`);
    for (const e of kinds.misread) console.log(`         ${e}`);
    console.log(`  names no list knows:                          ${read(kinds.unlisted)}`);
    console.log(`  of these, filed by their own head noun (head-noun-kind.ts) whatever the cues: ${kinds.byHead.length}`);
    for (const e of kinds.byHead.slice(0, 12)) console.log(`         ${e}`);
    console.log(`\nnumbers raw digit strings (baseline) ${String(numbers.baseline).padStart(4)} segments flagged`);
    console.log(`        Tadqiq number-mismatch      ${String(numbers.ours).padStart(4)} findings (${ratio(numbers.ours, numbers.baseline)}), some of them real slips`);
    for (const e of numbers.seen) console.log(`         ${e}`);
    console.log(`\nother checks (findings in all ${docs.length} articles)`);
    for (const [check, count] of [...others].sort((a, b) => b[1] - a[1])) {
      const base = check === 'length-ratio' ? `   | raw character ratio ${rawLength} segments (${ratio(count, rawLength)})` : '';
      console.log(`  ${check.padEnd(22)} ${String(count).padStart(4)}${base}`);
    }
  },
};

export default bench;

/** Each anchored name's kind as its mentions read (name-kind.ts), apart for the places the lists know. */
function tallyKinds(article: string, groups: readonly NameGroup[], kinds: { listed: Map<string, number>; unlisted: Map<string, number>; misread: string[]; byHead: string[] }): void {
  for (const g of groups) {
    if (!g.arabic) continue;
    const kind = mentionsKind(g.mentions) ?? 'none';
    const listed = listedPlace(g.arabic, g.forms.map((f) => f.text), writtenFullNames(g.mentions));
    const tally = listed ? kinds.listed : kinds.unlisted;
    tally.set(kind, (tally.get(kind) ?? 0) + 1);
    if (listed && kind !== 'none' && kind !== 'place') kinds.misread.push(`${article}: ${g.preferred} (${g.arabic}) read as ${kind === 'organization' ? 'an' : 'a'} ${kind}`);
    const head = listed ? null : g.forms.map((f) => headNounKind(f.text)).find((k) => k !== null);
    if (head) kinds.byHead.push(`${article}: ${g.preferred} (${g.arabic}) ${head === 'organization' ? 'an organization' : 'a place'}, its cues said ${kind === 'none' ? 'nothing' : `a ${kind}`}`);
  }
}

/**
 * Anchored Arabic words this article writes in a spelling no earlier article used for them, when an earlier
 * article had them at all; then adds this article's spellings to `before` (Arabic key → spelling keys).
 */
function newSpellingsOfKnownWords(groups: readonly NameGroup[], before: Map<string, Set<string>>): number {
  let n = 0;
  const mine = new Map<string, Set<string>>();
  for (const g of groups) {
    if (g.confidence !== 'anchored') continue;
    const keys = mine.get(g.key) ?? new Set<string>();
    mine.set(g.key, keys);
    for (const m of g.mentions) keys.add(spellingKey(m));
  }
  for (const [key, keys] of mine) {
    const known = before.get(key);
    if (known && [...keys].some((k) => !known.has(k))) n++;
    before.set(key, new Set([...(known ?? []), ...keys]));
  }
  return n;
}

/** Arabic names anchored to more than one spelling in two or more articles, with no other evidence. */
function arabicWordsWithSeveralSpellings(articles: readonly ArticleNames[]): number {
  const spellings = new Map<string, { keys: Set<string>; articles: Set<string> }>();
  for (const { article, groups } of articles) {
    for (const g of groups) {
      if (g.confidence !== 'anchored') continue;
      const e = spellings.get(g.key) ?? { keys: new Set<string>(), articles: new Set<string>() };
      spellings.set(g.key, e);
      for (const m of g.mentions) e.keys.add(spellingKey(m));
      e.articles.add(article);
    }
  }
  return [...spellings.values()].filter((e) => e.keys.size > 1 && e.articles.size > 1).length;
}
