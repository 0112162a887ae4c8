/**
 * How a whole article is cut into /v2/translate requests. DeepL takes at most 50 `text` values and 128 KiB of
 * body per request, and it only looks at context inside each `text` value, so: one text per paragraph (a
 * paragraph too big for one request is cut at sentence ends), batches packed under both caps, and the
 * neighbouring paragraphs (plus the lead, where names are introduced in full) sent as `context`, which DeepL
 * reads but does not translate or bill.
 *
 * Sizes are measured as deepl-node sends them: application/x-www-form-urlencoded, where one Arabic letter
 * (2 UTF-8 bytes) takes 6 bytes once percent-encoded.
 */
import { splitParagraphs } from '../../../src/text/paragraphs.js';

export interface BatchLimits {
  /** DeepL's cap on `text` values per request. */
  maxTexts: number;
  /** DeepL's cap on the request body, in bytes. */
  maxRequestBytes: number;
  /** Our own cap on source characters per request, so progress moves and one slow request costs little. */
  maxBatchChars: number;
  /** Source characters of surrounding paragraphs sent as `context`. */
  contextChars: number;
}

export const DEEPL_LIMITS: BatchLimits = {
  maxTexts: 50,
  maxRequestBytes: 128 * 1024,
  maxBatchChars: 4000,
  contextChars: 1500,
};

/** Bytes reserved for target_lang, source_lang, glossary_id, show_billed_characters and separators. */
const FIXED_OVERHEAD_BYTES = 512;

/** One `text` value: a paragraph, or a piece of a paragraph too large for one request. */
export interface Unit {
  paragraph: number;
  text: string;
}

export interface Batch {
  units: Unit[];
  context: string;
}

export interface DocumentPlan {
  /** Paragraph texts in order. */
  paragraphs: string[];
  /** Text around the paragraphs: gaps[0] before the first, gaps[i] after paragraph i-1..., so the layout survives. */
  gaps: string[];
  batches: Batch[];
}

/** Bytes one value takes in a form-encoded body. */
export function formBytes(value: string): number {
  return new URLSearchParams({ v: value }).toString().length - 2;
}

function textBudget(limits: BatchLimits): number {
  return limits.maxRequestBytes - FIXED_OVERHEAD_BYTES - contextBudget(limits);
}

function contextBudget(limits: BatchLimits): number {
  // Worst case 3 bytes per UTF-8 byte, 2 UTF-8 bytes per Arabic letter; capped to a quarter of the request.
  return Math.min(limits.contextChars * 6 + 16, Math.floor(limits.maxRequestBytes / 4));
}

/** Cuts `text` into pieces that each fit `maxBytes` (form-encoded), at sentence ends, else at spaces. */
export function cutToFit(text: string, maxBytes: number, maxChars: number): string[] {
  const fits = (s: string) => formBytes(s) + 6 <= maxBytes && s.length <= maxChars;
  if (fits(text)) return [text];
  const sentences = [...new Intl.Segmenter('ar', { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) pieces.push(current.trim());
    current = '';
  };
  for (const sentence of sentences) {
    if (fits(current + sentence)) {
      current += sentence;
      continue;
    }
    flush();
    if (fits(sentence)) {
      current = sentence;
      continue;
    }
    // A single sentence over the limit: cut between words.
    for (const word of sentence.split(/(?<=\s)/u)) {
      if (fits(current + word)) current += word;
      else {
        flush();
        current = word;
      }
    }
  }
  flush();
  return pieces;
}

/** Context for a batch covering paragraphs first..last: nearest neighbours first, then the lead. */
export function contextFor(paragraphs: string[], first: number, last: number, limits: BatchLimits): string {
  const order: number[] = [];
  for (let d = 1; first - d >= 0 || last + d < paragraphs.length; d++) {
    if (first - d >= 0) order.push(first - d);
    if (last + d < paragraphs.length) order.push(last + d);
    if (d === 1 && first > 1) order.push(0);
  }
  const chosen = new Map<number, string>();
  let room = limits.contextChars;
  for (const i of order) {
    if (room <= 0) break;
    if (chosen.has(i)) continue;
    const p = paragraphs[i] ?? '';
    if (p.length <= room) {
      chosen.set(i, p);
      room -= p.length + 1;
    } else if (chosen.size === 0 || i === first - 1 || i === last + 1) {
      // Keep the part nearest the batch.
      chosen.set(i, i < first ? p.slice(p.length - room) : p.slice(0, room));
      room = 0;
    }
  }
  let context = [...chosen.entries()].sort((a, b) => a[0] - b[0]).map(([, t]) => t).join('\n');
  while (context && formBytes(context) > contextBudget(limits)) context = context.slice(0, Math.floor(context.length * 0.9));
  return context;
}

/** Paragraphs, the text between them, and the batches to send. */
export function planDocument(source: string, limits: BatchLimits = DEEPL_LIMITS): DocumentPlan {
  const text = source.replace(/\r\n?/g, '\n');
  const ranges = splitParagraphs(text);
  const paragraphs = ranges.map((r) => text.slice(r.start, r.end));
  const gaps: string[] = [];
  let pos = 0;
  for (const r of ranges) {
    gaps.push(text.slice(pos, r.start));
    pos = r.end;
  }
  gaps.push(text.slice(pos));

  const budget = textBudget(limits);
  const units: Unit[] = paragraphs.flatMap((p, i) => cutToFit(p, budget, limits.maxBatchChars).map((t) => ({ paragraph: i, text: t })));

  const batches: Batch[] = [];
  let current: Unit[] = [];
  let bytes = 0;
  let chars = 0;
  const close = () => {
    if (current.length === 0) return;
    const first = current[0]!.paragraph;
    const last = current[current.length - 1]!.paragraph;
    batches.push({ units: current, context: contextFor(paragraphs, first, last, limits) });
    current = [];
    bytes = 0;
    chars = 0;
  };
  for (const unit of units) {
    const size = formBytes(unit.text) + 6;
    if (current.length >= limits.maxTexts || bytes + size > budget || (current.length > 0 && chars + unit.text.length > limits.maxBatchChars)) close();
    current.push(unit);
    bytes += size;
    chars += unit.text.length;
  }
  close();
  return { paragraphs, gaps, batches };
}

/** Puts translated units back into the source's layout: pieces of one paragraph joined by a space. */
export function assemble(plan: DocumentPlan, translated: Map<Unit, string>): string {
  const byParagraph: string[][] = plan.paragraphs.map(() => []);
  for (const batch of plan.batches) for (const u of batch.units) byParagraph[u.paragraph]!.push(translated.get(u) ?? '');
  let out = plan.gaps[0] ?? '';
  byParagraph.forEach((pieces, i) => {
    out += pieces.join(' ') + (plan.gaps[i + 1] ?? '');
  });
  return out;
}
