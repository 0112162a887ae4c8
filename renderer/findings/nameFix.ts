/** "Fix all" for a name group, recomputed from the group's mentions for whichever form the editor chose. */
import type { Finding, Replacement, TermKind } from '../../src/model.js';
import type { NameGroup } from '../engine/types.js';
// The modules themselves, not the names index: the UI thread should not load the name engine.
import { rewriteMention } from '../../src/names/rewrite.js';
import { countKindCues, guessedKind, knownKind, writtenFullNames } from '../../src/names/name-kind.js';

/**
 * Replacements rewriting every mention to `preferred`, the way the names engine rewrites one mention
 * (a mention written without the article stays without it; a sentence keeps its capital).
 */
export function replacementsForPreferred(group: NameGroup, preferred: string): Replacement[] {
  const out: Replacement[] = [];
  for (const m of group.mentions) {
    const text = rewriteMention(m, preferred);
    if (text === m.text) continue;
    out.push({ segment: m.segment, start: m.start, end: m.end, text });
  }
  return out;
}

/** Without a name group, fall back to the finding's own target occurrences. */
export function replacementsFromOccurrences(finding: Finding, preferred: string): Replacement[] {
  return finding.occurrences
    .filter((o) => o.side === 'target' && o.text !== preferred)
    .map((o) => ({ segment: o.segment, start: o.start, end: o.end, text: preferred }));
}

/** The name group a finding is about: by an explicit key in its data, else by shared mention positions. */
export function groupForFinding(finding: Finding, groups: readonly NameGroup[]): NameGroup | undefined {
  const data = finding.data ?? {};
  for (const field of ['groupKey', 'group', 'key', 'arabic', 'source']) {
    const v = data[field];
    if (typeof v === 'string') {
      const g = groups.find((x) => x.key === v) ?? (field === 'arabic' || field === 'source' ? groups.find((x) => x.arabic !== null && x.arabic === v) : undefined);
      if (g) return g;
    }
  }
  const byKey = groups.find((g) => finding.key === `${finding.check}:${g.key}` || (g.arabic !== null && finding.key === `${finding.check}:${g.arabic}`));
  if (byKey) return byKey;
  // Otherwise the group whose mentions the finding's places are: a glossary finding on a name (Al-Kazemi).
  // The place must be the mention itself, not a longer text that begins with it: an English-only line that
  // opens with "Muhammad" is no question about how to spell Muhammad.
  const places = new Set(finding.occurrences.filter((o) => o.side === 'target').map((o) => `${o.segment}:${o.start}:${o.end}`));
  if (places.size === 0) return undefined;
  let best: NameGroup | undefined;
  let bestShared = 0;
  for (const g of groups) {
    const shared = g.mentions.filter((m) => places.has(`${m.segment}:${m.start}:${m.end}`)).length;
    if (shared > bestShared) {
      best = g;
      bestShared = shared;
    }
  }
  return best;
}

/**
 * The forms to offer for a finding: the group's, then any others its data lists (a spelling earlier articles
 * used, which this article never writes); without a group, those listed in the data, else its occurrences' texts.
 */
export function formsForFinding(finding: Finding, group: NameGroup | undefined): { text: string; count: number }[] {
  const data = Array.isArray(finding.data?.renderings) ? finding.data.renderings : finding.data?.forms;
  const listed = Array.isArray(data)
    ? data
        .map((f: unknown) => (typeof f === 'string' ? { text: f, count: 0 } : f && typeof f === 'object' && 'text' in f ? { text: String((f as { text: unknown }).text), count: Number((f as { count?: unknown }).count ?? 0) } : null))
        .filter((f): f is { text: string; count: number } => f !== null)
    : [];
  if (group && group.forms.length > 0) {
    const own = new Set(group.forms.map((f) => f.text));
    const more = listed.filter((f) => !own.has(f.text));
    return more.length > 0 ? [...group.forms, ...more] : group.forms;
  }
  if (listed.length > 0) return listed;
  const counts = new Map<string, number>();
  for (const o of finding.occurrences) if (o.side === 'target') counts.set(o.text, (counts.get(o.text) ?? 0) + 1);
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
}

export function isNameFinding(finding: Finding, group: NameGroup | undefined): boolean {
  return !!group || finding.check === 'name-variants';
}

/**
 * What a name group is filed as: a place the lists know (Jerusalem, El Salvador) unless the article writes it as a
 * person's family name (Lewis Hamilton), or what its own head noun says
 * (the Federal Court, Sadr City), else what its mentions' words say ("clashes in Fallujah", «تنظيم القاعدة»,
 * "Al-Kadhimi said": name-kind.ts), else a person.
 */
function nameKindOf(group: NameGroup | undefined): TermKind {
  if (!group) return 'person';
  return guessedKind(knownKind(group.arabic, group.forms.map((f) => f.text), writtenFullNames(group.mentions)), countKindCues(group.mentions.map((m) => m.kindCue)));
}

/**
 * Findings where the editor picks one English form for one Arabic source: a name spelled several ways, or
 * a term rendered several ways. They get the same choice, Fix all and Approve in glossary.
 */
export interface RenderingChoice {
  arabic: string;
  /** What the glossary entry will be when approved. */
  kind: TermKind;
  /** "spelling" for names, "rendering" for terms: how the panel words the choice. */
  noun: 'spelling' | 'rendering';
}

export function renderingChoice(finding: Finding, group: NameGroup | undefined): RenderingChoice | null {
  const data = finding.data ?? {};
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  if (isNameFinding(finding, group)) return { arabic: group?.arabic ?? (text(data.arabic) || text(data.source)), kind: nameKindOf(group), noun: 'spelling' };
  if (finding.check === 'term-inconsistency') return { arabic: text(data.source), kind: 'term', noun: 'rendering' };
  return null;
}
