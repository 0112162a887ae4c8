/**
 * What the renderer knows about engine pieces that other helpers are still writing. These mirror the
 * agreed signatures (src/names/index.ts NameGroup, src/text/decode.ts decodeText) so the UI compiles
 * and runs before they land, and picks them up as soon as they do (see engine/optional.ts).
 */
import type { AnalyzeOptions, Finding, Glossary, Segment } from '../../src/model.js';
import type { Review } from '../../src/review/types.js';

export interface NameMention {
  segment: string;
  start: number;
  end: number;
  text: string;
  anchor?: { start: number; end: number; text: string };
}

export interface NameGroup {
  key: string;
  arabic: string;
  forms: { text: string; count: number }[];
  preferred: string;
  confidence: number | string;
  mentions: NameMention[];
}

export type NameGroupsFn = (segments: readonly Segment[], glossary: Glossary, options: AnalyzeOptions) => NameGroup[];
export type DecodeTextFn = (bytes: Uint8Array, name: string) => { text: string; encoding: string };

/** Messages to the engine worker. */
export type EngineRequest =
  | {
      type: 'create'; id: number; glossary: Glossary; options: AnalyzeOptions; title?: string;
      source: { name: string; encoding: string; text: string };
      target: { name: string; encoding: string; text: string; origin: Review['target']['origin'] };
    }
  | { type: 'recheck'; id: number; segments: Segment[]; glossary: Glossary; options: AnalyzeOptions };

/** Messages from the engine worker. `id` answers the request it was computed for. */
export type EngineResponse =
  | { type: 'result'; id: number; review?: Review; findings: Finding[]; groups: NameGroup[]; ms: number; namesAvailable: boolean }
  | { type: 'error'; id: number; message: string };
