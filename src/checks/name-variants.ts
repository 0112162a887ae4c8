/**
 * name-variants: one Arabic name spelled more than one way in the translation (Al-Kadhimi / Al-Kazemi
 * for الكاظمي). Groups come from the names engine, shared with name-article-style through ctx.memo.
 */
import type { Check, CheckContext, Finding, Occurrence } from '../model.js';
import { nameGroups } from '../names/index.js';
import { groupQuestion, rewritesTo } from '../names/questions.js';
import type { NameGroup, NameMention } from '../names/types.js';
import type { EarlierSpelling } from '../names/name-memory.js';

/** The names analysis of this run, computed once for every check that needs it. */
export function namesOf(ctx: CheckContext): NameGroup[] {
  return ctx.memo('names', () => nameGroups(ctx.segments, ctx.glossary, ctx.options));
}

const WHY: Record<NameGroup['preferredBy'], string> = {
  glossary: 'the approved glossary form',
  'english-name': 'the name English uses for the place',
  'earlier-articles': 'the spelling of earlier articles',
  'house-style': 'the house style',
  frequency: 'the most frequent form',
};

/** Why the preferred form; with no form more frequent than another, the first one written is chosen and said so. */
function why(g: NameGroup): string {
  if (g.preferredBy !== 'frequency') return WHY[g.preferredBy];
  const top = Math.max(...g.forms.map((f) => f.count));
  return g.forms.filter((f) => f.count === top).length > 1 ? 'the first written of the most frequent forms' : WHY.frequency;
}

/** "2 earlier articles (“Talks in Washington”, “Budget vote”)": which articles, so the editor can look them up. */
export function earlierArticles(e: Pick<EarlierSpelling, 'articles'>): string {
  const shown = e.articles.slice(0, 3).map((t) => `“${t.length > 60 ? `${t.slice(0, 59).trimEnd()}…` : t}”`).join(', ');
  const more = e.articles.length > 3 ? ` and ${e.articles.length - 3} more` : '';
  return `${e.articles.length === 1 ? 'an earlier article' : `${e.articles.length} earlier articles`} (${shown}${more})`;
}

/** Where the mentions are, as a finding's places. */
export function mentionPlaces(mentions: readonly NameMention[]): Occurrence[] {
  return mentions.map((m) => ({ segment: m.segment, side: 'target' as const, start: m.start, end: m.end, text: m.text }));
}

/** What a spelling finding tells the findings panel about its group: the forms to choose from and why one is preferred. */
export function groupData(g: NameGroup, forms: readonly string[]): Record<string, unknown> {
  const counts: Record<string, number> = {};
  for (const f of g.forms) counts[f.text] = f.count;
  return {
    forms,
    counts,
    preferred: g.preferred,
    preferredBy: g.preferredBy,
    source: g.arabic,
    confidence: g.confidence,
    groupKey: g.key,
    ...(g.earlier ? { earlierArticles: g.earlier.articles } : {}),
  };
}

export const nameVariants: Check = {
  id: 'name-variants',
  title: 'Name spelled several ways',
  severity: 'warning',
  description: 'One Arabic name is spelled more than one way in the translation; the fix uses one spelling throughout.',
  run(ctx) {
    const findings: Finding[] = [];
    for (const g of namesOf(ctx)) {
      if (groupQuestion(g) !== 'spelling') continue;
      const list = g.forms.map((f) => `"${f.text}" (${f.count}×)`).join(', ');
      const about = g.arabic ? `${g.arabic} is` : 'One name is';
      const hedge = g.confidence === 'spelling' ? ' (judged by spelling alone: no Arabic name was found for it)' : '';
      findings.push({
        key: `name-variants:${g.key}`,
        check: 'name-variants',
        severity: 'warning',
        message: `${about} spelled ${g.forms.length} ways: ${list}${hedge}. Use "${g.preferred}", ${g.earlier ? `the spelling of ${earlierArticles(g.earlier)}` : why(g)}.`,
        occurrences: mentionPlaces(g.mentions),
        fix: rewritesTo(g, g.preferred),
        data: groupData(g, g.forms.map((f) => f.text)),
      });
    }
    return findings;
  },
};
