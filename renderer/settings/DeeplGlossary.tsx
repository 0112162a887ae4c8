/**
 * The approved glossary as DeepL will see it: which terms go to DeepL and which it would refuse (a line break,
 * over 1,024 bytes, one Arabic term approved with two English forms), so an editor can mend them before a
 * translation quietly ignores them; and, with a key, sending the terms to DeepL now rather than at the next
 * translation.
 */
import { useState } from 'react';
import type { TadqiqApi } from '../../src/api/contract.js';
import type { DeeplGlossaryReport } from '../../src/api/deepl.js';

type State = { state: 'idle' } | { state: 'running' } | { state: 'done'; report: DeeplGlossaryReport } | { state: 'failed'; message: string };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** What happened on DeepL's side, in an editor's words. */
function actionText(r: DeeplGlossaryReport): string {
  const entries = plural(r.entryCount, 'approved term', 'approved terms');
  switch (r.action) {
    case 'checked': return `${entries} would go to DeepL.`;
    case 'created': return `Sent to DeepL: a glossary of ${entries}.`;
    case 'replaced': return `DeepL's glossary was replaced with ${entries}.`;
    case 'unchanged': return `DeepL's glossary is up to date (${entries}).`;
    case 'deleted': return 'No approved terms are left, so DeepL\'s glossary was removed.';
    case 'unsupported': return 'This DeepL account offers no glossaries for Arabic → English: translations will not follow the glossary.';
    case 'none': return 'There are no approved terms to send.';
  }
}

export function DeeplGlossary({ api, canUpload }: { api: TadqiqApi; canUpload: boolean }) {
  const [result, setResult] = useState<State>({ state: 'idle' });
  const run = async (upload: boolean) => {
    setResult({ state: 'running' });
    const r = await api['deepl.glossaryCheck']({ upload });
    setResult(r.ok ? { state: 'done', report: r.value } : { state: 'failed', message: r.error.message });
  };
  const busy = result.state === 'running';
  return (
    <div className="deepl-glossary">
      <p>
        <button type="button" onClick={() => void run(false)} disabled={busy}>Check the glossary for DeepL</button>{' '}
        <button type="button" onClick={() => void run(true)} disabled={busy || !canUpload} title={canUpload ? undefined : 'Save a DeepL key first'}>
          Send the glossary to DeepL now
        </button>
      </p>
      <div role="status" aria-live="polite">
        {busy && <p className="hint">Checking…</p>}
        {result.state === 'done' && (
          <>
            <p>{actionText(result.report)}</p>
            {result.report.notice && <p className="hint">{result.report.notice}</p>}
            {result.report.problems.length > 0 && (
              <>
                <p>{plural(result.report.problems.length, 'term DeepL would refuse', 'terms DeepL would refuse')}; mend them in the glossary:</p>
                <ul className="deepl-glossary-problems">
                  {result.report.problems.map((p) => <li key={`${p.termId}:${p.reason}`}>{p.message}</li>)}
                </ul>
              </>
            )}
          </>
        )}
      </div>
      {result.state === 'failed' && <p className="error" role="alert">{result.message}</p>}
    </div>
  );
}
