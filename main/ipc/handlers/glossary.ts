/**
 * The glossary part of the handler table. `glossaryHandlers(store, editor)` builds it from a store (or a
 * function giving the current store, since settings may point the glossary elsewhere); the default export
 * is the HandlerPart that main/ipc/handlers/index.ts composes, with the store at the settings' glossaryPath,
 * else $TADQIQ_GLOSSARY, else glossary.json in the data folder.
 */
import { join } from 'node:path';
import type { Handlers } from '../../../src/api/contract.js';
import type { GlossaryState } from '../../../src/api/glossary.js';
import { ApiError } from '../../../src/api/envelope.js';
import { formatCsv } from '../../../src/glossary/csv.js';
import { formatTbx } from '../../../src/glossary/tbx.js';
import { loadGlossaryFile } from '../../../src/glossary/load.js';
import { GlossaryFormatError } from '../../../src/glossary/problems.js';
import type { TermInput } from '../../../src/glossary/term.js';
import { GlossaryStore, GlossaryStoreError, GLOSSARY_FILE_NAME, type SaveOutcome } from '../../services/glossaryStore.js';
import type { HandlerPart } from './part.js';
import type { Services } from '../services.js';
import { onePerPath } from './onePerPath.js';

export type GlossaryChannel =
  | 'glossary.get'
  | 'glossary.list'
  | 'glossary.upsert'
  | 'glossary.addMany'
  | 'glossary.setStatus'
  | 'glossary.delete'
  | 'glossary.approveFromFinding'
  | 'glossary.import'
  | 'glossary.export'
  | 'glossary.resolveConflict';

export const GlossaryErrorCodes = {
  notFound: 'glossary-not-found',
  invalid: 'glossary-invalid',
  duplicate: 'glossary-duplicate',
  locked: 'glossary-locked',
  badFile: 'glossary-bad-file',
} as const;

type StoreSource = GlossaryStore | (() => Promise<GlossaryStore>);

function state(store: GlossaryStore, outcome?: SaveOutcome): GlossaryState {
  return { path: store.path, terms: outcome?.terms ?? store.terms(), conflicts: store.conflicts(), mergedExternalChanges: outcome?.mergedExternalChanges ?? false };
}

/** Store and file errors become ApiErrors with a code the panel can act on and the editor-readable message. */
async function translateErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof GlossaryStoreError) throw new ApiError(GlossaryErrorCodes[e.code === 'not-found' ? 'notFound' : e.code], e.message);
    if (e instanceof GlossaryFormatError) throw new ApiError(GlossaryErrorCodes.badFile, e.message);
    throw e;
  }
}

function withoutUndefined(input: Record<string, unknown>): TermInput {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as unknown as TermInput;
}

export function glossaryHandlers(source: StoreSource, editor: () => string): Pick<Handlers, GlossaryChannel> {
  const open = typeof source === 'function' ? source : async () => source;
  const by = () => editor().trim() || 'editor';
  const run = <T>(work: (store: GlossaryStore) => Promise<T>) => translateErrors(async () => work(await open()));
  return {
    'glossary.get': () => run(async (store) => ({ terms: await store.refresh() })),
    'glossary.list': () =>
      run(async (store) => {
        const changed = await store.changedOnDisk();
        await store.refresh();
        return { ...state(store), mergedExternalChanges: changed };
      }),
    'glossary.upsert': ({ term }) =>
      run(async (store) => {
        const r = await store.upsert(withoutUndefined(term), by());
        return { state: state(store, r), term: r.term };
      }),
    'glossary.addMany': ({ terms }) =>
      run(async (store) => {
        const r = await store.addMany(terms.map(withoutUndefined), by());
        return { state: state(store, r), added: r.added, skipped: r.skipped };
      }),
    'glossary.setStatus': ({ id, status }) => run(async (store) => state(store, await store.setStatus(id, status, by()))),
    'glossary.delete': ({ id }) => run(async (store) => state(store, await store.remove(id, by()))),
    'glossary.approveFromFinding': (request) =>
      run(async (store) => {
        const r = await store.approveForms(request, by());
        return { state: state(store, r), term: r.term };
      }),
    'glossary.import': ({ fileName, bytesBase64, decision }) =>
      run(async (store) => {
        const loaded = loadGlossaryFile(new Uint8Array(Buffer.from(bytesBase64, 'base64')), fileName);
        await store.refresh();
        let plan = store.planImport(loaded.glossary.terms);
        let outcome: SaveOutcome | undefined;
        if (decision !== 'preview') {
          const r = await store.importTerms(loaded.glossary.terms, { overwrite: decision === 'overwrite', by: by(), fileName });
          plan = r.plan;
          outcome = r;
        }
        return {
          format: loaded.format,
          added: plan.added.map((t) => ({ source: t.source, target: t.target })),
          unchanged: plan.unchanged.length,
          conflicts: plan.conflicts.map((c) => ({ source: c.existing.source, existing: c.existing.target, incoming: c.incoming.target })),
          problems: loaded.problems,
          applied: decision !== 'preview',
          state: state(store, outcome),
        };
      }),
    'glossary.export': ({ format }) =>
      run(async (store) => {
        const terms = await store.refresh();
        if (format === 'tbx') return { fileName: 'glossary.tbx', mimeType: 'application/x-tbx+xml', content: formatTbx(terms) };
        return {
          fileName: `glossary.${format}`,
          mimeType: format === 'csv' ? 'text/csv' : 'text/tab-separated-values',
          content: formatCsv(terms, format === 'tsv' ? '\t' : ','),
        };
      }),
    'glossary.resolveConflict': ({ id, choice }) =>
      run(async (store) => {
        const c = typeof choice === 'string' ? choice : withoutUndefined(choice.term);
        return state(store, await store.resolveConflict(id, c, by()));
      }),
  };
}

/** One store per glossary path, so switching the path in settings switches stores and switching back keeps state. */
export const storeAt = onePerPath((path) => GlossaryStore.open(path));

/**
 * The glossary file every area uses (glossary, review, DeepL, and the names memory beside it): the one Settings
 * name, else $TADQIQ_GLOSSARY, else glossary.json in the data folder. `shared` when it is not the data folder's.
 */
export function glossaryPlace(services: Pick<Services, 'dataDir' | 'settings'>, env: NodeJS.ProcessEnv = process.env): { path: string; shared: boolean } {
  const chosen = services.settings.get().glossaryPath || env.TADQIQ_GLOSSARY;
  return chosen ? { path: chosen, shared: true } : { path: join(services.dataDir, GLOSSARY_FILE_NAME), shared: false };
}

const glossaryPart: HandlerPart = (services) =>
  glossaryHandlers(
    () => storeAt(glossaryPlace(services).path),
    () => services.settings.get().editorName,
  );

export default glossaryPart;
