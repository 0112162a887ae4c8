/** The messages between the glossary panel and the settled-names worker (renderer/worker/settledNames.worker.ts). */
import type { HouseStyle, Term } from '../../src/model.js';
import type { GlossaryCandidate } from '../../src/names/glossary-candidates.js';
import type { ArticleNameRecord } from '../../src/names/name-memory.js';

export type SettledNamesRequest =
  /** The memory, sent once per revision: cloning 2,000 reviews for every question would cost what the worker saves. */
  | { type: 'memory'; revision: string; articles: readonly ArticleNameRecord[] }
  | { type: 'candidates'; id: number; revision: string; terms: Term[]; houseStyle: HouseStyle };

export type SettledNamesResponse =
  | { type: 'candidates'; id: number; candidates: GlossaryCandidate[] }
  | { type: 'error'; id: number; message: string };
