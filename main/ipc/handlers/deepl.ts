/**
 * Handlers for the "deepl" channels (src/api/deepl.ts), shared by Electron IPC and the web bridge.
 * The key is read from the secret store for every call (so a new key applies at once) and never returned.
 */
import type { Handlers } from '../../../src/api/contract.js';
import type { DeeplChannel, DeeplFailure, DeeplGlossaryReport, DeeplOutcome, EnglishVariant } from '../../../src/api/deepl.js';
import type { Glossary } from '../../../src/model.js';
import { join } from 'node:path';
import { envSecretStore, lazySecretStore, nodeSecretStore, type SecretStore } from '../../services/secrets.js';
import { glossaryPlace, storeAt } from './glossary.js';
import type { Services } from '../services.js';
import type { HandlerPart } from './part.js';
import { DeeplError, toDeeplError } from '../../services/deepl/errors.js';
import { checkGlossaryEntries } from '../../services/deepl/glossaryEntries.js';
import type { GlossaryUse } from '../../services/deepl/glossarySync.js';
import { fileGlossaryStateStore, memoryGlossaryStateStore, type GlossaryStateStore } from '../../services/deepl/glossaryStateStore.js';
import { TranslationJobs } from '../../services/deepl/jobs.js';
import { DeeplService, type DeeplServiceOptions } from '../../services/deepl/translator.js';

export interface DeeplHandlerServices {
  secrets: SecretStore;
  /** The shared glossary; only approved terms are sent to DeepL. */
  loadGlossary(): Promise<Glossary>;
  /** Where the DeepL glossary id and content hash are remembered (e.g. fileGlossaryStateStore(<data>/deepl-glossary.json)). */
  glossaryState?: GlossaryStateStore;
  /** The editor's English variant from settings, used when a request names none. */
  englishVariant?(): Promise<EnglishVariant | undefined>;
  /** DEEPL_SERVER_URL, retries, timeouts, batch limits. */
  deepl?: DeeplServiceOptions;
}

export type DeeplHandlers = Pick<Handlers, DeeplChannel>;

function failure(e: unknown, key?: string): DeeplFailure {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('secret-')) return { code, message: (e as Error).message };
  // The shared glossary could not be read: its own message says which file and why.
  if (e instanceof Error && (e.name === 'GlossaryStoreError' || e.name === 'GlossaryFormatError')) return { code: 'glossary-unreadable', message: e.message };
  const err = toDeeplError(e, key);
  return err.detail === undefined ? { code: err.code, message: err.message } : { code: err.code, message: err.message, detail: err.detail };
}

function report(use: GlossaryUse): DeeplGlossaryReport {
  return {
    used: use.glossaryId !== undefined,
    ...(use.glossaryId ? { glossaryId: use.glossaryId } : {}),
    entryCount: use.entryCount,
    problems: use.problems,
    ...(use.notice ? { notice: use.notice } : {}),
    action: use.action,
  };
}

export function deeplHandlers(services: DeeplHandlerServices): DeeplHandlers {
  const jobs = new TranslationJobs();
  const glossaryState = services.glossaryState ?? memoryGlossaryStateStore();

  async function withService<T>(work: (svc: DeeplService, key: string) => Promise<T>): Promise<DeeplOutcome<T>> {
    let key: string | undefined;
    try {
      key = await services.secrets.getKey();
      if (!key) throw new DeeplError('deepl-no-key');
      const svc = new DeeplService(key, { ...services.deepl, glossaryState });
      return { ok: true, value: await work(svc, key) };
    } catch (e) {
      return { ok: false, error: failure(e, key) };
    }
  }

  async function variantFor(requested: EnglishVariant | undefined): Promise<EnglishVariant> {
    return requested ?? (await services.englishVariant?.()) ?? 'en-US';
  }

  return {
    'deepl.status': () => services.secrets.status(),
    'deepl.setKey': async ({ key }) => {
      try {
        return { ok: true, value: await services.secrets.setKey(key) };
      } catch (e) {
        return { ok: false, error: failure(e, key) };
      }
    },
    'deepl.clearKey': async () => {
      const status = await services.secrets.clearKey();
      await glossaryState.save(undefined);
      return status;
    },
    'deepl.testConnection': () => withService((svc) => svc.testConnection()),
    'deepl.usage': () => withService((svc) => svc.usage()),
    'deepl.glossaryCheck': async ({ upload }) => {
      if (!upload) {
        try {
          const check = checkGlossaryEntries(await services.loadGlossary());
          return { ok: true, value: { used: false, entryCount: check.entries.length, problems: check.problems, action: 'checked' } };
        } catch (e) {
          return { ok: false, error: failure(e) };
        }
      }
      return withService(async (svc) => report(await svc.syncGlossary(await services.loadGlossary())));
    },
    'deepl.translate': async ({ jobId, source, englishVariant, useGlossary }) => {
      if (jobs.snapshot(jobId)?.state === 'running') {
        return { ok: false, error: { code: 'deepl-busy', message: 'This translation is already running.' } };
      }
      let key: string | undefined;
      try {
        // The job is registered before anything is awaited, so the first progress poll already finds it.
        const value = await jobs.run(jobId, async (signal, progress) => {
          key = await services.secrets.getKey();
          if (!key) throw new DeeplError('deepl-no-key');
          const variant = await variantFor(englishVariant);
          const svc = new DeeplService(key, { ...services.deepl, glossaryState });
          const glossary = useGlossary ? await services.loadGlossary() : undefined;
          const result = await svc.translateDocument(source, {
            englishVariant: variant,
            signal,
            ...(glossary ? { glossary } : {}),
            onProgress: (p) => progress(p.done, p.total),
          });
          return { ...result, englishVariant: variant, glossary: report(result.glossary) };
        });
        return { ok: true, value };
      } catch (e) {
        return { ok: false, error: failure(e, key) };
      }
    },
    'deepl.progress': async ({ jobId }) => {
      const s = jobs.snapshot(jobId);
      if (!s) return { jobId, state: 'unknown', done: 0, total: 0 };
      return { jobId, state: s.state, done: s.done, total: s.total, ...(s.error ? { error: s.error } : {}) };
    },
    'deepl.cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'deepl.retranslateSegment': async ({ text, context, englishVariant, useGlossary }) => {
      const variant = await variantFor(englishVariant);
      return withService(async (svc) => {
        const glossary = useGlossary ? await services.loadGlossary() : undefined;
        const result = await svc.retranslateSegment(text, { englishVariant: variant, ...(context ? { context } : {}), ...(glossary ? { glossary } : {}) });
        return { ...result, glossary: report(result.glossary) };
      });
    },
  };
}

/** The key store for this process: safeStorage in Electron, else DEEPL_AUTH_KEY or an owner-only file. */
export function secretStoreFor(services: Pick<Services, 'transport' | 'dataDir'>, env: Record<string, string | undefined> = process.env): SecretStore {
  if (services.transport !== 'electron') return nodeSecretStore(services.dataDir, env);
  // Loaded lazily so the web bridge and tests, which share this module, never load Electron.
  return envSecretStore(env, lazySecretStore(async () => (await import('../../services/secrets.electron.js')).electronSecretStore(services.dataDir)));
}

/** The "deepl" part of the handler table (see ./index.ts). */
const deeplPart: HandlerPart = (services: Services) =>
  deeplHandlers({
    secrets: secretStoreFor(services),
    loadGlossary: async () => {
      // The same store (and path rule) the glossary area uses; refresh picks up other editors' saves.
      return { terms: await (await storeAt(glossaryPlace(services).path)).refresh() };
    },
    glossaryState: fileGlossaryStateStore(join(services.dataDir, 'deepl-glossary.json')),
    englishVariant: async () => services.settings.get().deeplEnglishVariant,
    deepl: process.env.DEEPL_SERVER_URL ? { serverUrl: process.env.DEEPL_SERVER_URL } : {},
  });
export default deeplPart;
