/** A saved review's names record, made the way the app makes it: from the name groups its checks computed. */
import { runChecks } from '../../src/analyze.js';
import { alignDocuments } from '../../src/align/align.js';
import type { AnalyzeOptions, Glossary } from '../../src/model.js';
import { articleNameRecord, type ArticleNameRecord } from '../../src/names/name-memory.js';
import type { NameGroup } from '../../src/names/types.js';

export const asIs: AnalyzeOptions = { houseStyle: { article: 'as-is' } };

export function saved(id: string, title: string, arabic: string, english: string, glossary: Glossary = { terms: [] }): ArticleNameRecord {
  const memo = new Map<string, unknown>();
  runChecks(alignDocuments(arabic, english), glossary, asIs, memo);
  return articleNameRecord({ id, title, recordedAt: '2026-11-20T09:00:00.000Z' }, memo.get('names') as NameGroup[]);
}
