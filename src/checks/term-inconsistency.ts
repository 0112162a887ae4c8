/**
 * term-inconsistency: one Arabic term rendered several ways across the article, with no glossary entry yet
 * (the seed renders الحشد الشعبي "Popular Mobilization" and "the crowd"). Evidence rules are in
 * src/glossary/discover.ts; the check reports only renderings it can attribute to the term.
 */
import type { Check, Finding, Occurrence } from '../model.js';
import { anyStatusMatcher, sourceMatches } from '../glossary/matcherFor.js';
import { findInconsistentTerms } from '../glossary/discover.js';

export const termInconsistency: Check = {
  id: 'term-inconsistency',
  title: 'Term rendered several ways',
  severity: 'warning',
  description: 'An Arabic term with no glossary entry is translated in more than one way across the article.',
  run(ctx) {
    const matcher = anyStatusMatcher(ctx);
    const bySegment = new Map(ctx.segments.map((s) => [s.id, s]));
    const isKnown = (p: { segment: string; start: number; end: number }): boolean => {
      const seg = bySegment.get(p.segment);
      return !!seg && sourceMatches(ctx, seg, matcher).some((m) => m.start < p.end && p.start < m.end);
    };
    return findInconsistentTerms(ctx.segments, matcher.terms.length > 0 ? isKnown : undefined).map((inc): Finding => {
      const forms = inc.renderings.map((r) => `"${r.text}" (${r.count}×)`).join(' and ');
      const occurrences: Occurrence[] = [
        ...inc.sourcePlaces.map((p): Occurrence => ({ ...p, side: 'source' })),
        ...inc.renderings.flatMap((r) => r.places.map((p): Occurrence => ({ ...p, side: 'target' }))),
      ];
      return {
        key: `term-inconsistency:${inc.key}`,
        check: 'term-inconsistency',
        severity: 'warning',
        message: `"${inc.source}" is translated in ${inc.renderings.length} ways: ${forms}. Add it to the glossary to settle on one.`,
        occurrences,
        data: { source: inc.source, forms: inc.renderings.map((r) => r.text), renderings: inc.renderings.map((r) => ({ text: r.text, count: r.count })) },
      };
    });
  },
};
