/**
 * The editing session of one review: the editor's current English per segment, and an undo history in
 * which a keystroke burst and a "Fix all" are each one step. Pure and immutable: every operation
 * returns a new session, so the UI can keep it in state and the tests can compare snapshots.
 *
 * The machine translation is the baseline and never changes; `edits` holds only segments whose
 * current English differs from it (the same shape as Review.edits).
 */
import type { Replacement, Segment } from '../model.js';

/** One segment's text before and after a step. */
export interface SegmentChange {
  segment: string;
  before: string;
  after: string;
}

/** One undoable step. `kind` lets consecutive typing in the same segment merge into one step. */
export interface SessionStep {
  kind: 'edit' | 'fix';
  label: string;
  changes: SegmentChange[];
}

export interface EditSession {
  /** Segment id → machine translation (the baseline). */
  readonly mt: Readonly<Record<string, string>>;
  /** Segment id → current English, only where it differs from the MT. */
  readonly edits: Readonly<Record<string, string>>;
  readonly past: readonly SessionStep[];
  readonly future: readonly SessionStep[];
}

/** Thrown when a fix's replacements cannot be applied as given (unknown segment, bad or overlapping range). */
export class InvalidFixError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidFixError';
  }
}

export function createSession(segments: readonly Pick<Segment, 'id' | 'target'>[], edits: Record<string, string> = {}): EditSession {
  const mt: Record<string, string> = {};
  for (const s of segments) mt[s.id] = s.target;
  const kept: Record<string, string> = {};
  for (const [id, text] of Object.entries(edits)) {
    if (id in mt && mt[id] !== text) kept[id] = text;
  }
  return { mt, edits: kept, past: [], future: [] };
}

export function currentTarget(session: EditSession, segmentId: string): string {
  return session.edits[segmentId] ?? session.mt[segmentId] ?? '';
}

export function isEdited(session: EditSession, segmentId: string): boolean {
  return segmentId in session.edits;
}

export function canUndo(session: EditSession): boolean {
  return session.past.length > 0;
}

export function canRedo(session: EditSession): boolean {
  return session.future.length > 0;
}

/** Segments with their target replaced by the current English: what checks should run on. */
export function currentSegments<S extends Segment>(session: EditSession, segments: readonly S[]): S[] {
  return segments.map((s) => (s.id in session.edits ? { ...s, target: session.edits[s.id] as string } : s));
}

function withTexts(session: EditSession, changes: readonly SegmentChange[], which: 'before' | 'after'): Record<string, string> {
  const edits = { ...session.edits };
  for (const c of changes) {
    const text = c[which];
    if (session.mt[c.segment] === text) delete edits[c.segment];
    else edits[c.segment] = text;
  }
  return edits;
}

export interface EditOptions {
  /**
   * Merge into the previous step when it was an edit of the same segment (continuous typing), so one
   * Undo takes back the burst rather than one character.
   */
  merge?: boolean;
  /** What Undo and Redo call the step (e.g. "retranslate segment 4 with DeepL"); default "Edit <id>". */
  label?: string;
}

/** Set a segment's English to `text` (typing in place). A no-op edit returns the same session. */
export function applyEdit(session: EditSession, segmentId: string, text: string, options: EditOptions = {}): EditSession {
  if (!(segmentId in session.mt)) throw new InvalidFixError(`There is no segment "${segmentId}" in this review.`);
  const before = currentTarget(session, segmentId);
  if (before === text) return session;
  const last = session.past[session.past.length - 1];
  if (options.merge && last && last.kind === 'edit' && last.changes.length === 1 && last.changes[0]?.segment === segmentId) {
    const first = last.changes[0];
    const merged: SessionStep = { ...last, changes: [{ segment: segmentId, before: first.before, after: text }] };
    // Typing back to where the burst started leaves nothing to undo.
    const past = first.before === text ? session.past.slice(0, -1) : [...session.past.slice(0, -1), merged];
    return { ...session, edits: withTexts(session, [{ segment: segmentId, before, after: text }], 'after'), past, future: [] };
  }
  const step: SessionStep = { kind: 'edit', label: options.label ?? `Edit ${segmentId}`, changes: [{ segment: segmentId, before, after: text }] };
  return { ...session, edits: withTexts(session, step.changes, 'after'), past: [...session.past, step], future: [] };
}

/**
 * Apply replacements (offsets into the current English of each segment) as one undoable step.
 * Replacements that would change nothing are dropped; if none remain the session is returned unchanged.
 */
export function applyFix(session: EditSession, replacements: readonly Replacement[], label = 'Fix'): EditSession {
  const bySegment = new Map<string, Replacement[]>();
  for (const r of replacements) {
    if (!(r.segment in session.mt)) throw new InvalidFixError(`The fix refers to segment "${r.segment}", which is not in this review.`);
    const list = bySegment.get(r.segment) ?? [];
    list.push(r);
    bySegment.set(r.segment, list);
  }
  const changes: SegmentChange[] = [];
  for (const [segment, list] of bySegment) {
    const before = currentTarget(session, segment);
    const sorted = [...list].sort((a, b) => b.start - a.start);
    let after = before;
    let limit = before.length;
    for (const r of sorted) {
      if (!(r.start >= 0 && r.start <= r.end && r.end <= limit)) {
        throw new InvalidFixError(`The fix for segment "${segment}" no longer matches its text (range ${r.start}–${r.end}); re-run the checks and try again.`);
      }
      after = after.slice(0, r.start) + r.text + after.slice(r.end);
      limit = r.start;
    }
    if (after !== before) changes.push({ segment, before, after });
  }
  if (changes.length === 0) return session;
  const step: SessionStep = { kind: 'fix', label, changes };
  return { ...session, edits: withTexts(session, changes, 'after'), past: [...session.past, step], future: [] };
}

export function undo(session: EditSession): EditSession {
  const step = session.past[session.past.length - 1];
  if (!step) return session;
  return { ...session, edits: withTexts(session, [...step.changes].reverse(), 'before'), past: session.past.slice(0, -1), future: [step, ...session.future] };
}

export function redo(session: EditSession): EditSession {
  const step = session.future[0];
  if (!step) return session;
  return { ...session, edits: withTexts(session, step.changes, 'after'), past: [...session.past, step], future: session.future.slice(1) };
}

/** The segments a step touched, for scrolling to them after Undo/Redo. */
export function lastChangedSegments(step: SessionStep | undefined): string[] {
  return step ? step.changes.map((c) => c.segment) : [];
}
