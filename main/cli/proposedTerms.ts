/**
 * Names earlier reviews settled, as a CSV of proposed glossary terms: what `names settled --format csv` prints and
 * `check --batch` writes beside its reports. The glossary's Import reads it; the terms arrive as proposed, for an
 * editor to approve.
 */
import { candidateNote, type GlossaryCandidate } from '../../src/names/glossary-candidates.js';
import { formatCsv } from '../../src/glossary/csv.js';
import { makeTerm } from '../../src/glossary/term.js';

/** `writings` names what the candidates' articles are in the terms' notes: "earlier reviews", or a batch's "articles". */
export function proposedTermsCsv(candidates: readonly GlossaryCandidate[], writings?: string): string {
  return formatCsv(candidates.map((c) => makeTerm({ source: c.arabic, target: c.english, kind: c.kind, note: candidateNote(c, writings), status: 'proposed' })), ',');
}
