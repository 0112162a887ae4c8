/**
 * The two renderings of a check run: `json` (a stable, documented shape: fields may be added, never renamed)
 * and `text` (grouped by check, for a terminal).
 */
import type { Analysis, Finding, Occurrence, Segment } from '../../src/model.js';
import { checks } from '../../src/checks/registry.js';

export interface CheckedFile {
  path: string;
  encoding: string;
}

export interface JsonOccurrence {
  segment: string;
  paragraph: number;
  /** Offsets into the segment's target text; for a source-side occurrence 0/0/"" and the source fields below. */
  start: number;
  end: number;
  text: string;
  side: 'source' | 'target';
  sourceStart?: number;
  sourceEnd?: number;
  sourceText?: string;
}

export interface JsonFinding {
  type: string;
  severity: string;
  message: string;
  key: string;
  occurrences: JsonOccurrence[];
  [detail: string]: unknown;
}

export interface JsonReport {
  tool: 'tadqiq';
  version: 1;
  source: CheckedFile;
  target: CheckedFile;
  segments: Array<{ id: string; paragraph: number; source: string; target: string }>;
  findings: JsonFinding[];
}

function occurrenceJson(o: Occurrence, byId: Map<string, Segment>): JsonOccurrence {
  const paragraph = byId.get(o.segment)?.paragraph ?? 0;
  if (o.side === 'target') return { segment: o.segment, paragraph, start: o.start, end: o.end, text: o.text, side: 'target' };
  return {
    segment: o.segment, paragraph, start: 0, end: 0, text: '', side: 'source',
    sourceStart: o.start, sourceEnd: o.end, sourceText: o.text,
  };
}

export function toJsonReport(analysis: Analysis, source: CheckedFile, target: CheckedFile): JsonReport {
  const byId = new Map(analysis.segments.map((s) => [s.id, s]));
  return {
    tool: 'tadqiq',
    version: 1,
    source,
    target,
    segments: analysis.segments.map((s) => ({ id: s.id, paragraph: s.paragraph, source: s.source, target: s.target })),
    findings: analysis.findings.map((f) => ({
      // Check-specific details (forms, preferred, source, term…) sit at the top level, as documented.
      ...(f.data ?? {}),
      type: f.check,
      severity: f.severity,
      message: f.message,
      key: f.key,
      occurrences: f.occurrences.map((o) => occurrenceJson(o, byId)),
      ...(f.fix ? { fix: f.fix } : {}),
    })),
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function paragraphsOf(f: Finding, byId: Map<string, Segment>): string {
  const ps = [...new Set(f.occurrences.map((o) => byId.get(o.segment)?.paragraph ?? 0))].filter((p) => p > 0).sort((a, b) => a - b);
  if (ps.length === 0) return '';
  return ps.length === 1 ? `paragraph ${ps[0]}` : `paragraphs ${ps.join(', ')}`;
}

function detailLines(f: Finding): string[] {
  const d = f.data ?? {};
  const lines: string[] = [];
  const forms = d['forms'];
  const counts = d['counts'] as Record<string, number> | undefined;
  if (Array.isArray(forms) && forms.length > 0) {
    lines.push(`forms: ${forms.map((x) => (counts?.[String(x)] ? `${String(x)} ×${counts[String(x)]}` : String(x))).join(' / ')}`);
  }
  if (typeof d['preferred'] === 'string') lines.push(`preferred: ${d['preferred']}`);
  if (typeof d['source'] === 'string' && d['source']) lines.push(`Arabic: ${d['source']}`);
  const term = d['term'] as { source?: string; target?: string } | undefined;
  if (term?.source) lines.push(`term: ${term.source} → ${term.target ?? ''}`);
  return lines;
}

function clip(text: string, max = 70): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function toTextReport(analysis: Analysis, source: CheckedFile, target: CheckedFile): string {
  const byId = new Map(analysis.segments.map((s) => [s.id, s]));
  const out: string[] = [];
  out.push(`Tadqiq check: ${source.path} (${source.encoding}) ↔ ${target.path} (${target.encoding}), ${analysis.segments.length} segments`);
  if (analysis.findings.length === 0) {
    out.push('', 'No findings: names, terms and numbers are consistent.');
    return `${out.join('\n')}\n`;
  }
  const known = new Map(checks.map((c, i) => [c.id, i]));
  const byCheck = new Map<string, Finding[]>();
  for (const f of analysis.findings) byCheck.set(f.check, [...(byCheck.get(f.check) ?? []), f]);
  const ordered = [...byCheck.keys()].sort((a, b) => (known.get(a) ?? 99) - (known.get(b) ?? 99));
  for (const id of ordered) {
    const list = byCheck.get(id)!.slice().sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const title = checks.find((c) => c.id === id)?.title ?? id;
    out.push('', `${title} (${id}): ${list.length}`);
    for (const f of list) {
      const where = paragraphsOf(f, byId);
      out.push(`  ${f.severity.padEnd(7)} ${f.message}${where ? `  [${where}]` : ''}`);
      for (const line of detailLines(f)) out.push(`          ${line}`);
      if (!f.data?.['forms'] && f.occurrences.length > 0 && f.occurrences.length <= 3) {
        for (const o of f.occurrences) out.push(`          ${o.side === 'source' ? 'ar' : 'en'}: ${clip(o.text || byId.get(o.segment)?.[o.side] || '')}`);
      }
    }
  }
  const count = (s: string) => analysis.findings.filter((f) => f.severity === s).length;
  out.push('', `${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes`);
  return `${out.join('\n')}\n`;
}
