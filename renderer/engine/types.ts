/** The messages between the UI and the engine worker. */
import type { AnalyzeOptions, CheckInfo, Finding, Glossary, Segment } from '../../src/model.js';
import type { Review } from '../../src/review/types.js';

export type { NameGroup, NameMention } from '../../src/names/index.js';
import type { NameGroup } from '../../src/names/index.js';
import type { ArticleNameRecord } from '../../src/names/name-memory.js';

/** Messages to the engine worker. */
export type EngineRequest =
  | {
      type: 'create'; id: number; glossary: Glossary; options: AnalyzeOptions; title?: string;
      source: { name: string; encoding: string; text: string };
      target: { name: string; encoding: string; text: string; origin: Review['target']['origin'] };
    }
  | { type: 'recheck'; id: number; segments: Segment[]; glossary: Glossary; options: AnalyzeOptions }
  /**
   * How earlier saved reviews spelled their names, kept in the worker and read by every later analysis until
   * the next such message: sent when it changes, not with every keystroke's recheck. No answer.
   */
  | { type: 'memory'; earlierArticles: ArticleNameRecord[] };

/**
 * Messages from the engine worker. `id` answers the request it was computed for. `checks` lists the
 * registry's checks in order, so the UI titles findings without loading any check's code.
 */
export type EngineResponse =
  | {
      type: 'result'; id: number; review?: Review; findings: Finding[]; groups: NameGroup[]; checks: CheckInfo[]; ms: number; namesAvailable: boolean;
    }
  | { type: 'error'; id: number; message: string };
