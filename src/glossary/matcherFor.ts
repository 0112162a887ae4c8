/**
 * One compiled matcher per glossary and run, and one match per segment, shared by the glossary checks
 * through the run's memo (term-mismatch, forbidden-term and term-inconsistency all look at the same segments).
 */
import type { CheckContext, Segment, Term } from '../model.js';
import { GlossaryMatcher, type SourceMatch, type TargetMatch } from './match.js';

/** Approved terms only: only they drive findings with fixes. */
export function approvedMatcher(ctx: CheckContext): GlossaryMatcher {
  return ctx.memo('glossary.matcher.approved', () => new GlossaryMatcher(ctx.glossary.terms.filter((t: Term) => t.status === 'approved')));
}

/** Every entry, whatever its status: used to tell whether the glossary already knows a term. */
export function anyStatusMatcher(ctx: CheckContext): GlossaryMatcher {
  return ctx.memo('glossary.matcher.all', () =>
    ctx.glossary.terms.every((t) => t.status === 'approved') ? approvedMatcher(ctx) : new GlossaryMatcher(ctx.glossary.terms),
  );
}

function perSegment<T>(ctx: CheckContext, key: string, seg: Segment, compute: () => T): T {
  const cache = ctx.memo(key, () => new Map<string, T>());
  let v = cache.get(seg.id);
  if (v === undefined) cache.set(seg.id, (v = compute()));
  return v;
}

/** Terms found in a segment's Arabic (longest wins), by the approved matcher or the any-status one. */
export function sourceMatches(ctx: CheckContext, seg: Segment, matcher: GlossaryMatcher = approvedMatcher(ctx)): SourceMatch[] {
  const key = matcher === approvedMatcher(ctx) ? 'glossary.source.approved' : 'glossary.source.all';
  return perSegment(ctx, key, seg, () => matcher.matchSource(seg.source));
}

/** Approved terms' forms in a segment's English; `overlapping` keeps forms inside longer ones. */
export function targetMatches(ctx: CheckContext, seg: Segment, overlapping: boolean): TargetMatch[] {
  return perSegment(ctx, `glossary.target.${overlapping ? 'all' : 'longest'}`, seg, () => approvedMatcher(ctx).matchTarget(seg.target, { overlapping }));
}
