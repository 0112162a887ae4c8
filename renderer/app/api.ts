/**
 * The renderer's way to main, through the transport (Electron preload or the web bridge). Channels
 * other areas add later are called by name through `callIfAvailable`, so the review screen degrades
 * (e.g. a download instead of a native save dialog) rather than breaking when a channel is missing.
 */
import type { TadqiqApi } from '../../src/api/contract.js';
import { getApi } from '../transport/index.js';

export { onMenuCommand, onOpenFiles, filesToOpenAtStart, transport } from '../transport/index.js';

let cached: TadqiqApi | null | undefined;

/** The API, or null when the page has no backend at all (then saving falls back to downloads). */
export function getApiOrNull(): TadqiqApi | null {
  if (cached !== undefined) return cached;
  try {
    cached = getApi();
  } catch {
    cached = null;
  }
  return cached;
}

export function hasChannel(api: TadqiqApi | null, name: string): boolean {
  return !!api && typeof (api as unknown as Record<string, unknown>)[name] === 'function';
}

/** Call a channel by name when this build's contract has it; `undefined` when it does not. */
export async function callIfAvailable<T = unknown>(api: TadqiqApi | null, name: string, request?: unknown): Promise<T | undefined> {
  if (!api || !hasChannel(api, name)) return undefined;
  const fn = (api as unknown as Record<string, (r?: unknown) => Promise<T>>)[name] as (r?: unknown) => Promise<T>;
  return fn(request);
}

/** An error's message for an editor: ApiErrors already carry one; anything else gets a plain sentence. */
export function messageOf(err: unknown): string {
  if (err instanceof Error && err.message) return err.message;
  return 'Something went wrong. Your work is still open; try again.';
}
