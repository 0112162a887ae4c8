/**
 * name-joins: one name whose words are joined by a hyphen in one place and by a space in another. Two words of a
 * full name ("Linda Thomas-Greenfield", "Thomas Greenfield"), or the words of a compound written as one name
 * ("Abdul-Mahdi", "Abdul Mahdi"). Each word is spelled alike, so name-variants has nothing to say, but the hyphen
 * is part of the name as its bearer and the desk write it. A style question, reported as a note like the article
 * style.
 *
 * The fix writes the join that is settled: for a full name, the approved glossary term's (joins.ts glossaryJoin),
 * else the one earlier articles of the desk wrote (name-memory.ts earlierJoin); for a compound, the approved
 * glossary form's or the earlier articles' spelling.
 * With nothing settled it writes the join used most (ties: the first). An article writing "Thomas Greenfield"
 * throughout is told when the desk writes "Thomas-Greenfield".
 */
import type { Check, Finding, Glossary, Replacement, Segment } from '../model.js';
import { splitArticle } from '../names/article.js';
import { nameWordKey } from '../names/full-names.js';
import { glossaryJoin, innerJoins, JOIN_NAME, joinOf, joinPattern, type InnerJoin, type Join } from '../names/joins.js';
import { earlierJoin } from '../names/name-memory.js';
import { groupQuestion } from '../names/questions.js';
import type { NameGroup, NameMention } from '../names/types.js';
import { earlierArticles, namesOf } from './name-variants.js';

/** One place the name is written: its words and the joins between them (offsets into the segment's English). */
interface Place {
  segment: string;
  start: number;
  end: number;
  text: string;
  joins: InnerJoin[];
}

/** How the desk settled the joins of a name, and in what words to say so. */
interface Settled {
  pattern: string;
  /** "in an earlier article (“UN vote”)", "in the glossary". */
  where: string;
  /** "as an earlier article (“UN vote”) writes it". */
  why: string;
  earlierArticles?: string[];
}

/** One name's joins over the article: a pair of full-name words, or a compound name. */
interface JoinQuestion {
  key: string;
  arabic: string;
  places: Place[];
  settled: Settled | null;
}

const pattern = (p: Place): string => joinPattern(p.joins);

/** Joins settled by an approved glossary form, or by the earlier articles (their titles) that wrote them so. */
function settledBy(pattern: string, by: 'glossary' | readonly string[]): Settled {
  if (by === 'glossary') return { pattern, where: 'in the glossary', why: 'as the approved glossary form writes it' };
  const articles = { articles: [...by] };
  return { pattern, where: `in ${earlierArticles(articles)}`, why: `as ${earlierArticles(articles)} ${by.length === 1 ? 'writes' : 'write'} it`, earlierArticles: [...by] };
}

/** A place written with another pattern of joins ("Thomas Greenfield" → "Thomas-Greenfield"). */
function rejoined(p: Place, to: string): string {
  let text = p.text;
  p.joins.forEach((j, i) => (text = text.slice(0, j.at - p.start) + to[i]! + text.slice(j.at - p.start + 1)));
  return text;
}


/** Each pair of neighbouring words of a full name (by their groups), with every place the article writes it. */
function fullNamePairs(groups: readonly NameGroup[], segments: readonly Segment[], glossary: Glossary, earlier: Parameters<typeof earlierJoin>[0]): JoinQuestion[] {
  const bySegment = new Map<string, Array<{ m: NameMention; g: NameGroup }>>();
  for (const g of groups) {
    for (const m of g.mentions) {
      if (!m.fullName) continue;
      let list = bySegment.get(m.segment);
      if (!list) bySegment.set(m.segment, (list = []));
      list.push({ m, g });
    }
  }
  const pairs = new Map<string, JoinQuestion & { memoryKey: string }>();
  // Segments in reading order, so a pair's places are too (a tie goes to the first written).
  for (const { id: segment, target } of segments) {
    const list = bySegment.get(segment)?.sort((x, y) => x.m.start - y.m.start);
    if (!list) continue;
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i]!;
      const b = list[i + 1]!;
      if (a.m.fullName!.key !== b.m.fullName!.key || b.m.start !== a.m.end + 1) continue;
      const join = joinOf(target[a.m.end]);
      if (!join) continue;
      const key = `${a.g.key} ${b.g.key}`;
      let pair = pairs.get(key);
      if (!pair) {
        const arabic = `${a.m.anchor?.text ?? a.g.arabic ?? ''} ${b.m.anchor?.text ?? b.g.arabic ?? ''}`.trim();
        pairs.set(key, (pair = { key, arabic, memoryKey: `${nameWordKey(a.g.key)} ${nameWordKey(b.g.key)}`, places: [], settled: null }));
      }
      pair.places.push({ segment, start: a.m.start, end: b.m.end, text: target.slice(a.m.start, b.m.end), joins: [{ at: a.m.end, join }] });
    }
  }
  for (const pair of pairs.values()) {
    // An approved glossary term outranks the desk's earlier articles, as it does for spellings.
    const approved = glossaryJoin(glossary, pair.memoryKey);
    if (approved) {
      pair.settled = settledBy(approved, 'glossary');
      continue;
    }
    const desk = earlierJoin(earlier, pair.memoryKey);
    if (desk) {
      pair.settled = settledBy(desk.join, desk.articles);
    }
  }
  return [...pairs.values()];
}

/**
 * Compound names written as one mention ("Abdul-Mahdi", "Abd al-Rahman"), in groups that ask no spelling
 * question (a spelling's fix writes the whole form, joins and all). A mention broken across a line is left as
 * it is: its line break is layout, not a join.
 */
function compoundNames(groups: readonly NameGroup[]): JoinQuestion[] {
  const out: JoinQuestion[] = [];
  for (const g of groups) {
    if (g.confidence !== 'anchored' || groupQuestion(g) === 'spelling') continue;
    const places: Place[] = g.mentions
      .filter((m) => m.text === m.form && m.form.endsWith(m.core))
      .map((m) => {
        const offset = m.start + m.form.length - m.core.length;
        return { segment: m.segment, start: m.start, end: m.end, text: m.text, joins: innerJoins(m.core).map((j) => ({ at: offset + j.at, join: j.join })) };
      })
      .filter((p) => p.joins.length > 0);
    if (places.length === 0 || new Set(places.map((p) => p.joins.length)).size > 1) continue;
    let settled: Settled | null = null;
    const preferredJoins = joinPattern(innerJoins(splitArticle(g.preferred).core));
    if (preferredJoins.length === places[0]!.joins.length) {
      if (g.preferredBy === 'glossary') settled = settledBy(preferredJoins, 'glossary');
      else if (g.preferredBy === 'earlier-articles' && g.earlier) settled = settledBy(preferredJoins, g.earlier.articles);
    }
    out.push({ key: g.key, arabic: g.arabic ?? g.preferred, places, settled });
  }
  return out;
}

function finding(q: JoinQuestion): Finding | null {
  const counts = new Map<string, { n: number; first: Place }>();
  for (const p of q.places) {
    const c = counts.get(pattern(p));
    if (c) c.n++;
    else counts.set(pattern(p), { n: 1, first: p });
  }
  let preferred: string;
  let message: string;
  if (counts.size > 1) {
    // Places are in reading order, so on a tie the first one written wins.
    const top = Math.max(...[...counts.values()].map((c) => c.n));
    const most = [...counts].filter(([, c]) => c.n === top);
    preferred = q.settled?.pattern ?? most[0]![0];
    const why = q.settled?.why ?? (most.length > 1 ? 'the first written' : 'the one used most');
    const list = [...counts.values()].map((c) => `"${c.first.text}" (${c.n}×)`).join(', ');
    const use = counts.get(preferred)?.first.text ?? rejoined(q.places[0]!, preferred);
    message = `${q.arabic} is written with a hyphen and with a space: ${list}. Use "${use}", ${why}.`;
  } else {
    const [here, { n, first }] = [...counts][0]!;
    if (!q.settled || q.settled.pattern === here) return null;
    preferred = q.settled.pattern;
    message = preferred.length === 1
      ? `${q.arabic} is written with ${JOIN_NAME[here as Join]} here ("${first.text}", ${n}×) but with ${JOIN_NAME[preferred as Join]} ${q.settled.where}. Use ${JOIN_NAME[preferred as Join]} here too.`
      : `${q.arabic} is written "${first.text}" here (${n}×) but "${rejoined(first, preferred)}" ${q.settled.where}. Use "${rejoined(first, preferred)}".`;
  }
  const fix: Replacement[] = q.places.flatMap((p) =>
    p.joins.flatMap((j, i) => (j.join === preferred[i] ? [] : [{ segment: p.segment, start: j.at, end: j.at + 1, text: preferred[i]! }])),
  );
  const written = [...counts.values()].map((c) => c.first.text);
  const use = counts.get(preferred)?.first.text ?? rejoined(q.places[0]!, preferred);
  return {
    key: `name-joins:${q.key}`,
    check: 'name-joins',
    severity: 'info',
    message,
    occurrences: q.places.map((p) => ({ segment: p.segment, side: 'target' as const, start: p.start, end: p.end, text: p.text })),
    fix,
    // Not a name group's finding (no groupKey, source or arabic): its fix is the join, not a spelling to choose.
    data: { forms: [...new Set([...written, use])], preferred: use, words: q.arabic, ...(q.settled?.earlierArticles ? { earlierArticles: q.settled.earlierArticles } : {}) },
  };
}

export const nameJoins: Check = {
  id: 'name-joins',
  title: 'Name written joined and apart',
  severity: 'info',
  description: 'The words of one name are joined by a hyphen in one place and by a space in another, or unlike the glossary or earlier articles; the fix uses one join throughout.',
  run(ctx) {
    const groups = namesOf(ctx);
    const questions = [...fullNamePairs(groups, ctx.segments, ctx.glossary, ctx.options.earlierArticles), ...compoundNames(groups)];
    return questions.map(finding).filter((f): f is Finding => f !== null);
  },
};
