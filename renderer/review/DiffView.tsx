/** Word-level difference between the machine translation and the editor's English (jsdiff). */
import { diffWords } from 'diff';
import { useMemo } from 'react';
import { VisibleControls } from './RichText.js';

export function DiffView({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => diffWords(before, after), [before, after]);
  return (
    <>
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="diff-ins">
            <VisibleControls text={p.value} />
          </ins>
        ) : p.removed ? (
          <del key={i} className="diff-del">
            <VisibleControls text={p.value} />
          </del>
        ) : (
          <span key={i}>
            <VisibleControls text={p.value} />
          </span>
        ),
      )}
    </>
  );
}
