/**
 * The glossary panel: every term of the shared glossary, searchable in both languages, filtered by status
 * and kind, sortable; add, edit, approve, reject and delete (with confirmation); import CSV/TSV/TBX with a
 * preview before anything changes; export. Conflicts with another editor's save are shown on top, each with
 * both versions and a choice. Names the desk's earlier reviews settled are offered for approval (DeskNames).
 * Self-contained: give it the API; the app shell decides where it sits.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { TadqiqApi } from '../../src/api/contract.js';
import type { GlossaryConflict, GlossaryImportPreview, GlossaryState, TermInputRequest } from '../../src/api/glossary.js';
import type { HouseStyle, Term, TermKind, TermStatus } from '../../src/model.js';
import type { SettledMemory } from '../engine/settledNamesClient.js';
import { DeskNames } from './DeskNames.js';
import { KindOptions, kindLabel } from './kinds.js';
import { TermForm } from './TermForm.js';
import { bytesToBase64, visibleTerms, type SortKey, type TableQuery } from './filter.js';
import './glossary.css';

export interface GlossaryPanelProps {
  api: TadqiqApi;
  /** Term id → how often the term occurs in the open review. */
  occurrenceCounts?: Record<string, number>;
  /** Called after every change that was saved, so the app can re-run the checks. */
  onChanged?(): void;
  /** Opened to approve the names the desk settled (from the start screen's hint): their list starts unfolded. */
  showDeskNames?: boolean;
  /** The names of saved reviews, whose settled names the panel offers (DeskNames); none offered without them. */
  nameMemory?: SettledMemory | null;
  houseStyle?: HouseStyle;
}

type Editing = { mode: 'add' } | { mode: 'edit'; term: Term } | null;

const AS_IS: HouseStyle = { article: 'as-is' };
type PendingImport = { fileName: string; bytesBase64: string; preview: GlossaryImportPreview };

const SORTS: { key: SortKey; label: string }[] = [
  { key: 'source', label: 'Arabic' },
  { key: 'target', label: 'English' },
  { key: 'status', label: 'Status' },
  { key: 'kind', label: 'Kind' },
  { key: 'count', label: 'Occurrences in this review' },
  { key: 'changed', label: 'Recently changed' },
];

function messageOf(e: unknown): string {
  return e instanceof Error && e.message ? e.message : 'Something went wrong; the glossary was not changed.';
}

function download(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Forms({ term }: { term: Term | undefined }) {
  if (!term) return <em>deleted</em>;
  return (
    <span>
      <bdi>{term.target}</bdi>
      {term.variants.length ? <> · variants: <bdi>{term.variants.join('; ')}</bdi></> : null}
      {term.forbidden.length ? <> · forbidden: <bdi>{term.forbidden.join('; ')}</bdi></> : null} ({term.status})
    </span>
  );
}

export default function GlossaryPanel({ api, occurrenceCounts, onChanged, showDeskNames, nameMemory = null, houseStyle = AS_IS }: GlossaryPanelProps) {
  const ids = { search: useId(), status: useId(), kind: useId(), sort: useId(), format: useId(), file: useId() };
  const [state, setState] = useState<GlossaryState | null>(null);
  const [query, setQuery] = useState<TableQuery>({ search: '', status: 'all', kind: 'all', sort: 'source' });
  const [editing, setEditing] = useState<Editing>(null);
  const [confirmDelete, setConfirmDelete] = useState<Term | null>(null);
  const [pendingImport, setPendingImport] = useState<PendingImport | null>(null);
  const [exportFormat, setExportFormat] = useState<'csv' | 'tsv' | 'tbx'>('csv');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelDeleteRef = useRef<HTMLButtonElement>(null);

  const load = useCallback(async () => {
    try {
      const s = await api['glossary.list']({});
      setState(s);
      if (s.mergedExternalChanges) setNotice('Another editor saved the glossary; their changes are shown.');
    } catch (e) {
      setError(messageOf(e));
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (confirmDelete) cancelDeleteRef.current?.focus();
  }, [confirmDelete]);

  /** Run one change; show its result and tell the app to re-check. */
  const act = async (work: () => Promise<GlossaryState>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      const s = await work();
      setState(s);
      setNotice(s.mergedExternalChanges ? `${done} Another editor had saved meanwhile; their changes were merged in.` : done);
      onChanged?.();
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const save = async (input: TermInputRequest) => {
    const ok = await act(async () => (await api['glossary.upsert']({ term: input })).state, input.id ? `Saved “${input.target}”.` : `Added “${input.source}” → “${input.target}”.`);
    if (ok) setEditing(null);
  };
  const setStatus = (t: Term, status: TermStatus) =>
    act(() => api['glossary.setStatus']({ id: t.id, status }), `${status === 'approved' ? 'Approved' : status === 'rejected' ? 'Rejected' : 'Reopened'} “${t.target}”.`);
  const remove = async (t: Term) => {
    const ok = await act(() => api['glossary.delete']({ id: t.id }), `Deleted “${t.source}”.`);
    if (ok) setConfirmDelete(null);
  };
  const resolve = (c: GlossaryConflict, choice: 'mine' | 'theirs') =>
    act(() => api['glossary.resolveConflict']({ id: c.id, choice }), choice === 'mine' ? 'Kept your version.' : 'Kept the other editor\'s version.');

  const chooseFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const bytesBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const preview = await api['glossary.import']({ fileName: file.name, bytesBase64, decision: 'preview' });
      setPendingImport({ fileName: file.name, bytesBase64, preview });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const applyImport = async (decision: 'keep' | 'overwrite') => {
    if (!pendingImport) return;
    const { fileName, bytesBase64, preview } = pendingImport;
    const replaced = decision === 'overwrite' ? `, replaced ${preview.conflicts.length}` : '';
    const ok = await act(async () => (await api['glossary.import']({ fileName, bytesBase64, decision })).state, `Imported ${fileName}: added ${preview.added.length}${replaced}.`);
    if (ok) setPendingImport(null);
  };
  const exportNow = async () => {
    setError(null);
    try {
      const file = await api['glossary.export']({ format: exportFormat });
      download(file.fileName, file.mimeType, file.content);
      setNotice(`Exported ${file.fileName}.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const counts = useMemo(() => occurrenceCounts ?? {}, [occurrenceCounts]);
  const rows = useMemo(() => visibleTerms(state?.terms ?? [], query, counts), [state, query, counts]);
  const total = state?.terms.length ?? 0;

  return (
    <section className="glossary-panel" aria-label="Glossary">
      {state ? <p className="glossary-path">File: <bdi>{state.path}</bdi></p> : null}
      <p className="visually-hidden" role="status" aria-live="polite">{notice}</p>
      {notice ? <p className="glossary-notice" aria-hidden="true">{notice}</p> : null}
      {error ? <p className="glossary-error" role="alert">{error}</p> : null}

      {state?.conflicts.length ? (
        <section className="glossary-conflicts" aria-label="Conflicts with another editor">
          <h3>Another editor changed these terms at the same time</h3>
          <ul>
            {state.conflicts.map((c) => {
              const term = c.mine ?? c.theirs ?? c.base;
              return (
                <li key={c.id}>
                  <span lang="ar" dir="rtl"><bdi>{term?.source}</bdi></span>: yours <Forms term={c.mine} />; theirs <Forms term={c.theirs} />.{' '}
                  <button type="button" disabled={busy} onClick={() => void resolve(c, 'mine')}>Keep mine</button>{' '}
                  <button type="button" disabled={busy} onClick={() => void resolve(c, 'theirs')}>Keep theirs</button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {state ? <DeskNames api={api} terms={state.terms} memory={nameMemory} houseStyle={houseStyle} busy={busy} act={act} startOpen={showDeskNames} /> : null}

      <div className="glossary-toolbar" role="toolbar" aria-label="Glossary tools">
        <label htmlFor={ids.search}>Search</label>
        <input id={ids.search} type="search" placeholder="Arabic or English" value={query.search} onChange={(e) => setQuery({ ...query, search: e.target.value })} />
        <label htmlFor={ids.status}>Status</label>
        <select id={ids.status} value={query.status} onChange={(e) => setQuery({ ...query, status: e.target.value as TableQuery['status'] })}>
          <option value="all">All</option>
          <option value="proposed">Proposed</option>
          <option value="approved">Approved</option>
          <option value="rejected">Rejected</option>
        </select>
        <label htmlFor={ids.kind}>Kind</label>
        <select id={ids.kind} value={query.kind} onChange={(e) => setQuery({ ...query, kind: e.target.value as TermKind | 'all' })}>
          <option value="all">All</option>
          <KindOptions />
        </select>
        <label htmlFor={ids.sort}>Sort by</label>
        <select id={ids.sort} value={query.sort} onChange={(e) => setQuery({ ...query, sort: e.target.value as SortKey })}>
          {SORTS.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
        </select>
        <button type="button" onClick={() => setEditing({ mode: 'add' })} disabled={busy}>Add term</button>
        <input ref={fileInput} id={ids.file} className="visually-hidden" type="file" accept=".csv,.tsv,.tab,.txt,.tbx,.xml,.json" onChange={(e) => void chooseFile(e)} tabIndex={-1} aria-hidden="true" />
        <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>Import…</button>
        <label htmlFor={ids.format}>Export as</label>
        <select id={ids.format} value={exportFormat} onChange={(e) => setExportFormat(e.target.value as 'csv' | 'tsv' | 'tbx')}>
          <option value="csv">CSV</option>
          <option value="tsv">TSV</option>
          <option value="tbx">TBX</option>
        </select>
        <button type="button" onClick={() => void exportNow()}>Export</button>
      </div>

      {pendingImport ? (
        <section className="glossary-import" role="region" aria-label={`Import ${pendingImport.fileName}`}>
          <h3>Import <bdi>{pendingImport.fileName}</bdi> ({pendingImport.preview.format.toUpperCase()})</h3>
          <p>
            {pendingImport.preview.added.length} new, {pendingImport.preview.unchanged} already in the glossary,{' '}
            {pendingImport.preview.conflicts.length} rendered differently.
          </p>
          {pendingImport.preview.conflicts.length ? (
            <ul aria-label="Rendered differently">
              {pendingImport.preview.conflicts.map((c) => (
                <li key={c.source}>
                  <span lang="ar" dir="rtl"><bdi>{c.source}</bdi></span>: glossary “<bdi>{c.existing}</bdi>”, file “<bdi>{c.incoming}</bdi>”
                </li>
              ))}
            </ul>
          ) : null}
          {pendingImport.preview.problems.length ? (
            <ul aria-label="Problems in the file">
              {pendingImport.preview.problems.map((p, i) => <li key={i}>{p.line ? `Line ${p.line}: ` : ''}{p.message}</li>)}
            </ul>
          ) : null}
          <div className="glossary-form-actions">
            <button type="button" disabled={busy} onClick={() => void applyImport('keep')}>
              {pendingImport.preview.conflicts.length ? 'Add new terms, keep the glossary’s' : 'Import'}
            </button>
            {pendingImport.preview.conflicts.length ? (
              <button type="button" disabled={busy} onClick={() => void applyImport('overwrite')}>Add and replace the differing terms</button>
            ) : null}
            <button type="button" onClick={() => setPendingImport(null)}>Cancel</button>
          </div>
        </section>
      ) : null}

      {editing ? (
        <TermForm key={editing.mode === 'edit' ? editing.term.id : 'new'} term={editing.mode === 'edit' ? editing.term : undefined} busy={busy} onSave={(i) => void save(i)} onCancel={() => setEditing(null)} />
      ) : null}

      {confirmDelete ? (
        <div className="glossary-confirm" role="alertdialog" aria-modal="false" aria-label="Confirm deletion">
          <p>
            Delete <span lang="ar" dir="rtl"><bdi>{confirmDelete.source}</bdi></span> → <bdi>{confirmDelete.target}</bdi> for everyone who shares this glossary?
          </p>
          <button type="button" className="danger" disabled={busy} onClick={() => void remove(confirmDelete)}>Delete</button>{' '}
          <button type="button" ref={cancelDeleteRef} onClick={() => setConfirmDelete(null)}>Cancel</button>
        </div>
      ) : null}

      <p className="glossary-count">{state ? `${rows.length} of ${total} terms shown.` : 'Loading the glossary…'}</p>
      <div className="glossary-table-wrap">
        <table className="glossary-table">
          <thead>
            <tr>
              <th scope="col">Arabic</th>
              <th scope="col">English</th>
              <th scope="col">Variants</th>
              <th scope="col">Forbidden</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col">In this review</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.id} className={`status-${t.status}`}>
                <td dir="rtl" lang="ar" className="glossary-ar">{t.source}</td>
                <td dir="ltr" lang="en">
                  {t.target}
                  {t.note ? <div className="glossary-note">{t.note}</div> : null}
                </td>
                <td dir="ltr">{t.variants.join('; ')}</td>
                <td dir="ltr" className="glossary-forbidden">{t.forbidden.join('; ')}</td>
                <td>{kindLabel(t.kind)}</td>
                <td><span className={`glossary-status ${t.status}`}>{t.status}</span></td>
                <td className="glossary-num">{counts[t.id] ?? 0}</td>
                <td className="glossary-actions">
                  <button type="button" onClick={() => setEditing({ mode: 'edit', term: t })} aria-label={`Edit ${t.target}`}>Edit</button>
                  {t.status !== 'approved' ? (
                    <button type="button" disabled={busy} onClick={() => void setStatus(t, 'approved')} aria-label={`Approve ${t.target}`}>Approve</button>
                  ) : null}
                  {t.status !== 'rejected' ? (
                    <button type="button" disabled={busy} onClick={() => void setStatus(t, 'rejected')} aria-label={`Reject ${t.target}`}>Reject</button>
                  ) : null}
                  <button type="button" onClick={() => setConfirmDelete(t)} aria-label={`Delete ${t.target}`}>Delete</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {state && rows.length === 0 ? <p className="glossary-empty">{total === 0 ? 'The glossary is empty. Add a term or import a file.' : 'No term matches.'}</p> : null}
      </div>
    </section>
  );
}
