/**
 * "Translate with DeepL": sends the Arabic source through deepl.translate, shows a progress bar polled from
 * deepl.progress with a Cancel button, and hands the English to `onTranslated`. Errors, glossary problems
 * and notices are shown in plain words; cancelling or failing leaves the editor's work untouched.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { TadqiqApi } from '../../src/api/contract.js';
import type { DeeplGlossaryProblem, DeeplTranslation, EnglishVariant } from '../../src/api/deepl.js';

export interface TranslatePanelProps {
  api: TadqiqApi;
  sourceText: string;
  onTranslated(text: string, details: DeeplTranslation): void;
  /** Defaults to the variant in settings. */
  englishVariant?: EnglishVariant;
  useGlossary?: boolean;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; jobId: string; done: number; total: number; cancelling: boolean }
  | { kind: 'done'; notices: string[]; problems: DeeplGlossaryProblem[]; glossaryUsed: boolean; paragraphs: number }
  | { kind: 'failed'; message: string; code: string }
  | { kind: 'cancelled' };

function newJobId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `job-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export default function TranslatePanel({ api, sourceText, onTranslated, englishVariant, useGlossary = true }: TranslatePanelProps) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const progressId = useId();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const running = phase.kind === 'running' ? phase : null;
  const jobId = running?.jobId;
  useEffect(() => {
    if (!jobId) return;
    const timer = setInterval(() => {
      void api['deepl.progress']({ jobId }).then((p) => {
        if (!mounted.current || p.state !== 'running') return;
        setPhase((cur) => (cur.kind === 'running' && cur.jobId === jobId ? { ...cur, done: p.done, total: p.total } : cur));
      });
    }, 300);
    return () => clearInterval(timer);
  }, [api, jobId]);

  const start = async () => {
    const id = newJobId();
    setPhase({ kind: 'running', jobId: id, done: 0, total: 0, cancelling: false });
    let result;
    try {
      result = await api['deepl.translate']({ jobId: id, source: sourceText, useGlossary, ...(englishVariant ? { englishVariant } : {}) });
    } catch (e) {
      if (mounted.current) setPhase({ kind: 'failed', code: 'transport', message: e instanceof Error ? e.message : 'The translation could not be started.' });
      return;
    }
    if (!mounted.current) return;
    if (!result.ok) {
      setPhase(result.error.code === 'deepl-cancelled' ? { kind: 'cancelled' } : { kind: 'failed', code: result.error.code, message: result.error.message });
      return;
    }
    const v = result.value;
    setPhase({ kind: 'done', notices: v.notices, problems: v.glossary.problems, glossaryUsed: v.glossary.used, paragraphs: v.paragraphs });
    onTranslated(v.text, v);
  };

  const cancel = async () => {
    if (!running) return;
    setPhase({ ...running, cancelling: true });
    await api['deepl.cancel']({ jobId: running.jobId });
  };

  const empty = !sourceText.trim();
  return (
    <section className="translate-panel" aria-label="Machine translation with DeepL">
      {!running && (
        <button type="button" className="primary" onClick={() => void start()} disabled={empty}>
          Translate with DeepL
        </button>
      )}
      {empty && phase.kind === 'idle' && <p className="hint">Add the Arabic text first.</p>}
      {running && (
        <div>
          <label htmlFor={progressId}>
            {running.total > 0 ? `Translating… ${running.done} of ${running.total} paragraphs` : 'Preparing the translation…'}
          </label>
          <progress id={progressId} max={Math.max(running.total, 1)} value={running.total > 0 ? running.done : undefined} style={{ display: 'block', width: '100%' }} />
          <button type="button" onClick={() => void cancel()} disabled={running.cancelling}>
            {/* Not "Cancel": the dialog has its own Cancel, which closes it. */}
            {running.cancelling ? 'Stopping…' : 'Stop translating'}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {phase.kind === 'done' && (
          <p>
            Translated {phase.paragraphs} paragraphs{phase.glossaryUsed ? ', following the approved glossary' : ''}.
          </p>
        )}
        {phase.kind === 'cancelled' && <p>Translation cancelled. Nothing was changed.</p>}
      </div>
      {phase.kind === 'failed' && (
        <p className="error" role="alert">
          {phase.message}
        </p>
      )}
      {phase.kind === 'done' && phase.notices.length > 0 && (
        <ul className="notices">
          {phase.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {phase.kind === 'done' && phase.problems.length > 0 && (
        <details>
          <summary>Glossary terms not sent to DeepL ({phase.problems.length})</summary>
          <ul>
            {phase.problems.map((p) => (
              <li key={`${p.termId}-${p.reason}`}>{p.message}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
