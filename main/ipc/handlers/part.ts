import type { Handlers } from '../../../src/api/contract.js';
import type { Services } from '../services.js';

/**
 * One area's handlers. Each area file (app.ts, settings.ts, files.ts, review.ts, glossary.ts, deepl.ts, names.ts)
 * default-exports a HandlerPart and is listed once in ./index.ts. A part answers only its own channels;
 * a channel no part answers replies "not available" through validateAndDispatch.
 */
export type HandlerPart = (services: Services) => Partial<Handlers>;
