/**
 * Findings grouped by check (titles and descriptions from the engine's registry, sent by the worker), each opening to its places.
 * Name groups get their forms, the Arabic, a preferred-form choice and the three decisions.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CheckInfo, Finding, Occurrence, Segment, TermKind } from '../../src/model.js';
import type { NameGroup } from '../engine/types.js';
import { formsForFinding, groupForFinding, renderingChoice, type RenderingChoice } from './nameFix.js';
import { IsolatedArabic } from '../review/RichText.js';
import { isTermKind, KindOptions } from '../glossary/kinds.js';

export interface FindingsPanelProps {
  findings: readonly Finding[];
  groups: readonly NameGroup[];
  /** The engine's checks in the registry's order: titles, descriptions, severities. */
  checks: readonly CheckInfo[];
  ignored: ReadonlySet<string>;
  preferred: Readonly<Record<string, string>>;
  approvedKeys: ReadonlySet<string>;
  segmentNumber: ReadonlyMap<string, number>;
  segments: ReadonlyMap<string, Segment>;
  /** The segment's English as the findings were computed on (occurrence offsets index it). */
  targetOf(id: string): string;
  activeKey: string | null;
  busy: boolean;
  analysing: boolean;
  onOccurrence(finding: Finding, occurrence: Occurrence): void;
  onChoosePreferred(findingKey: string, form: string): void;
  onFixAll(finding: Finding, group: NameGroup | undefined, preferred: string): void;
  onIgnore(findingKey: string): void;
  onUnignore(findingKey: string): void;
  /** `variants`: the other forms the editor accepts; the rest are recorded as forbidden. */
  onApprove(finding: Finding, group: NameGroup | undefined, preferred: string, choice: RenderingChoice, variants: string[]): void;
}

interface CheckSection {
  id: string;
  title: string;
  description: string;
  findings: Finding[];
}

function sectionsOf(findings: readonly Finding[], registry: readonly CheckInfo[]): CheckSection[] {
  const byCheck = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCheck.get(f.check) ?? [];
    list.push(f);
    byCheck.set(f.check, list);
  }
  // Errors first, then warnings, then information; within a severity, the registry's order.
  const order = registry.map((c) => c.id);
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const severityOf = (id: string) => rank[registry.find((c) => c.id === id)?.severity ?? byCheck.get(id)?.[0]?.severity ?? 'info'];
  const ids = [...byCheck.keys()].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return severityOf(a) - severityOf(b) || (ia < 0 ? 1e9 : ia) - (ib < 0 ? 1e9 : ib) || a.localeCompare(b);
  });
  return ids.map((id) => {
    const check = registry.find((c) => c.id === id);
    return { id, title: check?.title ?? id, description: check?.description ?? '', findings: byCheck.get(id) ?? [] };
  });
}

/** A few words either side of an occurrence, from the text the finding was computed on. */
function occurrenceContext(text: string, o: Occurrence): { before: string; match: string; after: string } {
  const from = Math.max(0, o.start - 28);
  const to = Math.min(text.length, o.end + 28);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, o.start).trimStart(),
    match: text.slice(o.start, o.end) || o.text,
    after: text.slice(o.end, to).trimEnd() + (to < text.length ? '…' : ''),
  };
}

function OccurrenceText({ text, o }: { text: string; o: Occurrence }) {
  const c = occurrenceContext(text, o);
  const body = (
    <>
      {c.before}
      <mark className="occ-context">{c.match}</mark>
      {c.after}
    </>
  );
  return o.side === 'source' ? (
    <bdi lang="ar" dir="rtl" className="arabic-inline occ-line">{body}</bdi>
  ) : (
    <span className="occ-line">{body}</span>
  );
}

/** The set with `item` added, or removed if it was there. */
function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

function ChoiceBlock(p: FindingsPanelProps & { finding: Finding; group: NameGroup | undefined; choice: RenderingChoice }) {
  const { finding, group, choice } = p;
  const forms = formsForFinding(finding, group);
  const suggested = typeof finding.data?.preferred === 'string' ? finding.data.preferred : group?.preferred ?? forms[0]?.text;
  const chosen = p.preferred[finding.key] ?? suggested ?? '';
  const arabic = choice.arabic;
  // Approved: kept in this review for the glossary, or the glossary's approved form is the one chosen here.
  const approved = p.approvedKeys.has(finding.key) || (finding.data?.preferredBy === 'glossary' && chosen === finding.data.preferred);
  const name = `preferred-${finding.key}`;
  // Forms the editor accepts beside the chosen one; every other form goes to the glossary as a wrong one.
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  // The kind the glossary files it under: guessed (a listed place, or what the article's words say), the editor's to change.
  const [kind, setKind] = useState<TermKind>(choice.kind);
  const toggleAccepted = (form: string) => setAccepted((a) => toggled(a, form));
  return (
    <div className="name-group">
      {arabic ? (
        <p className="arabic-source">
          Arabic source: <bdi lang="ar" dir="rtl" className="arabic-inline">{arabic}</bdi>
        </p>
      ) : null}
      <fieldset>
        <legend>{`Use this ${choice.noun} everywhere`}</legend>
        {forms.map((f) => (
          <div key={f.text} className="form-choice">
            <label className="form-pick">
              <input type="radio" name={name} value={f.text} checked={chosen === f.text} onChange={() => p.onChoosePreferred(finding.key, f.text)} />
              <span className="form-text">{f.text}</span>
              {f.count > 0 ? <span className="form-count">{f.count}×</span> : null}
              {f.text === suggested ? <span className="form-hint">{(group && group.preferred === f.text) || (!group && forms.length > 1) ? 'suggested' : ''}</span> : null}
            </label>
            {f.text !== chosen && !approved ? (
              <label className="form-accept" title="When approving: record it as an accepted variant instead of a wrong spelling">
                <input type="checkbox" checked={accepted.has(f.text)} onChange={() => toggleAccepted(f.text)} aria-label={`Accept “${f.text}” as a variant in the glossary`} />
                accept as variant
              </label>
            ) : null}
          </div>
        ))}
      </fieldset>
      <div className="actions">
        <button type="button" className="primary" disabled={p.busy || !chosen} onClick={() => p.onFixAll(finding, group, chosen)}>
          Fix all → “{chosen}”
        </button>
        <button type="button" onClick={() => p.onIgnore(finding.key)}>Ignore</button>
        <span className="approve-group">
          <button type="button" disabled={approved || !chosen || !arabic} onClick={() => p.onApprove(finding, group, chosen, { ...choice, kind }, [...accepted].filter((f) => f !== chosen))}>
            {approved ? 'Approved in glossary' : 'Approve in glossary'}
          </button>
          {approved || !arabic ? null : (
            <label className="approve-kind">
              as{' '}
              <select value={kind} onChange={(e) => isTermKind(e.target.value) && setKind(e.target.value)} aria-label={`Kind of “${arabic}” in the glossary`}>
                <KindOptions />
              </select>
            </label>
          )}
        </span>
      </div>
      {p.busy ? <p className="hint">Checking your latest edit… Fix all is available in a moment.</p> : null}
    </div>
  );
}

function FindingItem(p: FindingsPanelProps & { finding: Finding; open: boolean; onToggle(): void }) {
  const { finding } = p;
  const group = useMemo(() => groupForFinding(finding, p.groups), [finding, p.groups]);
  const choice = useMemo(() => renderingChoice(finding, group), [finding, group]);
  const ref = useRef<HTMLLIElement>(null);
  const active = p.activeKey === finding.key;
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <li ref={ref} className={`finding severity-${finding.severity}${active ? ' active' : ''}`} data-finding={finding.key}>
      <button type="button" className="finding-toggle" aria-expanded={p.open} onClick={p.onToggle}>
        <span className="chevron" aria-hidden="true">{p.open ? '▾' : '▸'}</span>
        <span className="finding-message"><IsolatedArabic text={finding.message} /></span>
        <span className="count" aria-label={`${finding.occurrences.length} places`}>{finding.occurrences.length}</span>
      </button>
      {p.open ? (
        <div className="finding-body">
          {choice ? <ChoiceBlock {...p} group={group} choice={choice} /> : null}
          {!choice && finding.fix && finding.fix.length > 0 ? (
            <div className="actions">
              <button type="button" className="primary" disabled={p.busy} onClick={() => p.onFixAll(finding, undefined, '')}>Apply suggested fix</button>
              <button type="button" onClick={() => p.onIgnore(finding.key)}>Ignore</button>
            </div>
          ) : !choice ? (
            <div className="actions">
              <button type="button" onClick={() => p.onIgnore(finding.key)}>Ignore</button>
            </div>
          ) : null}
          <ol className="occurrences" aria-label="Places">
            {finding.occurrences.map((o, i) => (
              <li key={`${o.segment}-${o.side}-${o.start}-${i}`}>
                <button type="button" className="occurrence" onClick={() => p.onOccurrence(finding, o)}>
                  <span className="where">#{p.segmentNumber.get(o.segment) ?? '?'} {o.side === 'source' ? 'Arabic' : 'English'}</span>
                  <OccurrenceText text={o.side === 'source' ? (p.segments.get(o.segment)?.source ?? '') : p.targetOf(o.segment)} o={o} />
                </button>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </li>
  );
}

export function FindingsPanel(p: FindingsPanelProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [showIgnored, setShowIgnored] = useState(false);
  const visible = useMemo(() => p.findings.filter((f) => !p.ignored.has(f.key)), [p.findings, p.ignored]);
  const ignoredFindings = useMemo(() => p.findings.filter((f) => p.ignored.has(f.key)), [p.findings, p.ignored]);
  const sections = useMemo(() => sectionsOf(visible, p.checks), [visible, p.checks]);

  // The finding reached by F8 or a click opens, so its places and actions are right there.
  useEffect(() => {
    if (p.activeKey) setOpen((prev) => (prev.has(p.activeKey as string) ? prev : new Set(prev).add(p.activeKey as string)));
  }, [p.activeKey]);

  const toggle = (key: string) => setOpen((prev) => toggled(prev, key));

  return (
    <aside className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">
        Findings <span className="total" data-testid="findings-total">{visible.length}</span>
        {p.analysing ? <span className="checking" role="status">checking…</span> : null}
      </h2>
      {visible.length === 0 ? (
        <p className="empty">
          {p.findings.length > 0
            ? 'Every finding is fixed or ignored.'
            : p.analysing
              ? 'Checking the translation…'
              : 'No problems found. Read it through once more, then export.'}
        </p>
      ) : null}
      {sections.map((s) => (
        <section key={s.id} className="check-section" aria-labelledby={`check-${s.id}`} data-check={s.id}>
          <h3 id={`check-${s.id}`}>
            {s.title} <span className="count" data-testid={`count-${s.id}`}>{s.findings.length}</span>
          </h3>
          {s.description ? <p className="description">{s.description}</p> : null}
          <ul className="finding-list">
            {s.findings.map((f) => (
              <FindingItem key={f.key} {...p} finding={f} open={open.has(f.key)} onToggle={() => toggle(f.key)} />
            ))}
          </ul>
        </section>
      ))}
      {ignoredFindings.length > 0 ? (
        <section className="ignored-section">
          <button type="button" className="link" aria-expanded={showIgnored} onClick={() => setShowIgnored(!showIgnored)}>
            Ignored ({ignoredFindings.length})
          </button>
          {showIgnored ? (
            <ul className="ignored-list">
              {ignoredFindings.map((f) => (
                <li key={f.key}>
                  <span><IsolatedArabic text={f.message} /></span>{' '}
                  <button type="button" className="link" onClick={() => p.onUnignore(f.key)}>Restore</button>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </aside>
  );
}
