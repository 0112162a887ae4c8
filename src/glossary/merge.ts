/**
 * Merging glossaries, term by term. Two situations:
 * - importing a file into the glossary: new terms are added, identical ones skipped, differing ones are
 *   conflicts that replace the existing term only when the editor says so;
 * - two editors saving one shared file: a three-way merge against the version last read. A term changed on
 *   one side only takes that change; changed the same way on both, either; changed differently on both
 *   (or edited on one side and deleted on the other) it is a conflict, returned to the caller with both
 *   versions, never resolved silently.
 */
import type { Term, TermEvent } from '../model.js';
import { sameContent, sourceKey } from './term.js';

export interface ImportConflict {
  existing: Term;
  incoming: Term;
}

export interface ImportPlan {
  added: Term[];
  unchanged: Term[];
  conflicts: ImportConflict[];
}

/** Whether an imported term says something different from the existing one. Fields the file did not carry don't count. */
export function differsOnImport(existing: Term, incoming: Term): boolean {
  const set = (a: readonly string[]) => [...a].sort().join('\u0000');
  return (
    existing.target !== incoming.target ||
    set(existing.variants) !== set(incoming.variants) ||
    set(existing.forbidden) !== set(incoming.forbidden) ||
    existing.status !== incoming.status ||
    (incoming.kind !== 'term' && incoming.kind !== existing.kind) ||
    (incoming.note !== undefined && incoming.note !== existing.note)
  );
}

export function planImport(existing: readonly Term[], incoming: readonly Term[]): ImportPlan {
  const bySource = new Map(existing.map((t) => [sourceKey(t.source), t]));
  const plan: ImportPlan = { added: [], unchanged: [], conflicts: [] };
  for (const t of incoming) {
    const current = bySource.get(sourceKey(t.source));
    if (!current) plan.added.push(t);
    else if (differsOnImport(current, t)) plan.conflicts.push({ existing: current, incoming: t });
    else plan.unchanged.push(t);
  }
  return plan;
}

export interface ApplyImportOptions {
  /** Replace differing existing terms by the imported ones (default: keep the existing ones). */
  overwrite: boolean;
  by: string;
  at: string;
  fileName: string;
}

export function applyImport(existing: readonly Term[], plan: ImportPlan, o: ApplyImportOptions): Term[] {
  const event = (detail: string): TermEvent => ({ at: o.at, by: o.by, action: 'imported', detail });
  const replaced = new Map<string, Term>();
  if (o.overwrite) {
    for (const { existing: cur, incoming } of plan.conflicts) {
      const next: Term = {
        ...cur,
        target: incoming.target,
        variants: incoming.variants,
        forbidden: incoming.forbidden,
        status: incoming.status,
        kind: incoming.kind === 'term' ? cur.kind : incoming.kind,
        history: [...cur.history, event(`replaced from ${o.fileName} (was "${cur.target}")`)],
      };
      if (incoming.note !== undefined) next.note = incoming.note;
      replaced.set(cur.id, next);
    }
  }
  const kept = existing.map((t) => replaced.get(t.id) ?? t);
  const added = plan.added.map((t) => ({ ...t, history: [...t.history, event(`from ${o.fileName}`)] }));
  return [...kept, ...added];
}

export interface MergeConflict {
  /** The term's id (for "same source added twice", the id kept in the file: theirs). */
  id: string;
  /** The version both sides started from (absent when both added it). */
  base?: Term;
  /** This editor's version; absent when this editor deleted it. */
  mine?: Term;
  /** The version another editor saved; absent when they deleted it. */
  theirs?: Term;
}

export interface MergeResult {
  terms: Term[];
  conflicts: MergeConflict[];
}

function unionHistory(a: readonly TermEvent[], b: readonly TermEvent[]): TermEvent[] {
  const seen = new Set<string>();
  const out: TermEvent[] = [];
  for (const e of [...a, ...b]) {
    const k = `${e.at}\u0000${e.by}\u0000${e.action}\u0000${e.detail ?? ''}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(e);
    }
  }
  return out.sort((x, y) => x.at.localeCompare(y.at));
}

/**
 * Three-way merge by term id. Where there is a conflict the merged list holds the version already on disk
 * (theirs, or nothing if they deleted it) and the conflict carries this editor's version, so the caller can
 * show both and save the editor's choice.
 */
export function mergeThreeWay(base: readonly Term[], mine: readonly Term[], theirs: readonly Term[]): MergeResult {
  const b = new Map(base.map((t) => [t.id, t]));
  const m = new Map(mine.map((t) => [t.id, t]));
  const conflicts: MergeConflict[] = [];
  const out: Term[] = [];
  const theirIds = new Set(theirs.map((t) => t.id));

  for (const t of theirs) {
    const bt = b.get(t.id);
    const mt = m.get(t.id);
    if (!bt) {
      // They added it; if I added the same id too (cannot happen with random ids, but be safe), compare.
      if (mt && !sameContent(mt, t)) conflicts.push({ id: t.id, mine: mt, theirs: t });
      out.push(mt && sameContent(mt, t) ? { ...t, history: unionHistory(t.history, mt.history) } : t);
      continue;
    }
    const theyChanged = !sameContent(bt, t);
    if (!mt) {
      // I deleted it. Keep their edit (and report) rather than dropping work they did.
      if (theyChanged) {
        conflicts.push({ id: t.id, base: bt, theirs: t });
        out.push(t);
      }
      continue;
    }
    const iChanged = !sameContent(bt, mt);
    if (!iChanged) out.push(t);
    else if (!theyChanged) out.push(mt);
    else if (sameContent(mt, t)) out.push({ ...t, history: unionHistory(t.history, mt.history) });
    else {
      conflicts.push({ id: t.id, base: bt, mine: mt, theirs: t });
      out.push(t);
    }
  }

  for (const mt of mine) {
    if (theirIds.has(mt.id)) continue;
    const bt = b.get(mt.id);
    if (!bt) {
      out.push(mt); // I added it.
      continue;
    }
    // They deleted it. If I changed it meanwhile, that is a conflict; else the deletion stands.
    if (!sameContent(bt, mt)) conflicts.push({ id: mt.id, base: bt, mine: mt });
  }

  // The same Arabic added on both sides under different ids: one entry per source, the other side as a conflict.
  const baseIds = new Set(base.map((t) => t.id));
  const theirAdded = new Map(theirs.filter((t) => !baseIds.has(t.id)).map((t) => [sourceKey(t.source), t]));
  const dropped = new Set<string>();
  for (const mt of mine) {
    if (baseIds.has(mt.id) || theirIds.has(mt.id)) continue;
    const tt = theirAdded.get(sourceKey(mt.source));
    if (!tt) continue;
    dropped.add(mt.id);
    if (!(mt.target === tt.target && mt.status === tt.status && !differsOnImport(tt, mt))) conflicts.push({ id: tt.id, mine: { ...mt, id: tt.id }, theirs: tt });
  }
  return { terms: out.filter((t) => !dropped.has(t.id)), conflicts };
}
