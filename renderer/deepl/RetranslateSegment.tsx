/**
 * Retranslate one segment with DeepL, shown inside its row: the current English beside DeepL's new
 * one, with the words that would change marked. Nothing changes until the editor chooses the new text;
 * the choice is one undoable step (the caller applies it). Closing the panel while DeepL is still
 * answering discards the answer.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TadqiqApi } from '../../src/api/contract.js';
import { DiffView } from '../review/DiffView.js';

export interface RetranslateSegmentProps {
  api: TadqiqApi;
  /** The segment's number as the editor sees it in the gutter. */
  number: number;
  /** The segment's Arabic. */
  source: string;
  /** The neighbouring Arabic, sent as context so names stay consistent. */
  context?: string;
  /** The segment's current English. */
  current: string;
  onChoose(text: string): void;
  onClose(): void;
}

/** `notes`: what DeepL's answer came with (no glossary for the pair, terms it would refuse), said in the row. */
type State = { kind: 'running' } | { kind: 'ready'; text: string; notes: string[] } | { kind: 'failed'; message: string };

export default function RetranslateSegment({ api, number, source, context, current, onChoose, onClose }: RetranslateSegmentProps) {
  const [state, setState] = useState<State>({ kind: 'running' });
  const attempt = useRef(0);
  const panel = useRef<HTMLDivElement>(null);

  const run = useCallback(async () => {
    const mine = ++attempt.current;
    setState({ kind: 'running' });
    let next: State;
    try {
      const r = await api['deepl.retranslateSegment']({ text: source, useGlossary: true, ...(context ? { context } : {}) });
      next = r.ok
        ? { kind: 'ready', text: r.value.text, notes: [...r.value.notices, ...r.value.glossary.problems.map((p) => p.message)] }
        : { kind: 'failed', message: r.error.message };
    } catch (e) {
      next = { kind: 'failed', message: e instanceof Error && e.message ? e.message : 'The segment could not be retranslated. Nothing was changed.' };
    }
    // A newer attempt, or a closed panel (attempt reset on unmount), makes this answer stale.
    if (mine === attempt.current) setState(next);
  }, [api, source, context]);

  useEffect(() => {
    void run();
    return () => {
      attempt.current = -1;
    };
  }, [run]);

  useEffect(() => {
    // Keyboard users land on the decision as soon as there is one to make.
    const target = state.kind === 'ready' ? '[data-choose-new]' : state.kind === 'failed' ? '[data-retry]' : null;
    if (target) panel.current?.querySelector<HTMLElement>(target)?.focus();
  }, [state.kind]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };

  const unchanged = state.kind === 'ready' && state.text === current;
  return (
    <div className="retranslate" role="group" aria-label={`Retranslate segment ${number} with DeepL`} ref={panel} onKeyDown={onKeyDown}>
      {state.kind === 'running' ? (
        <p className="muted" role="status">
          Asking DeepL for a new translation of segment {number}, with the approved glossary…{' '}
          <button type="button" className="link" onClick={onClose}>Cancel</button>
        </p>
      ) : state.kind === 'failed' ? (
        <>
          <p className="error" role="alert">{state.message}</p>
          <div className="retranslate-actions">
            <button type="button" data-retry="" onClick={() => void run()}>Try again</button>
            <button type="button" onClick={onClose}>Close</button>
          </div>
        </>
      ) : (
        <>
          <div className="retranslate-compare">
            <figure>
              <figcaption>Current English</figcaption>
              <p lang="en" dir="ltr" data-testid="retranslate-current">{current}</p>
            </figure>
            <figure>
              <figcaption>New from DeepL</figcaption>
              <p lang="en" dir="ltr" data-testid="retranslate-new">{state.text}</p>
            </figure>
          </div>
          {state.notes.length > 0 ? (
            <ul className="notices">
              {state.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          ) : null}
          {unchanged ? (
            <p className="muted">DeepL's translation is the same as the current English.</p>
          ) : (
            <p className="retranslate-changes" lang="en" dir="ltr">
              <span className="diff-label">What would change:</span> <DiffView before={current} after={state.text} />
            </p>
          )}
          <div className="retranslate-actions">
            <button type="button" className="primary" data-choose-new="" disabled={unchanged} onClick={() => onChoose(state.text)}>
              Use the new translation
            </button>
            <button type="button" onClick={onClose}>Keep the current one</button>
          </div>
        </>
      )}
    </div>
  );
}
