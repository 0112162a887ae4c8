/** Building segments and running one check on them, the way the engine would, for check unit tests. */
import type { AnalyzeOptions, Check, CheckContext, Finding, Glossary, Segment } from '../../src/model.js';
import { defaultAnalyzeOptions } from '../../src/model.js';
import { readFileSync } from 'node:fs';
import { splitParagraphs } from '../../src/text/paragraphs.js';
import { applyFix, createSession, currentTarget } from '../../src/review/session.js';

/** One aligned segment whose texts are whole documents of their own (ranges start at 0). */
export function segmentOf(source: string, target: string, id: string): Segment {
  return {
    id, paragraph: 1, sourceParagraph: source ? 1 : 0, source, target,
    sourceRange: source ? { start: 0, end: source.length } : null,
    targetRange: target ? { start: 0, end: target.length } : null,
    shape: `${source ? 1 : 0}-${target ? 1 : 0}`,
  };
}

/** A segment builder numbering ids s1, s2, … on its own, so each test file gets stable ids. */
export function segmentFactory(): (source: string, target: string, id?: string) => Segment {
  let next = 1;
  return (source, target, id = `s${next++}`) => segmentOf(source, target, id);
}

export function runCheck(check: Check, segments: readonly Segment[], glossary: Glossary = { terms: [] }, options: Partial<AnalyzeOptions> = {}): Finding[] {
  const memo = new Map<string, unknown>();
  const ctx: CheckContext = {
    segments, glossary, options: { ...defaultAnalyzeOptions, ...options },
    memo: <T>(key: string, compute: () => T): T => {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
  };
  return check.run(ctx);
}

/** The seed article's paragraphs, as written, from tests/fixtures/seed/<name>. */
export function seedParagraphs(name: 'article.ar.txt' | 'article.en.txt'): string[] {
  const text = readFileSync(new URL(`../fixtures/seed/${name}`, import.meta.url), 'utf8');
  return splitParagraphs(text).map((r) => text.slice(r.start, r.end));
}

/** The segment's English after a finding's fix, applied the way the review screen applies it (one undoable step). */
export function fixedTarget(segment: Segment, finding: Finding): string {
  const session = applyFix(createSession([segment]), finding.fix ?? [], 'fix');
  return currentTarget(session, segment.id);
}
