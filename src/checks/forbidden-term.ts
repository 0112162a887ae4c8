/**
 * forbidden-term: a rendering the glossary marks as wrong (Granfield for Greenfield, Kazemi for Kadhimi)
 * appears in the English. The fix replaces each occurrence by the approved form.
 *
 * A forbidden form that looks like a name (it has a capital letter) is wrong anywhere. An all-lower-case one
 * ("the crowd") is ordinary English that is only wrong as a rendering of the term, so it is reported only
 * in segments whose Arabic contains the term.
 */
import type { Check, Finding, Occurrence, Replacement, Term } from '../model.js';
import { approvedMatcher, sourceMatches, targetMatches } from '../glossary/matcherFor.js';
import type { TargetMatch } from '../glossary/match.js';

/** Keep the article the text already writes when the approved form has none: "Al-" + "Kadhimi". */
function replacementFor(m: TargetMatch, term: Term): string {
  const approvedHasArticle = /^(al|el)[-\s]/i.test(term.target);
  return m.article && !approvedHasArticle ? m.article + term.target : term.target;
}

export const forbiddenTerm: Check = {
  id: 'forbidden-term',
  title: 'Forbidden rendering',
  severity: 'error',
  description: 'The English uses a rendering the glossary marks as wrong; the fix replaces it with the approved form.',
  run(ctx) {
    const matcher = approvedMatcher(ctx);
    if (!matcher.terms.some((t) => t.forbidden.length > 0)) return [];
    const byTerm = new Map<Term, { occurrences: Occurrence[]; fix: Replacement[]; forms: Set<string> }>();
    for (const seg of ctx.segments) {
      if (!seg.target) continue;
      const hits = targetMatches(ctx, seg, false).filter((m) => m.role === 'forbidden');
      if (hits.length === 0) continue;
      let inSource: Set<Term> | undefined;
      for (const m of hits) {
        if (m.form === m.form.toLowerCase()) {
          inSource ??= new Set(sourceMatches(ctx, seg).map((s) => s.term));
          if (!inSource.has(m.term)) continue;
        }
        const entry = byTerm.get(m.term) ?? { occurrences: [], fix: [], forms: new Set<string>() };
        entry.occurrences.push({ segment: seg.id, side: 'target', start: m.start, end: m.end, text: m.text });
        entry.fix.push({ segment: seg.id, start: m.start, end: m.end, text: replacementFor(m, m.term) });
        entry.forms.add(m.text);
        byTerm.set(m.term, entry);
      }
    }
    const findings: Finding[] = [];
    for (const [term, { occurrences, fix, forms }] of byTerm) {
      const written = [...forms].map((f) => `"${f}"`).join(', ');
      findings.push({
        key: `forbidden-term:${term.source}`,
        check: 'forbidden-term',
        severity: 'error',
        message: `${written} is a wrong rendering of "${term.source}"; the glossary's approved form is "${term.target}" (${occurrences.length} ${occurrences.length === 1 ? 'place' : 'places'}).`,
        occurrences,
        fix,
        data: { term: { id: term.id, source: term.source, target: term.target }, forms: [...forms], preferred: term.target },
      });
    }
    return findings;
  },
};
