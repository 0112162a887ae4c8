// Channels of the "deepl" area: the API key, the account, machine translation of a whole source with progress
// and cancel, and retranslation of one segment. Handlers: main/ipc/handlers/deepl.ts.
//
// Fallible calls answer with an outcome ({ ok: true, value } | { ok: false, error }) instead of throwing, so the
// editor-facing message and its code arrive intact over either transport.
import { z } from 'zod';
import { channel, type ApiErrorShape } from './channel.js';

export type EnglishVariant = 'en-US' | 'en-GB';
export const englishVariants = ['en-US', 'en-GB'] as const;

export interface DeeplFailure extends ApiErrorShape {
  /** DeepL's own words or the HTTP status, for a "details" disclosure; never contains the key. */
  detail?: string;
}

export type DeeplOutcome<T> = { ok: true; value: T } | { ok: false; error: DeeplFailure };

export interface DeeplKeyStatus {
  present: boolean;
  /** True only when the key is encrypted at rest by the operating system (safeStorage). */
  encrypted: boolean;
  storage: 'safeStorage' | 'file' | 'env' | 'none';
  notice?: string;
}

export interface DeeplUsage {
  characterCount: number;
  characterLimit: number;
  limitReached: boolean;
}

export interface DeeplConnection {
  account: 'free' | 'pro';
  usage: DeeplUsage;
  /** Whether DeepL offers glossaries for Arabic → English on this account. */
  glossarySupported: boolean;
}

export interface DeeplGlossaryProblem {
  termId: string;
  source: string;
  target: string;
  reason: 'empty' | 'line-break' | 'control-character' | 'too-long' | 'whitespace' | 'duplicate' | 'conflict';
  message: string;
}

export interface DeeplGlossaryReport {
  /** True when translations are steered by the approved terms. */
  used: boolean;
  glossaryId?: string;
  entryCount: number;
  problems: DeeplGlossaryProblem[];
  notice?: string;
  action: 'none' | 'unchanged' | 'created' | 'replaced' | 'deleted' | 'unsupported' | 'checked';
}

export interface DeeplTranslation {
  /** The English, paragraphs and blank lines as in the Arabic: becomes the review's machine translation. */
  text: string;
  paragraphs: number;
  requests: number;
  billedCharacters: number;
  englishVariant: EnglishVariant;
  glossary: DeeplGlossaryReport;
  notices: string[];
}

export interface DeeplProgress {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled' | 'unknown';
  /** Paragraph pieces translated so far out of `total` (0/0 while the glossary is being prepared). */
  done: number;
  total: number;
  error?: DeeplFailure;
}

export interface DeeplRetranslation {
  text: string;
  glossary: DeeplGlossaryReport;
  notices: string[];
}

const jobId = z.string().min(1).max(100);
const variant = z.enum(englishVariants);

export const deeplChannels = {
  'deepl.status': channel<DeeplKeyStatus>()('Whether a DeepL key is saved and how it is stored.', z.strictObject({})),
  'deepl.setKey': channel<DeeplOutcome<DeeplKeyStatus>>()(
    'Save the DeepL API key (encrypted where the system allows). The key is never sent back.',
    z.strictObject({ key: z.string().min(1).max(500) }),
  ),
  'deepl.clearKey': channel<DeeplKeyStatus>()('Forget the saved DeepL key.', z.strictObject({})),
  'deepl.testConnection': channel<DeeplOutcome<DeeplConnection>>()(
    'Check the key against DeepL: account type, usage, glossary support for AR→EN.',
    z.strictObject({}),
  ),
  'deepl.usage': channel<DeeplOutcome<DeeplUsage>>()('Characters used and the limit for this billing period.', z.strictObject({})),
  'deepl.glossaryCheck': channel<DeeplOutcome<DeeplGlossaryReport>>()(
    'List approved glossary terms DeepL would refuse; with upload, also push the approved terms to DeepL now.',
    z.strictObject({ upload: z.boolean().default(false) }),
  ),
  'deepl.translate': channel<DeeplOutcome<DeeplTranslation>>()(
    'Translate a whole Arabic source to English. Resolves when done; poll deepl.progress and call deepl.cancel with the same jobId meanwhile.',
    z.strictObject({
      jobId,
      source: z.string().max(5_000_000),
      englishVariant: variant.optional(),
      useGlossary: z.boolean().default(true),
    }),
  ),
  'deepl.progress': channel<DeeplProgress>()('Progress of a running translation.', z.strictObject({ jobId })),
  'deepl.cancel': channel<{ cancelled: boolean }>()(
    'Stop a running translation: no further requests, the one in flight is abandoned; the review is untouched.',
    z.strictObject({ jobId }),
  ),
  'deepl.retranslateSegment': channel<DeeplOutcome<DeeplRetranslation>>()(
    "A fresh translation of one segment's Arabic, with the surrounding Arabic as context.",
    z.strictObject({
      text: z.string().min(1).max(100_000),
      context: z.string().max(50_000).optional(),
      englishVariant: variant.optional(),
      useGlossary: z.boolean().default(true),
    }),
  ),
} as const;

export type DeeplChannel = keyof typeof deeplChannels;
