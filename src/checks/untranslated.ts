/**
 * Arabic script left in the English. On good translations this never happens (DESIGN.md §8), so any
 * run of Arabic letters, marks or Arabic-Indic digits in the target is an error.
 */
import type { Check, Finding, Occurrence, TextRange } from '../model.js';
import { keyDeduper, textHash } from '../text/hash.js';

const ARABIC = String.raw`[\p{Script_Extensions=Arabic}&&[\p{L}\p{M}\p{N}]]+`;
/** Words separated only by spaces or Arabic punctuation are one run: one occurrence per phrase, not per word. */
const ARABIC_RUN = new RegExp(String.raw`${ARABIC}(?:[\s\u200C\u200D،؛]+${ARABIC})*`, 'gv');

/** Runs of Arabic script in a text (offsets into it): what a reader of the English cannot read. */
export function arabicRuns(text: string): (TextRange & { text: string })[] {
  const out: (TextRange & { text: string })[] = [];
  const re = new RegExp(ARABIC_RUN.source, ARABIC_RUN.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

export const untranslated: Check = {
  id: 'untranslated',
  title: 'Untranslated Arabic',
  severity: 'error',
  description: 'Arabic script left in the English translation.',
  run(ctx) {
    const findings: Finding[] = [];
    const unique = keyDeduper();
    for (const seg of ctx.segments) {
      const runs: Occurrence[] = arabicRuns(seg.target).map((r) => ({ ...r, segment: seg.id, side: 'target' }));
      if (runs.length === 0) continue;
      const arabic = runs.map((r) => r.text);
      const quoted = arabic.map((a) => `"${a}"`).join(', ');
      findings.push({
        key: unique(`untranslated:${textHash(arabic.join(' '))}`),
        check: 'untranslated',
        severity: 'error',
        message: `Arabic left untranslated in the English: ${quoted}.`,
        occurrences: runs,
        data: { arabic },
      });
    }
    return findings;
  },
};
