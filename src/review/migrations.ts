/**
 * Review file migrations: migrations[v] turns a schema-v object into a schema-(v+1) object.
 * Each step is pure and only ever adds what the next version needs; it never drops the editor's text.
 */
import type { Segment } from '../model.js';

export type Migration = (data: unknown) => unknown;

/**
 * Schema 0: the prototype's files, before segments carried ranges and before decisions were grouped.
 * { app: "tadqiq", version: 0, title, created, modified?, arabic: {file, text}, english: {file, text},
 *   segments: [{ id, ar, en, para }], edits: { [id]: text }, ignored: string[], preferred?: {} }
 */
interface V0 {
  app: 'tadqiq';
  version: 0;
  title?: string;
  created?: string;
  modified?: string;
  arabic: { file?: string; text: string };
  english: { file?: string; text: string; deepl?: boolean };
  segments: Array<{ id: string; ar: string; en: string; para?: number }>;
  edits?: Record<string, string>;
  ignored?: string[];
  preferred?: Record<string, string>;
}

function isV0(data: unknown): data is V0 {
  const d = data as Partial<V0> | null;
  return !!d && typeof d.arabic?.text === 'string' && typeof d.english?.text === 'string' && Array.isArray(d.segments);
}

/** Locate each piece in its document in order; schema 0 did not store offsets. */
function locate(text: string, piece: string, from: number): { range: { start: number; end: number } | null; next: number } {
  if (piece === '') return { range: null, next: from };
  const at = text.indexOf(piece, from);
  if (at < 0) return { range: null, next: from };
  return { range: { start: at, end: at + piece.length }, next: at + piece.length };
}

function v0ToV1(data: unknown): unknown {
  if (!isV0(data)) throw new Error('the Arabic text, the English text or the segments are missing');
  let sFrom = 0;
  let tFrom = 0;
  let lastSourcePara = 0;
  const segments: Segment[] = data.segments.map((s, i) => {
    const src = locate(data.arabic.text, s.ar, sFrom);
    const tgt = locate(data.english.text, s.en, tFrom);
    sFrom = src.next;
    tFrom = tgt.next;
    const paragraph = s.para ?? i + 1;
    if (s.ar) lastSourcePara = paragraph;
    return {
      id: s.id,
      paragraph,
      sourceParagraph: s.ar ? lastSourcePara : 0,
      source: s.ar,
      target: s.en,
      sourceRange: src.range,
      targetRange: tgt.range,
      shape: `${s.ar ? 1 : 0}-${s.en ? 1 : 0}`,
    };
  });
  const created = data.created ?? new Date(0).toISOString();
  return {
    format: 'tadqiq-review',
    schema: 1,
    id: `migrated-${created.replace(/[^0-9]/g, '')}`,
    title: data.title ?? data.english.file ?? 'Untitled review',
    createdAt: created,
    updatedAt: data.modified ?? created,
    source: { name: data.arabic.file ?? '', encoding: 'utf-8', text: data.arabic.text },
    target: { name: data.english.file ?? '', encoding: 'utf-8', text: data.english.text, origin: data.english.deepl ? 'deepl' : 'file' },
    segments,
    edits: { ...(data.edits ?? {}) },
    decisions: { ignored: [...(data.ignored ?? [])], preferred: { ...(data.preferred ?? {}) }, approvals: [] },
  };
}

/** Schema 1 stored every segment's text; schema 2 may leave it out (file.ts reviewFileSchema), so a v1 object is a v2 one. */
function v1ToV2(data: unknown): unknown {
  return { ...(data as Record<string, unknown>), schema: 2 };
}

export const migrations: Record<number, Migration> = {
  0: v0ToV1,
  1: v1ToV2,
};
