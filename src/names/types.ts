/** The names engine's output, shared by the checks, the CLI and the UI (which underlines every mention). */
import type { EnglishMention } from './english-mentions.js';
import type { FullName } from './full-names.js';
import type { EarlierSpelling } from './name-memory.js';
import type { NameKind } from './name-kind.js';

export interface NameAnchor {
  /** The segment whose source holds the anchor (usually the mention's own segment). */
  segment: string;
  /** Offsets into that segment's source text. */
  start: number;
  end: number;
  /** The Arabic as written, e.g. "الكاظمي". */
  text: string;
  /** How well the mention romanizes it, 0..1. */
  score: number;
}

/**
 * One mention of a name in a segment's English, as english-mentions.ts found it (offsets into the segment's target;
 * `form` is what the check compares and counts), with what the engine learned of it.
 */
export interface NameMention extends Omit<EnglishMention, 'inMultiWordName'> {
  segment: string;
  anchor?: NameAnchor;
  /**
   * The full name the mention is a word of (ليندا توماس غرينفيلد for Granfield in "Linda Thomas Granfield"):
   * full-names.ts. A foreign name is remembered across articles only within one.
   */
  fullName?: FullName;
  /** What the words around the mention say it names ("in Fallujah", «الرئيس بايدن»): name-kind.ts. */
  kindCue?: NameKind;
  /**
   * What the words around it say of the longer name it begins, not of itself: صحيفة before "Washington Post" makes
   * the Washington Post a paper (name-kind.ts mentionCues). Counted for its full name.
   */
  longerNameCue?: NameKind;
}

export interface NameForm {
  text: string;
  count: number;
}

export interface NameGroup {
  /** Stable identity: the normalized Arabic anchor ("الكاظمي") or "~" + a consonant skeleton key. */
  key: string;
  /** The anchor as written in the source, or null for a group found by spelling alone. */
  arabic: string | null;
  /** Distinct forms in order of first occurrence, with counts. */
  forms: NameForm[];
  preferred: string;
  /** Why the preferred form was chosen. */
  preferredBy: 'glossary' | 'english-name' | 'earlier-articles' | 'house-style' | 'frequency';
  /** With preferredBy 'earlier-articles': the spelling earlier articles used and which they were. */
  earlier?: EarlierSpelling;
  confidence: 'anchored' | 'spelling';
  mentions: NameMention[];
}
