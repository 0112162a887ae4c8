/**
 * The engine's shared vocabulary. Every module in src/, main/ and renderer/ speaks these types;
 * changing a field here is changing a contract, so add fields rather than rename them.
 */
import type { ArticleNameRecord } from './names/name-memory.js';

export type Severity = 'error' | 'warning' | 'info';

/** Half-open range [start, end) of UTF-16 indices into a text the user sees. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * One aligned unit: zero or more source sentences against zero or more target sentences.
 * A target-only segment (web clutter, additions) has source === '' and sourceRange === null;
 * a source-only segment (an omission) has target === '' and targetRange === null.
 */
export interface Segment {
  /** Stable id within one review: "s1", "s2", ... in document order. */
  id: string;
  /** 1-based paragraph of the target document; for source-only segments, the target paragraph it falls in. */
  paragraph: number;
  /** 1-based paragraph of the source document (0 when the segment has no source). */
  sourceParagraph: number;
  source: string;
  target: string;
  /** Where `source` sits in the whole source document; null when empty. */
  sourceRange: TextRange | null;
  /** Where `target` sits in the whole (original machine-translated) target document; null when empty. */
  targetRange: TextRange | null;
  /** Alignment shape, e.g. "1-1", "2-1", "0-1". */
  shape: string;
}

/** A place a finding is about. Offsets index the segment's text on the given side. */
export interface Occurrence {
  segment: string;
  side: 'source' | 'target';
  start: number;
  end: number;
  text: string;
}

/** A fix is data: replace target[start,end) of a segment by `text`. Applied as one undoable edit. */
export interface Replacement {
  segment: string;
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  /**
   * Stable identity: check id + what the finding is about, never its position,
   * so "ignore" survives edits, re-analysis and reopening. E.g. "name-variants:الكاظمي".
   */
  key: string;
  check: string;
  severity: Severity;
  message: string;
  occurrences: Occurrence[];
  fix?: Replacement[];
  /** Check-specific details (forms, preferred form, Arabic source, term...). Must be JSON-serializable. */
  data?: Record<string, unknown>;
}

export type TermKind = 'person' | 'place' | 'organization' | 'term';
export type TermStatus = 'proposed' | 'approved' | 'rejected';

export interface TermEvent {
  at: string; // ISO date-time
  by: string; // editor's name
  action: 'created' | 'edited' | 'approved' | 'rejected' | 'imported' | 'merged';
  detail?: string;
}

export interface Term {
  id: string;
  /** Arabic. */
  source: string;
  /** Approved (or proposed) English rendering. */
  target: string;
  /** Accepted alternative English renderings: they satisfy the term. */
  variants: string[];
  /** Known wrong English renderings: flagged, with a fix to `target`. */
  forbidden: string[];
  kind: TermKind;
  note?: string;
  status: TermStatus;
  history: TermEvent[];
}

export interface Glossary {
  terms: Term[];
}

/** House style for names, chosen in settings. */
export interface HouseStyle {
  /** How the Arabic article is written in names: "Al-Kadhimi", "al-Kadhimi", or leave as the text has it. */
  article: 'Al-' | 'al-' | 'as-is';
}

export interface AnalyzeOptions {
  houseStyle: HouseStyle;
  /** Check ids to skip. */
  disabledChecks?: string[];
  /**
   * How earlier articles spelled their Arabic names (src/names/name-memory.ts), newest first, without the
   * article being checked: a name's preferred form follows them when the glossary does not settle it.
   */
  earlierArticles?: readonly ArticleNameRecord[];
}

export const defaultAnalyzeOptions: AnalyzeOptions = { houseStyle: { article: 'as-is' } };

/** What a check sees. `memo` shares expensive preprocessing (e.g. name mentions) between checks of one run. */
export interface CheckContext {
  segments: readonly Segment[];
  glossary: Glossary;
  options: AnalyzeOptions;
  memo<T>(key: string, compute: () => T): T;
}

/** A QA check: metadata plus one pure function, in the shape of an ESLint rule. */
export interface Check {
  id: string;
  title: string;
  severity: Severity;
  description: string;
  run(ctx: CheckContext): Finding[];
}

/** What the UI shows of a check: everything but its code (the checks run in the engine worker). */
export type CheckInfo = Pick<Check, 'id' | 'title' | 'severity' | 'description'>;

export interface Analysis {
  segments: Segment[];
  findings: Finding[];
}
