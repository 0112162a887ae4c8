/** The glossary's kinds as every select offers them: one list, so the term form, the filter and the approvals agree. */
import type { TermKind } from '../../src/model.js';
import { termKinds } from '../../src/glossary/term.js';

const LABELS: Record<TermKind, string> = { person: 'Person', place: 'Place', organization: 'Organization', term: 'Term' };

export function kindLabel(kind: TermKind): string {
  return LABELS[kind];
}

/** The options of a kind select, in the glossary's order. */
export function KindOptions() {
  return (
    <>
      {termKinds.map((k) => (
        <option key={k} value={k}>
          {LABELS[k]}
        </option>
      ))}
    </>
  );
}

export function isTermKind(value: string): value is TermKind {
  return (termKinds as readonly string[]).includes(value);
}
