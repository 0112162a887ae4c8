/** Making and comparing terms. */
import type { Term, TermKind, TermStatus } from '../model.js';
import { compileArabic } from './arabic.js';

export const termKinds: readonly TermKind[] = ['person', 'place', 'organization', 'term'];
export const termStatuses: readonly TermStatus[] = ['proposed', 'approved', 'rejected'];

export function newTermId(): string {
  // globalThis.crypto exists in Node 20, browsers and workers alike.
  return `t_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

export interface TermInput {
  id?: string;
  source: string;
  target: string;
  variants?: string[];
  forbidden?: string[];
  kind?: TermKind;
  note?: string;
  status?: TermStatus;
}

export function makeTerm(input: TermInput): Term {
  const term: Term = {
    id: input.id ?? newTermId(),
    source: input.source.trim(),
    target: input.target.trim(),
    variants: cleanList(input.variants ?? []),
    forbidden: cleanList(input.forbidden ?? []),
    kind: input.kind ?? 'term',
    status: input.status ?? 'proposed',
    history: [],
  };
  if (input.note?.trim()) term.note = input.note.trim();
  return term;
}

export function cleanList(items: readonly string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const t = item.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * Identity of a term's source for duplicate detection: normalized, article-less words, so الكاظمي,
 * الكاظمِي and كاظمي are the same entry.
 */
export function sourceKey(source: string): string {
  return compileArabic(source)?.keys.join(' ') ?? source.trim();
}

/** Whether two terms say the same thing (ignores id and history). */
export function sameContent(a: Term, b: Term): boolean {
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.kind === b.kind &&
    (a.note ?? '') === (b.note ?? '') &&
    a.status === b.status &&
    sameList(a.variants, b.variants) &&
    sameList(a.forbidden, b.forbidden)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
