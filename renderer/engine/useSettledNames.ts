/**
 * The names a desk's memory settled that the glossary lacks (src/names/glossary-candidates.ts), worked out in the
 * settled-names worker and kept until the memory, the terms or the house style change.
 */
import { useEffect, useState } from 'react';
import type { HouseStyle, Term } from '../../src/model.js';
import type { GlossaryCandidate } from '../../src/names/glossary-candidates.js';
import { settledNames, type SettledMemory } from './settledNamesClient.js';

export interface SettledNames {
  candidates: GlossaryCandidate[];
  /** Why they could not be worked out, in plain words; '' when they could. */
  error: string;
}

export function useSettledNames(memory: SettledMemory | null, terms: readonly Term[], houseStyle: HouseStyle): SettledNames {
  const [state, setState] = useState<SettledNames>({ candidates: [], error: '' });
  useEffect(() => {
    if (!memory || memory.articles.length === 0) {
      setState((s) => (s.candidates.length === 0 && !s.error ? s : { candidates: [], error: '' }));
      return;
    }
    let live = true;
    settledNames.candidates(memory, terms, houseStyle).then(
      (candidates) => {
        if (live) setState({ candidates, error: '' });
      },
      (err: unknown) => {
        // Nothing to offer is all an editor loses: the glossary and the checks work as before.
        if (live) setState({ candidates: [], error: `The names your desk settled could not be worked out: ${err instanceof Error ? err.message : String(err)}` });
      },
    );
    return () => {
      live = false;
    };
  }, [memory, terms, houseStyle]);
  return state;
}
