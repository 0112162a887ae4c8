/**
 * Names the desk has settled, offered for the glossary: Arabic names that earlier reviews wrote one way in several
 * articles and that no term covers yet (src/names/glossary-candidates.ts). Approving one makes it a term every
 * article is checked against and DeepL is given; the memory alone only speaks where an article differs.
 */
import { useEffect, useRef, useState } from 'react';
import type { TadqiqApi } from '../../src/api/contract.js';
import type { GlossaryState } from '../../src/api/glossary.js';
import type { HouseStyle, Term, TermKind } from '../../src/model.js';
import { candidateNote, MIN_ARTICLES, type GlossaryCandidate } from '../../src/names/glossary-candidates.js';
import { useSettledNames } from '../engine/useSettledNames.js';
import type { SettledMemory } from '../engine/settledNamesClient.js';
import { isTermKind, KindOptions } from './kinds.js';

export interface DeskNamesProps {
  api: TadqiqApi;
  terms: readonly Term[];
  /** The names of every saved review, as the app holds them (useNameMemory); null before they are read. */
  memory: SettledMemory | null;
  houseStyle: HouseStyle;
  busy: boolean;
  /** Runs one glossary change the way the panel runs every change (its notice, errors and re-check). */
  act(work: () => Promise<GlossaryState>, done: string): Promise<boolean>;
  /** Unfold the list when it first has names (the editor came for them). */
  startOpen?: boolean;
}

export function DeskNames({ api, terms, memory, houseStyle, busy, act, startOpen = false }: DeskNamesProps) {
  const [kinds, setKinds] = useState<Record<string, TermKind>>({});
  // The editor may write a name otherwise before approving it (Al-Kadhimi for al-Kadhimi): by Arabic, as typed.
  const [spellings, setSpellings] = useState<Record<string, string>>({});
  const [skippedNote, setSkippedNote] = useState('');

  // Worked out in a worker: pooling a desk's whole memory the first time takes a moment the panel should not freeze for.
  const { candidates, error } = useSettledNames(memory, terms, houseStyle);
  // Unfolded once, by the DOM: React leaves a details element's open state to the editor afterwards.
  const details = useRef<HTMLDetailsElement>(null);
  const unfolded = useRef(false);
  useEffect(() => {
    if (!startOpen || unfolded.current || !details.current) return;
    details.current.open = true;
    unfolded.current = true;
  }, [startOpen, candidates]);
  if (candidates.length === 0) return skippedNote || error ? <p className="hint" role="status">{skippedNote || error}</p> : null;

  const kindOf = (c: GlossaryCandidate) => kinds[c.arabic] ?? c.kind;
  const englishOf = (c: GlossaryCandidate) => (spellings[c.arabic] ?? c.english).trim();
  const input = (c: GlossaryCandidate) => ({
    source: c.arabic,
    target: englishOf(c),
    kind: kindOf(c),
    status: 'approved' as const,
    note: candidateNote(c),
  });
  const blank = candidates.some((c) => englishOf(c) === '');
  const approve = (c: GlossaryCandidate) => act(async () => (await api['glossary.upsert']({ term: input(c) })).state, `Approved “${c.arabic}” → “${englishOf(c)}”.`);
  // One save for all of them: on a shared folder, one write instead of one per name.
  const approveAll = async () => {
    let skipped: string[] = [];
    let added = 0;
    const ok = await act(async () => {
      const r = await api['glossary.addMany']({ terms: candidates.map(input) });
      ({ skipped, added } = r);
      return r.state;
    }, `Approved ${candidates.length} names from earlier reviews.`);
    // Another editor settled some meanwhile: theirs are kept, and the panel says which.
    if (ok && skipped.length > 0) setSkippedNote(`Approved ${added}; ${skipped.length} the glossary already had (another editor added them meanwhile) were left as they are: ${skipped.join('، ')}.`);
  };

  return (
    <details className="glossary-desk-names" ref={details}>
      <summary>
        {candidates.length === 1 ? '1 name' : `${candidates.length} names`} your desk writes one way, not in the glossary yet
      </summary>
      <p className="hint">
        Each was written the same way in at least {MIN_ARTICLES} reviews saved before, and never another way; change the English before approving
        if the desk writes it otherwise. Approved, it is checked in every article and sent to DeepL with the glossary.
      </p>
      <table className="glossary-table" aria-label="Names your desk writes one way">
        <thead>
          <tr>
            <th scope="col">Arabic</th>
            <th scope="col">English</th>
            <th scope="col">Kind</th>
            <th scope="col">Written so in</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.arabic}>
              <td dir="rtl" lang="ar" className="glossary-ar">{c.arabic}</td>
              <td dir="ltr" lang="en">
                <input
                  type="text"
                  className="glossary-desk-english"
                  aria-label={`English for ${c.arabic}`}
                  value={spellings[c.arabic] ?? c.english}
                  spellCheck={false}
                  onChange={(e) => setSpellings({ ...spellings, [c.arabic]: e.target.value })}
                />
              </td>
              <td>
                <select aria-label={`Kind of ${c.english}`} value={kindOf(c)} onChange={(e) => isTermKind(e.target.value) && setKinds({ ...kinds, [c.arabic]: e.target.value })}>
                  <KindOptions />
                </select>
              </td>
              <td title={c.articles.join('\n')}>{c.articles.length} reviews</td>
              <td className="glossary-actions">
                <button type="button" disabled={busy || englishOf(c) === ''} title={englishOf(c) === '' ? 'Write the English first' : undefined} onClick={() => void approve(c)} aria-label={`Approve ${c.english} in the glossary`}>
                  Approve
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {skippedNote ? <p className="hint" role="status">{skippedNote}</p> : null}
      {candidates.length > 1 ? (
        <button type="button" disabled={busy || blank} title={blank ? 'Each name needs its English first' : undefined} onClick={() => void approveAll()}>
          Approve all {candidates.length}
        </button>
      ) : null}
    </details>
  );
}
