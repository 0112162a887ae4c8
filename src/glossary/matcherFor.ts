/** One compiled matcher per glossary and run, shared by the checks through the run's memo. */
import type { CheckContext, Term } from '../model.js';
import { GlossaryMatcher } from './match.js';

/** Approved terms only: only they drive findings with fixes. */
export function approvedMatcher(ctx: CheckContext): GlossaryMatcher {
  return ctx.memo('glossary.matcher.approved', () => new GlossaryMatcher(ctx.glossary.terms.filter((t: Term) => t.status === 'approved')));
}

/** Every entry, whatever its status: used to tell whether the glossary already knows a term. */
export function anyStatusMatcher(ctx: CheckContext): GlossaryMatcher {
  return ctx.memo('glossary.matcher.all', () => new GlossaryMatcher(ctx.glossary.terms));
}
