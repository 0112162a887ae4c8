/**
 * Retranslate one segment with DeepL and show the new English beside the current one; the editor picks.
 * Nothing changes until "Use the new translation" is chosen.
 */
import { useState } from 'react';
import type { TadqiqApi } from '../../src/api/contract.js';

export interface RetranslateSegmentProps {
  api: TadqiqApi;
  /** The segment's Arabic. */
  source: string;
  /** The neighbouring Arabic, sent as context so names stay consistent. */
  context?: string;
  /** The segment's current English. */
  current: string;
  onChoose(text: string): void;
}

type State = { kind: 'idle' } | { kind: 'running' } | { kind: 'ready'; text: string } | { kind: 'failed'; message: string };

export default function RetranslateSegment({ api, source, context, current, onChoose }: RetranslateSegmentProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'running' });
    try {
      const r = await api['deepl.retranslateSegment']({ text: source, useGlossary: true, ...(context ? { context } : {}) });
      setState(r.ok ? { kind: 'ready', text: r.value.text } : { kind: 'failed', message: r.error.message });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : 'The segment could not be retranslated.' });
    }
  };

  if (state.kind === 'ready') {
    return (
      <div className="retranslate" role="group" aria-label="Choose a translation for this segment">
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
          <figure style={{ margin: 0 }}>
            <figcaption className="muted">Current</figcaption>
            <p lang="en">{current}</p>
          </figure>
          <figure style={{ margin: 0 }}>
            <figcaption className="muted">New from DeepL</figcaption>
            <p lang="en">{state.text}</p>
          </figure>
        </div>
        <button type="button" className="primary" onClick={() => onChoose(state.text)}>
          Use the new translation
        </button>{' '}
        <button type="button" onClick={() => setState({ kind: 'idle' })}>
          Keep the current one
        </button>
      </div>
    );
  }
  return (
    <div className="retranslate">
      <button type="button" onClick={() => void run()} disabled={state.kind === 'running'}>
        {state.kind === 'running' ? 'Retranslating…' : 'Retranslate with DeepL'}
      </button>
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
