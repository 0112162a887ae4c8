/**
 * Keeps one DeepL multilingual (v3) glossary in step with the approved terms, for Arabic → English:
 * created on first use, its AR→EN dictionary replaced (PUT, same glossary id) when the approved terms change,
 * recreated if it disappeared on DeepL's side, and left alone when nothing changed (content hash).
 * Whether DeepL supports glossaries for AR→EN at all is asked at run time (glossary language pairs).
 */
import * as deepl from 'deepl-node';
import type { Glossary } from '../../../src/model.js';
import { checkGlossaryEntries, type GlossaryEntryProblem } from './glossaryEntries.js';
import type { GlossaryStateStore, GlossarySyncState } from './glossaryStateStore.js';

export const GLOSSARY_NAME = 'Tadqiq approved terms (AR→EN)';
const SOURCE = 'ar';
const TARGET = 'en';

export interface GlossaryUse {
  /** The glossary to pass with every translation; absent = translate without one. */
  glossaryId?: string;
  entryCount: number;
  problems: GlossaryEntryProblem[];
  /** Set when DeepL cannot apply the glossary; shown to the editor. */
  notice?: string;
  /** What happened on DeepL's side. */
  action: 'none' | 'unchanged' | 'created' | 'replaced' | 'deleted' | 'unsupported';
}

export async function glossarySupported(client: deepl.DeepLClient): Promise<boolean> {
  const pairs = await client.getGlossaryLanguagePairs();
  return pairs.some((p) => p.sourceLang.toLowerCase() === SOURCE && p.targetLang.toLowerCase().split('-')[0] === TARGET);
}

async function adopt(client: deepl.DeepLClient): Promise<GlossarySyncState | undefined> {
  const ours = (await client.listMultilingualGlossaries())
    .filter((g) => g.name === GLOSSARY_NAME)
    .sort((a, b) => b.creationTime.getTime() - a.creationTime.getTime())[0];
  return ours ? { glossaryId: ours.glossaryId, hash: '', entryCount: 0, syncedAt: '' } : undefined;
}

/** Makes DeepL's copy match the approved terms and says which glossary id to translate with. */
export async function syncGlossary(client: deepl.DeepLClient, glossary: Glossary, store: GlossaryStateStore): Promise<GlossaryUse> {
  const { entries, problems, hash } = checkGlossaryEntries(glossary);
  const remembered = await store.load();

  if (entries.length === 0) {
    if (remembered) {
      const state = remembered;
      await client.deleteMultilingualGlossary(state.glossaryId).catch((e: unknown) => {
        if (!(e instanceof deepl.GlossaryNotFoundError)) throw e;
      });
      await store.save(undefined);
      return { entryCount: 0, problems, action: 'deleted' };
    }
    return { entryCount: 0, problems, action: 'none' };
  }

  if (!(await glossarySupported(client))) {
    return {
      entryCount: 0,
      problems,
      action: 'unsupported',
      notice: 'DeepL does not offer glossaries for Arabic → English on this account, so the approved terms were not applied. Check names against the glossary in the review.',
    };
  }

  // Without a remembered id (first run, CLI, another computer) adopt our glossary if the account has one,
  // rather than leaving a new copy behind on every run (DeepL allows 1,000 glossaries per account).
  const state = remembered ?? (await adopt(client));
  const dictionary = { sourceLangCode: SOURCE, targetLangCode: TARGET, entries: new deepl.GlossaryEntries({ entries: Object.fromEntries(entries) }) };
  const save = (glossaryId: string) => store.save({ glossaryId, hash, entryCount: entries.length, syncedAt: new Date().toISOString() });

  if (state) {
    try {
      if (state.hash === hash) {
        const info = await client.getMultilingualGlossary(state.glossaryId);
        const dict = info.dictionaries.find((d) => d.sourceLangCode.toLowerCase() === SOURCE && d.targetLangCode.toLowerCase() === TARGET);
        if (dict && dict.entryCount === entries.length) return { glossaryId: state.glossaryId, entryCount: entries.length, problems, action: 'unchanged' };
      }
      await client.replaceMultilingualGlossaryDictionary(state.glossaryId, dictionary);
      await save(state.glossaryId);
      return { glossaryId: state.glossaryId, entryCount: entries.length, problems, action: 'replaced' };
    } catch (e) {
      if (!(e instanceof deepl.GlossaryNotFoundError)) throw e;
      // Deleted on DeepL's side (or another account's key): make a new one below.
    }
  }
  const created = await client.createMultilingualGlossary(GLOSSARY_NAME, [dictionary]);
  await save(created.glossaryId);
  return { glossaryId: created.glossaryId, entryCount: entries.length, problems, action: 'created' };
}
