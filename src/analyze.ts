/**
 * The engine's one entry point: source and target text (plus glossary and options) in,
 * aligned segments and findings out. Pure: no I/O.
 */
import type { Analysis, AnalyzeOptions, CheckContext, Finding, Glossary, Segment } from './model.js';
import { defaultAnalyzeOptions } from './model.js';
import { checks as registry } from './checks/registry.js';
import { alignDocuments } from './align/align.js';

export function runChecks(
  segments: readonly Segment[],
  glossary: Glossary = { terms: [] },
  options: AnalyzeOptions = defaultAnalyzeOptions,
  /** Pass a map to read what checks computed and shared (e.g. 'names': the name groups the UI underlines). */
  memoStore: Map<string, unknown> = new Map<string, unknown>(),
): Finding[] {
  const ctx: CheckContext = {
    segments,
    glossary,
    options,
    memo<T>(key: string, compute: () => T): T {
      if (!memoStore.has(key)) memoStore.set(key, compute());
      return memoStore.get(key) as T;
    },
  };
  const disabled = new Set(options.disabledChecks ?? []);
  const findings: Finding[] = [];
  for (const check of registry) {
    if (disabled.has(check.id)) continue;
    findings.push(...check.run(ctx));
  }
  return findings;
}

export function analyze(
  source: string,
  target: string,
  glossary: Glossary = { terms: [] },
  options: AnalyzeOptions = defaultAnalyzeOptions,
): Analysis {
  const segments = alignDocuments(source, target);
  return { segments, findings: runChecks(segments, glossary, options) };
}
