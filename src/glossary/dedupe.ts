/**
 * Duplicates and conflicts inside one imported file: the first entry for an Arabic source is kept, a later
 * identical one is reported as a duplicate, a later different one as a conflict (nothing is merged silently).
 */
import type { Term } from '../model.js';
import type { ImportProblem } from './problems.js';
import { sourceKey } from './term.js';

export interface Lined {
  term: Term;
  line: number;
}

export function dedupe(rows: Lined[], problems: ImportProblem[]): Term[] {
  const first = new Map<string, Lined>();
  const kept: Term[] = [];
  for (const row of rows) {
    const key = sourceKey(row.term.source);
    const prev = first.get(key);
    if (!prev) {
      first.set(key, row);
      kept.push(row.term);
      continue;
    }
    const a = prev.term;
    const b = row.term;
    const same = a.target === b.target && a.variants.join('|') === b.variants.join('|') && a.forbidden.join('|') === b.forbidden.join('|');
    problems.push({
      line: row.line,
      message: same
        ? `"${b.source}" repeats line ${prev.line}; the repeat was skipped.`
        : `"${b.source}" conflicts with line ${prev.line} ("${b.target}" here, "${a.target}" there); line ${prev.line} was kept.`,
    });
  }
  return kept;
}
