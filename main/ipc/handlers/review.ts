/**
 * The review area's handlers: review files through ReviewStore, export through src/formats.
 * `reviewHandlers(store, options)` builds the table (tests and the CLI use it directly); the default
 * export is the HandlerPart that main/ipc/handlers/index.ts composes, with one store per data folder
 * and paths limited to what the editor opened or chose (PathGrants).
 */
import { basename, resolve } from 'node:path';
import type { Handlers } from '../../../src/api/contract.js';
import { ApiError } from '../../../src/api/envelope.js';
import { ReviewErrorCodes } from '../../../src/api/review.js';
import { defaultAnalyzeOptions, type AnalyzeOptions, type Glossary } from '../../../src/model.js';
import type { Review } from '../../../src/review/types.js';
import { createReview } from '../../../src/review/create.js';
import { parseReview, ReviewFileError } from '../../../src/review/file.js';
import { exportReview } from '../../../src/formats/export.js';
import { ReviewStore, ReviewStoreError } from '../../services/reviewStore.js';
import type { Services } from '../services.js';
import type { HandlerPart } from './part.js';
import { glossaryPlace, storeAt } from './glossary.js';

type ReviewChannel =
  | 'review.create'
  | 'review.open'
  | 'review.save'
  | 'review.autosave'
  | 'review.listRestorable'
  | 'review.restore'
  | 'review.discardRestorable'
  | 'review.recent'
  | 'review.export';

export type ReviewHandlers = Pick<Handlers, ReviewChannel>;

/** Which paths the renderer may open or save by name; absent means no limit (CLI, tests). */
export interface PathAccess {
  canRead(path: string): boolean;
  canWrite(path: string): boolean;
  grantRead(path: string): void;
  grantWrite(path: string): void;
}

export interface ReviewHandlerOptions {
  access?: PathAccess;
  /** The glossary new reviews are checked against (default: none). */
  glossary?: () => Promise<Glossary>;
  /** House style and disabled checks from settings (default: defaultAnalyzeOptions). */
  analyzeOptions?: () => AnalyzeOptions;
}

/** Store and file errors become ApiErrors with this area's codes and the editor's message unchanged. */
function toApiError(e: unknown): unknown {
  if (e instanceof ReviewStoreError) {
    const code = {
      'not-found': ReviewErrorCodes.notFound,
      unreadable: ReviewErrorCodes.unreadable,
      conflict: ReviewErrorCodes.conflict,
      exists: ReviewErrorCodes.exists,
      'no-restorable': ReviewErrorCodes.noRestorable,
    }[e.problem];
    return new ApiError(code, e.message);
  }
  if (e instanceof ReviewFileError) return new ApiError(`${ReviewErrorCodes.filePrefix}${e.problem}`, e.message);
  return e; // WriteFailedError and others: validateAndDispatch maps them
}

async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toApiError(e);
  }
}

export function reviewHandlers(store: ReviewStore, options: ReviewHandlerOptions = {}): ReviewHandlers {
  const { access } = options;

  async function mayOpen(path: string): Promise<boolean> {
    if (!access || access.canRead(path)) return true;
    const full = resolve(path);
    // The start screen reopens recent reviews and restorable work by path.
    if ((await store.recent()).some((r) => r.path === full)) return true;
    return (await store.listRestorable()).some((r) => r.path === full);
  }

  return {
    'review.create': async (request) => {
      const glossary = options.glossary ? await options.glossary() : { terms: [] };
      return createReview({ ...request, glossary, options: options.analyzeOptions?.() ?? defaultAnalyzeOptions });
    },

    'review.open': (request) =>
      mapped(async () => {
        if ('bytesBase64' in request) {
          const text = Buffer.from(request.bytesBase64, 'base64').toString('utf8');
          return { review: parseReview(text, request.name), path: null, stamp: null };
        }
        if (!(await mayOpen(request.path))) {
          throw new ApiError(ReviewErrorCodes.forbiddenPath, `Open "${basename(request.path)}" with Open… first.`);
        }
        const opened = await store.open(request.path);
        // Saving back to the file one opened is the normal case.
        access?.grantRead(opened.path);
        access?.grantWrite(opened.path);
        return opened;
      }),

    'review.save': ({ path, review, expected, overwrite }) =>
      mapped(async () => {
        if (access && !access.canWrite(path)) {
          throw new ApiError(ReviewErrorCodes.forbiddenPath, `Choose where to save "${basename(path)}" with Save As… first.`);
        }
        const saved = await store.save(path, review, { expected: expected ?? null, overwrite: overwrite ?? false });
        access?.grantRead(saved.path);
        access?.grantWrite(saved.path);
        return { path: saved.path, stamp: saved.stamp, updatedAt: saved.review.updatedAt };
      }),

    'review.autosave': ({ review, path }) => mapped(() => store.autosave(review as Review, path ?? null)),
    'review.listRestorable': () => mapped(() => store.listRestorable()),
    'review.restore': ({ id }) => mapped(() => store.restore(id)),
    'review.discardRestorable': ({ id }) => mapped(() => store.discardRestorable(id)),
    'review.recent': () => mapped(() => store.recent()),

    'review.export': async ({ review, format, findings, includeTargetOnly }) => {
      const out = await exportReview(review, format, { findings: findings ?? [], includeTargetOnly: includeTargetOnly ?? false });
      return { bytesBase64: Buffer.from(out.bytes).toString('base64'), fileName: out.fileName, mime: out.mime };
    },
  };
}

/** One store per data folder, so autosaves and the recent list are shared by both transports. */
const stores = new Map<string, ReviewStore>();

export function reviewStoreFor(dataDir: string): ReviewStore {
  const key = resolve(dataDir);
  let store = stores.get(key);
  if (!store) {
    store = new ReviewStore({ dataDir: key });
    stores.set(key, store);
  }
  return store;
}

const reviewPart: HandlerPart = (services: Services) =>
  reviewHandlers(reviewStoreFor(services.dataDir), {
    access: services.grants,
    glossary: async () => {
      // The same glossary file (and path rule) as the glossary and DeepL areas.
      return { terms: await (await storeAt(glossaryPlace(services).path)).refresh() };
    },
    analyzeOptions: () => ({ houseStyle: { article: services.settings.get().houseStyleArticle } }),
  });

export default reviewPart;
