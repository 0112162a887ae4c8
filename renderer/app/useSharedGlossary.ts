/**
 * The glossary the checks use, kept in step with the shared file: read at start, after the editor changes it,
 * and again when the window comes back to the front or every GLOSSARY_RECHECK_MS while it is visible, since
 * another editor may save it at any time. An unchanged glossary (same fingerprint) changes nothing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TadqiqApi } from '../../src/api/contract.js';
import type { Glossary } from '../../src/model.js';
import { glossaryFingerprint } from '../glossary/freshness.js';
import { callIfAvailable, hasChannel } from './api.js';
import { useWhenInFront } from './useWhenInFront.js';

export interface SharedGlossary {
  glossary: Glossary;
  /** Reads the glossary now; true when it differs from the one the checks used. */
  reload(): Promise<boolean>;
}

/** `onChangedElsewhere` is called when a look in the background found someone else's change. */
export function useSharedGlossary(api: TadqiqApi | null, onChangedElsewhere: () => void): SharedGlossary {
  const [glossary, setGlossary] = useState<Glossary>({ terms: [] });
  const print = useRef('');
  const reload = useCallback(async (): Promise<boolean> => {
    try {
      const g = await callIfAvailable<Glossary | { glossary: Glossary }>(api, 'glossary.get');
      const next = g && 'terms' in g ? g : g && 'glossary' in g ? g.glossary : null;
      if (!next) return false;
      const p = glossaryFingerprint(next);
      if (p === print.current) return false;
      print.current = p;
      setGlossary(next);
      return true;
    } catch {
      // Checking still works without the glossary; the glossary panel shows its own error.
      return false;
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const changedElsewhere = useRef(onChangedElsewhere);
  changedElsewhere.current = onChangedElsewhere;
  useWhenInFront(hasChannel(api, 'glossary.get'), async () => {
    if (await reload()) changedElsewhere.current();
  });

  return { glossary, reload };
}
