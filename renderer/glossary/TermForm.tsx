/** Adding or editing one term. Arabic fields are right-to-left; lists accept ";" or "," between forms. */
import { useId, useState, type FormEvent } from 'react';
import type { Term, TermKind, TermStatus } from '../../src/model.js';
import type { TermInputRequest } from '../../src/api/glossary.js';
import { splitForms } from './filter.js';
import { KindOptions } from './kinds.js';

const STATUSES: TermStatus[] = ['proposed', 'approved', 'rejected'];

export interface TermFormProps {
  term?: Term;
  busy: boolean;
  onSave(input: TermInputRequest): void;
  onCancel(): void;
}

export function TermForm({ term, busy, onSave, onCancel }: TermFormProps) {
  const id = useId();
  const [source, setSource] = useState(term?.source ?? '');
  const [target, setTarget] = useState(term?.target ?? '');
  const [variants, setVariants] = useState(term?.variants.join('; ') ?? '');
  const [forbidden, setForbidden] = useState(term?.forbidden.join('; ') ?? '');
  const [kind, setKind] = useState<TermKind>(term?.kind ?? 'person');
  const [status, setStatus] = useState<TermStatus>(term?.status ?? 'proposed');
  const [note, setNote] = useState(term?.note ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!source.trim() || !target.trim()) {
      setProblem(!source.trim() ? 'Type the Arabic term.' : 'Type the English rendering.');
      return;
    }
    const v = splitForms(variants);
    const f = splitForms(forbidden);
    const clash = f.find((x) => [target, ...v].some((y) => y.trim().toLowerCase() === x.toLowerCase()));
    if (clash) {
      setProblem(`"${clash}" cannot be both accepted and forbidden.`);
      return;
    }
    setProblem(null);
    onSave({ ...(term ? { id: term.id } : {}), source, target, variants: v, forbidden: f, kind, status, note });
  };

  return (
    <form className="glossary-form" onSubmit={submit} aria-label={term ? `Edit ${term.source}` : 'Add a term'}>
      <div className="glossary-form-grid">
        <label htmlFor={`${id}-source`}>Arabic</label>
        <input id={`${id}-source`} dir="rtl" lang="ar" value={source} onChange={(e) => setSource(e.target.value)} required autoFocus={!term} />
        <label htmlFor={`${id}-target`}>English (approved form)</label>
        <input id={`${id}-target`} dir="ltr" lang="en" value={target} onChange={(e) => setTarget(e.target.value)} required autoFocus={!!term} />
        <label htmlFor={`${id}-variants`}>Accepted variants</label>
        <input id={`${id}-variants`} dir="ltr" value={variants} onChange={(e) => setVariants(e.target.value)} aria-describedby={`${id}-lists`} />
        <label htmlFor={`${id}-forbidden`}>Forbidden renderings</label>
        <input id={`${id}-forbidden`} dir="ltr" value={forbidden} onChange={(e) => setForbidden(e.target.value)} aria-describedby={`${id}-lists`} />
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as TermKind)}>
          <KindOptions />
        </select>
        <label htmlFor={`${id}-status`}>Status</label>
        <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as TermStatus)}>
          {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <p id={`${id}-lists`} className="glossary-hint">Separate several forms with “;” or “,”.</p>
      {term && term.history.length > 0 ? (
        <details className="glossary-history">
          <summary>History ({term.history.length})</summary>
          <ol>
            {term.history.map((e, i) => (
              <li key={i}>
                <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time> · {e.by} · {e.action}
                {e.detail ? <> · <bdi>{e.detail}</bdi></> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {problem ? <p role="alert" className="glossary-error">{problem}</p> : null}
      <div className="glossary-form-actions">
        <button type="submit" disabled={busy}>{term ? 'Save changes' : 'Add term'}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
