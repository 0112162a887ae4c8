/**
 * The names of reviews saved before (src/names/name-memory.ts): loaded from main, handed to the engine worker
 * without the open review's own record (a review is not its own earlier article), and added to after each save,
 * so the next article is checked against this one. Kept beside a shared glossary, the memory is the desk's: it is
 * read again when the window comes back to the front and every GLOSSARY_RECHECK_MS while it is visible, as the
 * glossary is (an unchanged file, same revision, changes nothing).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TadqiqApi } from '../../src/api/contract.js';
import type { NameMemoryState } from '../../src/api/names.js';
import type { ArticleNameRecord } from '../../src/names/name-memory.js';
import type { EngineClient } from '../engine/client.js';
import { callIfAvailable, hasChannel } from './api.js';
import { useWhenInFront } from './useWhenInFront.js';

export interface NameMemory {
  /** What the worker reads now: every remembered review but the open one. Changes only when that list does. */
  earlier: readonly ArticleNameRecord[];
  /** Before a new review is created: it has an id no record has, so every record counts. */
  prepareForNew(): void;
  /** Remember how a just-saved review spells its names. Throws when main could not store them (a full disk). */
  remember(review: { id: string; title: string }, names: ArticleNameRecord['names']): Promise<void>;
  /** Read the memory again (after the editor forgot reviews in Settings, or when another editor may have saved). */
  reload(): Promise<void>;
  /** Every remembered review, the open one included: what the desk's settled names are worked out from. */
  all: readonly ArticleNameRecord[];
  /**
   * Changes whenever `all` does (a read of the file or a save here): the settled-names worker keeps one memory per
   * version. As read, it is the file's revision, which the glossary panel's offer uses too, so they share one pooling.
   */
  version: string;
}

export function useNameMemory(api: TadqiqApi | null, engine: EngineClient, reviewId: string | null, onNotice: (message: string) => void): NameMemory {
  const [articles, setArticles] = useState<ArticleNameRecord[]>([]);
  const revision = useRef<string | null>(null);
  // The file's revision, and how many saves here changed the list since it was read.
  const [version, setVersion] = useState({ file: '', saves: 0 });
  const reload = useCallback(async () => {
    const state = await callIfAvailable<NameMemoryState>(api, 'names.memory').catch(() => undefined);
    if (!state) return;
    if (state.notices.length > 0) onNotice(state.notices.join(' '));
    if (state.revision === revision.current) return;
    revision.current = state.revision;
    setArticles(state.articles);
    setVersion({ file: state.revision, saves: 0 });
  }, [api, onNotice]);
  useEffect(() => {
    void reload();
  }, [reload]);

  useWhenInFront(hasChannel(api, 'names.memory'), reload);

  // The same records as last time keep the same array: saving the open review changes only its own record,
  // which the worker never sees, so it costs no re-check.
  const last = useRef<readonly ArticleNameRecord[]>([]);
  const earlier = useMemo(() => {
    const next = articles.filter((a) => a.id !== reviewId);
    const prev = last.current;
    if (next.length === prev.length && next.every((a, i) => a === prev[i])) return prev;
    last.current = next;
    return next;
  }, [articles, reviewId]);
  useEffect(() => engine.setEarlierArticles([...earlier]), [engine, earlier]);

  const prepareForNew = useCallback(() => engine.setEarlierArticles(articles), [engine, articles]);

  const remember = useCallback(
    async (review: { id: string; title: string }, names: ArticleNameRecord['names']) => {
      if (!hasChannel(api, 'names.remember')) return;
      const record: ArticleNameRecord = { id: review.id, title: review.title, recordedAt: new Date().toISOString(), names };
      await callIfAvailable(api, 'names.remember', { record });
      setArticles((all) => [record, ...all.filter((a) => a.id !== record.id)]);
      setVersion((v) => ({ ...v, saves: v.saves + 1 }));
    },
    [api],
  );

  return { earlier, prepareForNew, remember, reload, all: articles, version: version.saves === 0 ? version.file : `${version.file}+${version.saves}` };
}
