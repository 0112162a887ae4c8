/**
 * term-mismatch: an approved term's Arabic occurs in a segment's source, but neither its approved English nor
 * an accepted variant occurs in the aligned English, or occurs fewer times than the Arabic term (the seed's
 * paragraph with الحشد الشعبي six times and "Popular Mobilization" four: the other two became "the crowd").
 * One finding per term, pointing at the Arabic occurrences left without a rendering.
 * Where the English has one of the term's forbidden renderings instead, forbidden-term reports it with a fix,
 * so this check stays silent there rather than reporting the same problem twice.
 */
import type { Check, Finding, Occurrence, Replacement, Segment, Term } from '../model.js';
import { approvedMatcher, sourceMatches, targetMatches } from '../glossary/matcherFor.js';
import { unpairedSources } from '../glossary/unmatched.js';
import { glossaryNameRewrites } from '../names/glossary-rewrite.js';
import { namesOf } from './name-variants.js';

/** For a name the fix rewrites: what the English writes there instead ("Linda Thomas Granfield"). */
function writtenInstead(segments: readonly Segment[], fix: readonly Replacement[] | undefined): string {
  if (!fix || fix.length === 0) return '';
  const byId = new Map(segments.map((s) => [s.id, s.target]));
  const written = [...new Set(fix.map((r) => byId.get(r.segment)?.slice(r.start, r.end) ?? ''))].filter(Boolean);
  return written.length > 0 ? ` The English writes ${written.slice(0, 3).map((w) => `"${w}"`).join(', ')} there; the fix writes the glossary's form.` : '';
}

export const termMismatch: Check = {
  id: 'term-mismatch',
  title: 'Glossary term not used',
  severity: 'warning',
  description: 'An approved glossary term appears in the Arabic, but the English of that segment has neither its approved rendering nor an accepted variant.',
  run(ctx) {
    const matcher = approvedMatcher(ctx);
    if (matcher.terms.length === 0) return [];
    const byTerm = new Map<Term, Occurrence[]>();
    // A name's approved English can be written where the English names it otherwise (glossary-rewrite.ts).
    const fixes = new Map<Term, Replacement[]>();
    for (const seg of ctx.segments) {
      if (!seg.source || !seg.target) continue;
      const inSourceAll = sourceMatches(ctx, seg);
      if (inSourceAll.length === 0) continue;
      const inTargetAll = targetMatches(ctx, seg, true);
      for (const term of new Set(inSourceAll.map((m) => m.term))) {
        const inSource = inSourceAll.filter((m) => m.term === term);
        const inTarget = inTargetAll.filter((t) => t.term === term);
        if (inTarget.some((t) => t.role === 'forbidden')) continue;
        const rendered = inTarget.filter((t) => t.role !== 'forbidden');
        const missing = unpairedSources(
          inSource.map((m) => m.start / seg.source.length),
          rendered.map((t) => t.start / seg.target.length),
        );
        if (missing.length === 0) continue;
        const list = byTerm.get(term) ?? [];
        for (const i of missing) {
          const m = inSource[i]!;
          list.push({ segment: seg.id, side: 'source', start: m.start, end: m.end, text: m.text });
          // A name (a person, place or organization: القاعدة as "al-Qaeda") has its English found by the names engine.
          if (term.kind !== 'term') {
            fixes.set(term, [...(fixes.get(term) ?? []), ...glossaryNameRewrites(namesOf(ctx), seg.target, seg.id, m, term)]);
          }
        }
        byTerm.set(term, list);
      }
    }
    const findings: Finding[] = [];
    for (const [term, occurrences] of byTerm) {
      const accepted = [term.target, ...term.variants].map((f) => `"${f}"`).join(' or ');
      const n = occurrences.length;
      findings.push({
        key: `term-mismatch:${term.source}`,
        check: 'term-mismatch',
        severity: 'warning',
        message: `The glossary renders "${term.source}" as ${accepted}, but ${n === 1 ? 'one occurrence has' : `${n} occurrences have`} no such rendering in the English.${writtenInstead(ctx.segments, fixes.get(term))}`,
        occurrences,
        ...(fixes.get(term)?.length ? { fix: fixes.get(term)! } : {}),
        data: { term: { id: term.id, source: term.source, target: term.target, variants: term.variants } },
      });
    }
    return findings;
  },
};
