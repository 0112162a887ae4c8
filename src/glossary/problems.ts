/** What importing a glossary file can report, written for an editor. */

export interface ImportProblem {
  /** 1-based line in the file (0 when the problem concerns the whole file). */
  line: number;
  message: string;
}

/**
 * The file cannot be read as a glossary at all (broken quoting, not XML, wrong columns, newer schema).
 * Whoever catches it must leave the existing glossary untouched.
 */
export class GlossaryFormatError extends Error {
  override name = 'GlossaryFormatError';
  constructor(
    readonly fileName: string,
    reason: string,
    readonly line?: number,
  ) {
    super(`"${fileName}" is not a glossary Tadqiq can read${line ? ` (line ${line})` : ''}: ${reason}`);
  }
}
