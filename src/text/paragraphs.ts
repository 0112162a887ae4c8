/**
 * Paragraphs of a text whose line endings are already "\n" (decodeText guarantees it).
 *
 * Blocks are separated by blank lines. Inside a block each line is its own paragraph, because pasted
 * and exported news (like the seed article) puts one paragraph per line with no blank line between.
 * The exception is hard-wrapped text (e-mail, wire copy, terminals) where lines are broken at a fixed
 * width in the middle of sentences: there the lines of a paragraph are joined, so that a name broken
 * across a line ("Mustafa\nAl-Kadhimi") stays inside one paragraph.
 */
import type { TextRange } from '../model.js';

interface Line {
  start: number;
  /** End of the line without trailing whitespace. */
  end: number;
  /** Trimmed length. */
  width: number;
  blank: boolean;
  /** The line ends where a sentence may end. */
  endsSentence: boolean;
  /** Starts with a lowercase Latin letter: the sentence goes on from the line before. */
  startsLower: boolean;
}

/** Hard wrapping happens at 60-80 columns; longer lines are one-paragraph-per-line text. */
const MAX_WRAP_WIDTH = 120;
const MIN_WRAP_WIDTH = 30;
/** A wrapped line reaches close to the wrap width; a clearly shorter line ends its paragraph. */
const FULL_LINE = 0.6;
/** Detection is stricter than joining: most continuing lines sit within a fifth of the width. */
const NEAR_WIDTH = 0.8;

const SENTENCE_END = /[.!?؟۔:"”»')\]]$/u;

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const raw = text.slice(pos, nl);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({
      start: pos + lead,
      end: pos + lead + trimmed.length,
      width: trimmed.length,
      blank: trimmed.length === 0,
      endsSentence: SENTENCE_END.test(trimmed),
      startsLower: /^\p{Ll}/u.test(trimmed),
    });
    pos = nl + 1;
  }
  return lines;
}

/** Lines followed by another non-blank line: the only places a wrap can be. */
function wrapCandidates(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.blank && !lines[i + 1]!.blank) out.push(lines[i]!);
  }
  return out;
}

/**
 * The wrap width if the text is hard-wrapped, else null. Decided once for the whole text: in a
 * wrapped document almost every line that continues into another reaches close to one width.
 */
export function detectWrapWidth(text: string): number | null {
  return wrapWidthOf(readLines(text));
}

function wrapWidthOf(lines: Line[]): number | null {
  const candidates = wrapCandidates(lines);
  if (candidates.length === 0) return null;
  const width = Math.max(...candidates.map((l) => l.width));
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return null;
  if (candidates.length >= 2) {
    // Wrapping breaks lines close to one width and mostly mid-sentence; one-paragraph-per-line text
    // (titles, then sentences ending in a period) does neither.
    const nearWidth = candidates.filter((l) => l.width >= width * NEAR_WIDTH);
    const midSentence = candidates.filter((l) => !l.endsSentence);
    return nearWidth.length >= candidates.length * 0.75 && midSentence.length >= candidates.length * 0.6 ? width : null;
  }
  // One continuing line is weak evidence (a title over a dateline looks the same); accept it only
  // when the next line visibly continues the sentence.
  const only = candidates[0]!;
  const next = lines[lines.indexOf(only) + 1]!;
  return only.width >= 50 && !only.endsSentence && next.startsLower ? width : null;
}

export function splitParagraphs(text: string): TextRange[] {
  const lines = readLines(text);
  const wrap = wrapWidthOf(lines);
  const out: TextRange[] = [];
  let open: TextRange | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      if (open) out.push(open);
      open = null;
      continue;
    }
    if (open) open.end = line.end;
    else open = { start: line.start, end: line.end };
    const next = lines[i + 1];
    const continues = wrap !== null && next !== undefined && !next.blank && line.width >= wrap * FULL_LINE;
    if (!continues) {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}
