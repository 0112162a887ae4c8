/**
 * Settings → "Names from earlier reviews": how many saved reviews the names memory holds, where it is kept (this
 * computer, or beside the desk's shared glossary), and forgetting them: all at once, or one review whose names
 * should not guide later articles (saved before its names were fixed, or not the desk's style).
 */
import { useCallback, useEffect, useState } from 'react';
import type { TadqiqApi } from '../../src/api/contract.js';
import type { NameMemoryState } from '../../src/api/names.js';
import { callIfAvailable, messageOf } from '../app/api.js';

/** Reviews listed by name; a desk's memory may hold 2,000. */
const SHOWN = 50;

type Forget = { all: true } | { id: string; title: string };

export function NameMemorySettings({ api }: { api: TadqiqApi }) {
  const [memory, setMemory] = useState<NameMemoryState | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const load = useCallback(async () => {
    try {
      const m = await callIfAvailable<NameMemoryState>(api, 'names.memory');
      if (!m) return;
      setMemory(m);
      if (m.notices.length > 0) setMessage({ error: true, text: m.notices.join(' ') });
    } catch (e) {
      setMessage({ error: true, text: messageOf(e) });
    }
  }, [api]);
  useEffect(() => {
    void load();
  }, [load]);

  if (!memory) return null;
  const count = memory.articles.length;
  const everyone = memory.shared ? ', for every editor who uses this glossary' : '';

  const forget = async (which: Forget) => {
    const what = 'all' in which ? (count === 1 ? 'the earlier review' : `all ${count} earlier reviews`) : `“${which.title || 'Untitled review'}”`;
    if (!window.confirm(`Forget how ${what} spelled names${everyone}? Reviews themselves are not touched.`)) return;
    try {
      await callIfAvailable(api, 'names.forget', 'all' in which ? { all: true } : { id: which.id });
      setMessage({ error: false, text: 'all' in which ? 'Names from earlier reviews were forgotten.' : `The names of ${what} were forgotten.` });
      await load();
    } catch (e) {
      setMessage({ error: true, text: messageOf(e) });
    }
  };

  return (
    <section aria-labelledby="settings-names">
      <h3 id="settings-names">Names from earlier reviews</h3>
      <p className="hint">
        When a review is saved, Tadqiq remembers how the segments you marked reviewed spell their names (a name without ال, such as محمد or جون, within a full name, since many people share it); when it is exported, how the whole article does. It suggests those spellings in later articles until the glossary settles them. A machine translation nobody has reviewed teaches it nothing.
        {memory.shared ? (
          <>
            {' '}
            They are kept beside the shared glossary, in <code>{memory.file}</code>, for every editor who uses it.
          </>
        ) : (
          ' They are kept on this computer; with a shared glossary they are kept beside it, for the whole desk.'
        )}
      </p>
      <p role="status">
        {count === 0 ? 'No reviews remembered yet.' : `Names of ${count} saved ${count === 1 ? 'review' : 'reviews'} are remembered.`}{' '}
        <button type="button" onClick={() => void forget({ all: true })} disabled={count === 0}>
          Forget them
        </button>
      </p>
      {count > 0 && (
        <details>
          <summary>Show the reviews</summary>
          <ul className="remembered-reviews">
            {memory.articles.slice(0, SHOWN).map((a) => (
              <li key={a.id}>
                <bdi>{a.title || 'Untitled review'}</bdi>
                {a.recordedAt ? ` · ${new Date(a.recordedAt).toLocaleDateString()}` : ''} · {a.names.length} {a.names.length === 1 ? 'name' : 'names'}{' '}
                <button type="button" aria-label={`Forget the names of “${a.title || 'Untitled review'}”`} onClick={() => void forget({ id: a.id, title: a.title })}>
                  Forget
                </button>
              </li>
            ))}
          </ul>
          {count > SHOWN && <p className="hint">and {count - SHOWN} older reviews</p>}
        </details>
      )}
      {message && (
        <p className={message.error ? 'error' : 'hint'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
