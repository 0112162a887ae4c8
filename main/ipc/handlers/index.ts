/**
 * The handler table both transports serve, composed from one part per area. To add an area: write
 * main/ipc/handlers/<area>.ts default-exporting a HandlerPart, then add one import and one entry to
 * `handlerParts` below. Channels no part answers reply "not available" (see validateAndDispatch).
 */
import type { Handlers } from '../../../src/api/contract.js';
import type { Services } from '../services.js';
import app from './app.js';
import deepl from './deepl.js';
import files from './files.js';
import glossary from './glossary.js';
import names from './names.js';
import type { HandlerPart } from './part.js';
import review from './review.js';
import settings from './settings.js';

export type { HandlerPart } from './part.js';

export const handlerParts: HandlerPart[] = [app, settings, files, deepl, review, glossary, names];

export function createHandlers(services: Services, parts: readonly HandlerPart[] = handlerParts): Partial<Handlers> {
  const table: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, handler] of Object.entries(part(services))) {
      // Two areas answering one channel is a wiring bug; fail at startup, not on the editor's click.
      if (name in table) throw new Error(`Two handler parts answer the channel "${name}".`);
      table[name] = handler;
    }
  }
  return table as Partial<Handlers>;
}
