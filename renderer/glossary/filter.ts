/** Searching, filtering and sorting the glossary table: pure, so the panel stays about presentation. */
import type { Term, TermKind, TermStatus } from '../../src/model.js';
import { normalizeArabic, normalizeEnglish } from '../../src/text/normalize.js';

export type SortKey = 'source' | 'target' | 'status' | 'kind' | 'count' | 'changed';

export interface TableQuery {
  search: string;
  status: TermStatus | 'all';
  kind: TermKind | 'all';
  sort: SortKey;
}

const statusOrder: Record<TermStatus, number> = { proposed: 0, approved: 1, rejected: 2 };

/** A query matches Arabic without diacritics or hamza spellings mattering, and English in any case. */
export function matchesSearch(term: Term, search: string): boolean {
  const q = search.trim();
  if (!q) return true;
  const ar = normalizeArabic(q).text;
  const en = normalizeEnglish(q).text;
  if (normalizeArabic(term.source).text.includes(ar)) return true;
  return [term.target, ...term.variants, ...term.forbidden, term.note ?? ''].some((f) => normalizeEnglish(f).text.includes(en));
}

function lastChange(t: Term): string {
  return t.history.at(-1)?.at ?? '';
}

export function visibleTerms(terms: readonly Term[], q: TableQuery, counts: Record<string, number> = {}): Term[] {
  const shown = terms.filter((t) => (q.status === 'all' || t.status === q.status) && (q.kind === 'all' || t.kind === q.kind) && matchesSearch(t, q.search));
  const ar = new Intl.Collator('ar');
  const en = new Intl.Collator('en', { sensitivity: 'base' });
  const by: Record<SortKey, (a: Term, b: Term) => number> = {
    source: (a, b) => ar.compare(a.source, b.source),
    target: (a, b) => en.compare(a.target, b.target),
    status: (a, b) => statusOrder[a.status] - statusOrder[b.status] || ar.compare(a.source, b.source),
    kind: (a, b) => a.kind.localeCompare(b.kind) || ar.compare(a.source, b.source),
    count: (a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0) || ar.compare(a.source, b.source),
    changed: (a, b) => lastChange(b).localeCompare(lastChange(a)),
  };
  return shown.sort(by[q.sort]);
}

/** "Kadhimi; al-Kadhimi, Al Kadhimi" → ['Kadhimi', 'al-Kadhimi', 'Al Kadhimi']: editors type either separator. */
export function splitForms(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[;,\n]/)) {
    const t = part.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
