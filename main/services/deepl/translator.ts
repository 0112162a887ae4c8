/**
 * The DeepL translator service: the real deepl-node client, steered by the approved glossary.
 * Translates a whole Arabic article paragraph by paragraph in batches (see batching.ts), reports progress,
 * stops on cancel (between batches, and abandons the request in flight), retranslates one segment, tests
 * the connection and reads the account's usage. Every failure surfaces as a DeeplError (errors.ts).
 *
 * The key lives only inside the deepl-node client created per service; nothing this service returns or
 * stores contains it.
 */
import * as deepl from 'deepl-node';
import type { Glossary } from '../../../src/model.js';
import { assemble, DEEPL_LIMITS, planDocument, type BatchLimits, type Unit } from './batching.js';
import { cancelledError, DeeplError, toDeeplError } from './errors.js';
import { glossarySupported, syncGlossary, type GlossaryUse } from './glossarySync.js';
import { memoryGlossaryStateStore, type GlossaryStateStore } from './glossaryStateStore.js';

export type EnglishVariant = 'en-US' | 'en-GB';

export interface DeeplServiceOptions {
  /** Overrides DeepL's host (tests, proxies); otherwise free keys (":fx") go to api-free.deepl.com. */
  serverUrl?: string;
  /** deepl-node retries 429, 5xx and dropped connections with exponential backoff (1 s, 1.6 s, ...). */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds. */
  timeoutMs?: number;
  glossaryState?: GlossaryStateStore;
  limits?: Partial<BatchLimits>;
}

export interface TranslateProgress {
  /** Paragraph pieces translated so far, out of `total`. */
  done: number;
  total: number;
  batch: number;
  batches: number;
}

export interface TranslateOptions {
  englishVariant?: EnglishVariant;
  /** Approved terms are pushed to DeepL and used; omit to translate without a glossary. */
  glossary?: Glossary;
  signal?: AbortSignal;
  onProgress?(progress: TranslateProgress): void;
}

export interface TranslationResult {
  /** The English, with the source's paragraphs and blank lines kept. */
  text: string;
  paragraphs: number;
  requests: number;
  billedCharacters: number;
  glossary: GlossaryUse;
  /** Things the editor should know (e.g. glossary unsupported), already phrased for them. */
  notices: string[];
}

export interface UsageInfo {
  characterCount: number;
  characterLimit: number;
  limitReached: boolean;
}

export interface ConnectionInfo {
  account: 'free' | 'pro';
  usage: UsageInfo;
  glossarySupported: boolean;
}

/** Resolves with `promise`, or rejects with a cancellation as soon as `signal` aborts (the request is abandoned). */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(cancelledError());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

export class DeeplService {
  readonly #key: string;
  readonly #client: deepl.DeepLClient;
  readonly #limits: BatchLimits;
  readonly #glossaryState: GlossaryStateStore;

  constructor(authKey: string, options: DeeplServiceOptions = {}) {
    const key = authKey.trim();
    if (!key) throw new DeeplError('deepl-no-key');
    this.#key = key;
    this.#client = new deepl.DeepLClient(key, {
      ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
      maxRetries: options.maxRetries ?? 4,
      minTimeout: options.timeoutMs ?? 20_000,
      appInfo: { appName: 'Tadqiq', appVersion: '0.1.0' },
      sendPlatformInfo: false,
    });
    this.#limits = { ...DEEPL_LIMITS, ...options.limits };
    this.#glossaryState = options.glossaryState ?? memoryGlossaryStateStore();
  }

  /** Shown instead of the key wherever the service is logged or serialized. */
  toJSON(): { service: 'deepl' } {
    return { service: 'deepl' };
  }

  async #call<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    try {
      return await unlessAborted(fn(), signal);
    } catch (e) {
      throw toDeeplError(e, this.#key);
    }
  }

  async usage(): Promise<UsageInfo> {
    const usage = await this.#call(() => this.#client.getUsage());
    const c = usage.character;
    return { characterCount: c?.count ?? 0, characterLimit: c?.limit ?? 0, limitReached: c ? c.limitReached() : false };
  }

  /** One request that needs a valid key (usage), plus whether AR→EN glossaries are available. */
  async testConnection(): Promise<ConnectionInfo> {
    const usage = await this.usage();
    const supported = await this.#call(() => glossarySupported(this.#client));
    return { account: this.#key.endsWith(':fx') ? 'free' : 'pro', usage, glossarySupported: supported };
  }

  /** Pushes the approved terms to DeepL (when changed) and says which glossary to use. */
  async syncGlossary(glossary: Glossary, signal?: AbortSignal): Promise<GlossaryUse> {
    return this.#call(() => syncGlossary(this.#client, glossary, this.#glossaryState), signal);
  }

  async #prepareGlossary(glossary: Glossary | undefined, signal: AbortSignal | undefined): Promise<{ use: GlossaryUse; notices: string[] }> {
    if (!glossary) return { use: { entryCount: 0, problems: [], action: 'none' }, notices: [] };
    const use = await this.syncGlossary(glossary, signal);
    const notices: string[] = [];
    if (use.notice) notices.push(use.notice);
    if (use.problems.length > 0) {
      notices.push(`${use.problems.length} glossary ${use.problems.length === 1 ? 'term was' : 'terms were'} not sent to DeepL; see the list of glossary problems.`);
    }
    return { use, notices };
  }

  async translateDocument(source: string, options: TranslateOptions = {}): Promise<TranslationResult> {
    const { signal, onProgress } = options;
    const variant = options.englishVariant ?? 'en-US';
    const plan = planDocument(source, this.#limits);
    if (plan.paragraphs.length === 0) throw new DeeplError('deepl-empty');
    if (signal?.aborted) throw cancelledError();
    const { use, notices } = await this.#prepareGlossary(options.glossary, signal);

    const total = plan.batches.reduce((n, b) => n + b.units.length, 0);
    const translated = new Map<Unit, string>();
    let done = 0;
    let billed = 0;
    onProgress?.({ done, total, batch: 0, batches: plan.batches.length });
    for (const [i, batch] of plan.batches.entries()) {
      if (signal?.aborted) throw cancelledError();
      const results = await this.#call(
        () =>
          this.#client.translateText(
            batch.units.map((u) => u.text),
            'ar',
            variant,
            { ...(use.glossaryId ? { glossary: use.glossaryId } : {}), ...(batch.context ? { context: batch.context } : {}) },
          ),
        signal,
      );
      if (results.length !== batch.units.length) {
        // Never guess which paragraph a translation belongs to: stop rather than misplace English.
        throw new DeeplError('deepl-unknown', `DeepL answered with ${results.length} translations for ${batch.units.length} paragraphs, so nothing was used. Try again; nothing was lost.`);
      }
      batch.units.forEach((u, k) => translated.set(u, results[k]!.text));
      billed += results.reduce((n, r) => n + (r.billedCharacters ?? 0), 0);
      done += batch.units.length;
      onProgress?.({ done, total, batch: i + 1, batches: plan.batches.length });
    }
    return {
      text: assemble(plan, translated),
      paragraphs: plan.paragraphs.length,
      requests: plan.batches.length,
      billedCharacters: billed,
      glossary: use,
      notices,
    };
  }

  /** A fresh translation of one segment's Arabic, with its surrounding Arabic as context. */
  async retranslateSegment(
    text: string,
    options: { context?: string; englishVariant?: EnglishVariant; glossary?: Glossary; signal?: AbortSignal } = {},
  ): Promise<{ text: string; glossary: GlossaryUse; notices: string[] }> {
    if (!text.trim()) throw new DeeplError('deepl-empty');
    const { use, notices } = await this.#prepareGlossary(options.glossary, options.signal);
    const context = options.context?.slice(0, this.#limits.contextChars * 2);
    const result = await this.#call(
      () =>
        this.#client.translateText([text.trim()], 'ar', options.englishVariant ?? 'en-US', {
          ...(use.glossaryId ? { glossary: use.glossaryId } : {}),
          ...(context ? { context } : {}),
        }),
      options.signal,
    );
    return { text: result[0]?.text ?? '', glossary: use, notices };
  }
}
