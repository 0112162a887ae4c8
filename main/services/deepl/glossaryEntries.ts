/**
 * Which approved glossary terms can go to DeepL as glossary entries, and which DeepL would refuse. DeepL
 * rejects a whole glossary over one bad entry (duplicate source, empty term, line break or tab, control
 * character, more than 1,024 UTF-8 bytes, leading or trailing whitespace), so each bad term is reported by name
 * and left out, instead of failing the upload or being dropped silently.
 */
import { createHash } from 'node:crypto';
import type { Glossary, Term } from '../../../src/model.js';

export type EntryProblemReason = 'empty' | 'line-break' | 'control-character' | 'too-long' | 'whitespace' | 'duplicate' | 'conflict';

export interface GlossaryEntryProblem {
  termId: string;
  source: string;
  target: string;
  reason: EntryProblemReason;
  /** For the editor, naming the term. */
  message: string;
}

export interface GlossaryEntriesCheck {
  /** Arabic source → approved English, ready for DeepL, in glossary order. */
  entries: Array<[string, string]>;
  problems: GlossaryEntryProblem[];
  /** Identifies the entry set: unchanged hash, nothing to upload. */
  hash: string;
}

const MAX_TERM_BYTES = 1024;

/** A term as a message names it: a pasted paragraph in a term (the usual too-long entry) is cut short. */
function describe(term: Term): string {
  const cut = (text: string): string => (text.length > 60 ? `${text.slice(0, 60).trimEnd()}…` : text);
  return `"${cut(term.source)}" → "${cut(term.target)}"`;
}

function termProblem(text: string, side: 'Arabic' | 'English'): { reason: EntryProblemReason; why: string } | undefined {
  if (text.trim().length === 0) return { reason: 'empty', why: `its ${side} side is empty` };
  if (/[\n\r\t\u2028\u2029]/.test(text)) return { reason: 'line-break', why: `its ${side} side contains a line break or tab` };
  if (/[\u0000-\u001f\u0080-\u009f]/.test(text)) return { reason: 'control-character', why: `its ${side} side contains an invisible control character` };
  if (new TextEncoder().encode(text).length > MAX_TERM_BYTES) return { reason: 'too-long', why: `its ${side} side is longer than DeepL's limit of 1,024 bytes` };
  if (text !== text.trim()) return { reason: 'whitespace', why: `its ${side} side starts or ends with a space` };
  return undefined;
}

/** Approved terms → DeepL entries plus a problem for each term DeepL would refuse. */
export function checkGlossaryEntries(glossary: Glossary): GlossaryEntriesCheck {
  const approved = glossary.terms.filter((t) => t.status === 'approved');
  const problems: GlossaryEntryProblem[] = [];
  const valid: Term[] = [];
  for (const term of approved) {
    const p = termProblem(term.source, 'Arabic') ?? termProblem(term.target, 'English');
    if (p) {
      problems.push({ termId: term.id, source: term.source, target: term.target, reason: p.reason, message: `Glossary term ${describe(term)} was not sent to DeepL: ${p.why}.` });
    } else valid.push(term);
  }
  const bySource = new Map<string, Term[]>();
  for (const term of valid) bySource.set(term.source, [...(bySource.get(term.source) ?? []), term]);
  const entries: Array<[string, string]> = [];
  for (const [source, terms] of bySource) {
    const first = terms[0]!;
    const targets = new Set(terms.map((t) => t.target));
    if (targets.size === 1) {
      entries.push([source, first.target]);
      for (const dup of terms.slice(1)) {
        problems.push({ termId: dup.id, source, target: dup.target, reason: 'duplicate', message: `Glossary term ${describe(dup)} is approved twice; DeepL accepts each Arabic entry once, so it was sent once.` });
      }
      continue;
    }
    const forms = [...targets].map((t) => `"${t}"`).join(' and ');
    for (const t of terms) {
      problems.push({ termId: t.id, source, target: t.target, reason: 'conflict', message: `The Arabic "${source}" is approved with different English forms (${forms}); none of them was sent to DeepL until the glossary keeps one.` });
    }
  }
  const canonical = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([s, t]) => `${s}\t${t}`).join('\n');
  const hash = createHash('sha256').update(`ar>en\n${canonical}`).digest('hex');
  return { entries, problems, hash };
}
