/**
 * The glossary on disk: one JSON file (src/glossary/storeFormat.ts), by default in the app's data folder,
 * or wherever settings point it (a shared folder, so a desk shares one glossary).
 *
 * Several editors may save the same file. Every save therefore reads the file again under a lock, merges
 * this editor's changes into what is on disk term by term (three-way, against the version last read), and
 * writes the result atomically with a backup. A term both editors changed differently comes back as a
 * conflict holding both versions; the file keeps the version already saved until the editor resolves it,
 * and the editor's own version waits in `conflicts()`. Nothing is dropped without the editor seeing it.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Term, TermEvent, TermKind, TermStatus } from '../../src/model.js';
import { atomicWrite } from './atomicWrite.js';
import { withFileLock } from './fileLock.js';
import { defaultDataDir } from './settings.js';
import {
  GLOSSARY_SCHEMA_VERSION,
  emptyGlossaryDocument,
  formatGlossaryDocument,
  parseGlossaryDocument,
  type GlossaryDocument,
} from '../../src/glossary/storeFormat.js';
import { mergeThreeWay, planImport, applyImport, type ImportPlan, type MergeConflict } from '../../src/glossary/merge.js';
import { cleanList, makeTerm, sameContent, sourceKey, type TermInput } from '../../src/glossary/term.js';

export const GLOSSARY_FILE_NAME = 'glossary.json';

/** Where the glossary lives when nothing else is said: $TADQIQ_GLOSSARY, else the app's data folder. */
export function defaultGlossaryPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.TADQIQ_GLOSSARY || join(defaultDataDir(env), GLOSSARY_FILE_NAME);
}

/** The editor asked for something about a term that is not (or no longer) there, or gave bad input. */
export class GlossaryStoreError extends Error {
  override name = 'GlossaryStoreError';
  constructor(
    readonly code: 'not-found' | 'invalid' | 'duplicate' | 'locked',
    message: string,
  ) {
    super(message);
  }
}

export interface SaveOutcome {
  terms: Term[];
  /** True when another editor had saved since this store last read the file, and their changes were merged in. */
  mergedExternalChanges: boolean;
  /** Conflicts still waiting for the editor (including any from earlier saves). */
  conflicts: MergeConflict[];
}

export interface GlossaryStoreOptions {
  now?: () => Date;
  /** How long to wait for another editor's save to finish before giving up (ms). */
  lockTimeoutMs?: number;
}

export class GlossaryStore {
  readonly path: string;
  private readonly now: () => Date;
  private readonly lockTimeoutMs: number;
  /** The document as last read from or written to disk: the base of every three-way merge. */
  private base: GlossaryDocument = emptyGlossaryDocument();
  private baseText: string | null = null;
  private current: Term[] = [];
  private pending = new Map<string, MergeConflict>();
  private loaded = false;
  /** Saves of one store run one after another. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(path: string, options: GlossaryStoreOptions = {}) {
    this.path = path;
    this.now = options.now ?? (() => new Date());
    this.lockTimeoutMs = options.lockTimeoutMs ?? 5_000;
  }

  /** Open the store at `path`, reading the file if it exists (a missing file is an empty glossary). */
  static async open(path: string, options?: GlossaryStoreOptions): Promise<GlossaryStore> {
    const store = new GlossaryStore(path, options);
    await store.reload();
    return store;
  }

  /** Read the file again, dropping nothing: unsaved state does not exist (every change saves at once). */
  async reload(): Promise<Term[]> {
    const { doc, text } = await this.readDisk();
    this.base = doc;
    this.baseText = text;
    this.current = doc.terms;
    this.loaded = true;
    return this.terms();
  }

  /** Whether another editor saved since this store last read or wrote the file. */
  async changedOnDisk(): Promise<boolean> {
    const text = await this.readText();
    return text !== this.baseText;
  }

  /** Pick up another editor's saves if there are any; returns the current terms. */
  async refresh(): Promise<Term[]> {
    if (!this.loaded || (await this.changedOnDisk())) await this.reload();
    return this.terms();
  }

  terms(): Term[] {
    return this.current.map((t) => ({ ...t }));
  }

  get(id: string): Term | undefined {
    return this.current.find((t) => t.id === id);
  }

  conflicts(): MergeConflict[] {
    return [...this.pending.values()];
  }

  /** Create a term, or edit one when `input.id` names an existing term. */
  async upsert(input: TermInput, by: string): Promise<SaveOutcome & { term: Term }> {
    validate(input);
    let saved: Term | undefined;
    const outcome = await this.change((terms) => {
      const at = this.now().toISOString();
      const existing = input.id ? terms.find((t) => t.id === input.id) : undefined;
      if (input.id && !existing) throw new GlossaryStoreError('not-found', `The term "${input.source}" was deleted by someone else; add it again if it is still needed.`);
      const clash = terms.find((t) => t.id !== existing?.id && sourceKey(t.source) === sourceKey(input.source));
      if (clash) throw new GlossaryStoreError('duplicate', `The glossary already has "${clash.source}" (→ "${clash.target}"); edit that entry instead.`);
      if (!existing) {
        const term = makeTerm(input);
        term.history = [{ at, by, action: 'created' }];
        if (term.status !== 'proposed') term.history.push({ at, by, action: term.status });
        saved = term;
        return [...terms, term];
      }
      const next = makeTerm({ ...existing, ...input, id: existing.id, note: input.note ?? existing.note });
      if (input.note === '') delete next.note;
      next.history = [...existing.history, ...eventsFor(existing, next, at, by)];
      saved = next;
      return terms.map((t) => (t.id === existing.id ? next : t));
    });
    return { ...outcome, term: this.get(saved!.id) ?? saved! };
  }

  /**
   * Add many new terms in one save (one lock, one write, as an import): the names a desk has settled, approved at
   * once. A term whose Arabic the glossary already has is left as it is and named in `skipped`: another editor
   * may have settled it meanwhile.
   */
  async addMany(inputs: readonly TermInput[], by: string): Promise<SaveOutcome & { added: number; skipped: string[] }> {
    for (const input of inputs) validate(input);
    let added = 0;
    const skipped: string[] = [];
    const outcome = await this.change((terms) => {
      added = 0;
      skipped.length = 0;
      const at = this.now().toISOString();
      const seen = new Set(terms.map((t) => sourceKey(t.source)));
      const next = [...terms];
      for (const input of inputs) {
        if (seen.has(sourceKey(input.source))) {
          skipped.push(input.source);
          continue;
        }
        seen.add(sourceKey(input.source));
        const { id: _ignored, ...fresh } = input;
        const term = makeTerm(fresh);
        term.history = [{ at, by, action: 'created' }, ...(term.status !== 'proposed' ? [{ at, by, action: term.status }] : [])];
        next.push(term);
        added++;
      }
      return next;
    });
    return { ...outcome, added, skipped };
  }

  /**
   * "Approve in glossary" from a finding: the term for `source` (created if missing) gets `preferred` as its
   * approved English, and each other form becomes a variant or a forbidden rendering as the editor chose.
   * A form the editor now forbids stops being a variant, and the other way round.
   */
  async approveForms(
    request: { source: string; preferred: string; others: { form: string; as: 'variant' | 'forbidden' }[]; kind?: TermKind; note?: string },
    by: string,
  ): Promise<SaveOutcome & { term: Term }> {
    const existing = this.current.find((t) => sourceKey(t.source) === sourceKey(request.source));
    const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
    const chosen = (as: 'variant' | 'forbidden') => request.others.filter((o) => o.as === as && !same(o.form, request.preferred)).map((o) => o.form);
    const newVariants = chosen('variant');
    const newForbidden = chosen('forbidden');
    const keep = (list: readonly string[], drop: readonly string[]) => list.filter((f) => !same(f, request.preferred) && !drop.some((d) => same(d, f)));
    const oldTarget = existing && !same(existing.target, request.preferred) && !newForbidden.some((f) => same(f, existing.target)) ? [existing.target] : [];
    return this.upsert(
      {
        ...(existing ? { id: existing.id } : {}),
        source: existing?.source ?? request.source,
        target: request.preferred,
        variants: [...keep(existing?.variants ?? [], newForbidden), ...oldTarget, ...newVariants],
        forbidden: [...keep(existing?.forbidden ?? [], newVariants), ...newForbidden],
        kind: request.kind ?? existing?.kind ?? 'term',
        ...(request.note !== undefined ? { note: request.note } : {}),
        status: 'approved',
      },
      by,
    );
  }

  async setStatus(id: string, status: TermStatus, by: string): Promise<SaveOutcome> {
    return this.change((terms) => {
      const t = terms.find((x) => x.id === id);
      if (!t) throw notFound();
      if (t.status === status) return terms;
      const next: Term = { ...t, status, history: [...t.history, { at: this.now().toISOString(), by, action: status === 'proposed' ? 'edited' : status, ...(status === 'proposed' ? { detail: 'back to proposed' } : {}) }] };
      return terms.map((x) => (x.id === id ? next : x));
    });
  }

  async remove(id: string, _by: string): Promise<SaveOutcome> {
    return this.change((terms) => {
      if (!terms.some((t) => t.id === id)) throw notFound();
      return terms.filter((t) => t.id !== id);
    });
  }

  /** What importing `incoming` would do: nothing is written. */
  planImport(incoming: readonly Term[]): ImportPlan {
    return planImport(this.current, incoming);
  }

  /** Add new terms; replace differing ones only with `overwrite`. The plan is recomputed against the file as saved. */
  async importTerms(incoming: readonly Term[], options: { overwrite: boolean; by: string; fileName: string }): Promise<SaveOutcome & { plan: ImportPlan }> {
    let plan: ImportPlan = { added: [], unchanged: [], conflicts: [] };
    const outcome = await this.change((terms) => {
      plan = planImport(terms, incoming);
      return applyImport(terms, plan, { ...options, at: this.now().toISOString() });
    });
    return { ...outcome, plan };
  }

  /**
   * Settle a conflict: keep the version on disk ('theirs'), this editor's ('mine'), or a new version written
   * by the editor (a TermInput). Keeping 'mine' when the editor had deleted the term deletes it.
   */
  async resolveConflict(id: string, choice: 'mine' | 'theirs' | TermInput, by: string): Promise<SaveOutcome> {
    const conflict = this.pending.get(id);
    if (!conflict) throw new GlossaryStoreError('not-found', 'That conflict was already resolved.');
    this.pending.delete(id);
    try {
      return await this.change((terms) => {
        const at = this.now().toISOString();
        const others = terms.filter((t) => t.id !== id);
        if (choice === 'theirs') return conflict.theirs ? terms : others;
        const chosen = choice === 'mine' ? conflict.mine : makeTerm({ ...choice, id });
        if (!chosen) return others;
        const history = [...(conflict.theirs?.history ?? []), ...(chosen.history ?? [])];
        const term: Term = { ...chosen, id, history: dedupeEvents([...history, { at, by, action: 'merged', detail: 'conflict resolved' }]) };
        return terms.some((t) => t.id === id) ? terms.map((t) => (t.id === id ? term : t)) : [...terms, term];
      });
    } catch (e) {
      this.pending.set(id, conflict);
      throw e;
    }
  }

  /** Apply `edit` to the terms and save, merging with whatever another editor saved meanwhile. */
  private change(edit: (terms: Term[]) => Term[]): Promise<SaveOutcome> {
    const run = this.queue.then(() => this.save(edit));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async save(edit: (terms: Term[]) => Term[]): Promise<SaveOutcome> {
    if (!this.loaded) await this.reload();
    return this.withLock(async () => {
      const { doc: disk, text } = await this.readDisk();
      const external = text !== this.baseText;
      // The change applies to what this editor saw; what another editor saved meanwhile is merged in after,
      // term by term, so neither side's work is overwritten unseen.
      let next = edit(this.current);
      if (external) {
        const merged = mergeThreeWay(this.base.terms, next, disk.terms);
        for (const c of merged.conflicts) this.pending.set(c.id, c);
        next = merged.terms;
      }
      const doc: GlossaryDocument = {
        ...emptyGlossaryDocument(),
        revision: disk.revision + 1,
        savedAt: this.now().toISOString(),
        terms: next,
      };
      const out = formatGlossaryDocument(doc);
      await fs.mkdir(dirname(this.path), { recursive: true });
      await atomicWrite(this.path, out);
      this.base = doc;
      this.baseText = out;
      this.current = next;
      return { terms: this.terms(), mergedExternalChanges: external, conflicts: this.conflicts() };
    });
  }

  private async readText(): Promise<string | null> {
    try {
      return await fs.readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  /** A broken file is never overwritten: the error reaches the editor and the file (and its .bak) stay. */
  private async readDisk(): Promise<{ doc: GlossaryDocument; text: string | null }> {
    const text = await this.readText();
    if (text === null) return { doc: emptyGlossaryDocument(), text };
    return { doc: parseGlossaryDocument(text, basename(this.path)), text };
  }

  /** A lock file beside the glossary keeps two editors' read-merge-write steps from interleaving. */
  private withLock<T>(body: () => Promise<T>): Promise<T> {
    return withFileLock(this.path, {
      timeoutMs: this.lockTimeoutMs,
      busy: ({ file, lock, folder }) => new GlossaryStoreError('locked', `The glossary "${file}" is being saved by someone else; try again in a moment. (If nobody is saving, delete "${lock}" in ${folder}.)`),
    }, body);
  }
}

function notFound(): GlossaryStoreError {
  return new GlossaryStoreError('not-found', 'That term is no longer in the glossary (someone may have deleted it).');
}

function validate(input: TermInput): void {
  if (!input.source.trim()) throw new GlossaryStoreError('invalid', 'A term needs its Arabic source.');
  if (!input.target.trim()) throw new GlossaryStoreError('invalid', `"${input.source}" needs an English rendering.`);
  const forms = cleanList([input.target, ...(input.variants ?? [])]);
  const both = (input.forbidden ?? []).filter((f) => forms.some((x) => x.toLowerCase() === f.trim().toLowerCase()));
  if (both.length > 0) throw new GlossaryStoreError('invalid', `"${both[0]}" cannot be both accepted and forbidden.`);
}

function eventsFor(before: Term, after: Term, at: string, by: string): TermEvent[] {
  const events: TermEvent[] = [];
  const { status: _s1, history: _h1, ...a } = before;
  const { status: _s2, history: _h2, ...b } = after;
  if (!sameContent({ ...before, status: after.status }, after) || JSON.stringify(a) !== JSON.stringify(b)) {
    events.push({ at, by, action: 'edited', ...(before.target !== after.target ? { detail: `was "${before.target}"` } : {}) });
  }
  if (before.status !== after.status) events.push(after.status === 'proposed' ? { at, by, action: 'edited', detail: 'back to proposed' } : { at, by, action: after.status });
  return events;
}

function dedupeEvents(events: TermEvent[]): TermEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const k = JSON.stringify(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export { GLOSSARY_SCHEMA_VERSION };
