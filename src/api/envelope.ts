/**
 * How every answer crosses a transport (Electron IPC or the web bridge): an envelope that is either a
 * value or an error with a code the UI can act on and a message written for an editor. Main never
 * lets an exception cross the boundary; the renderer's transports turn `ok: false` back into ApiError.
 */
import type { ApiErrorShape } from './channel.js';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

/** Error codes shared by both transports. Areas may add their own codes. */
export const ErrorCodes = {
  unknownChannel: 'unknown-channel',
  invalidRequest: 'invalid-request',
  notAvailable: 'not-available',
  dialogUnavailable: 'dialog-unavailable',
  forbiddenPath: 'forbidden-path',
  writeFailed: 'write-failed',
  internal: 'internal',
} as const;

/** An error with a code; thrown by handlers in main and re-thrown by transports in the renderer. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  // A channel answering nothing (void) crosses JSON as { ok: true }: JSON drops an undefined value.
  if (v.ok === true) return true;
  if (v.ok !== false || typeof v.error !== 'object' || v.error === null) return false;
  const e = v.error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' && typeof e.message === 'string';
}

/** Turns an envelope into its value, or throws ApiError carrying the editor-readable message. */
export function unwrapResult<T>(result: unknown, channelName: string): T {
  if (!isApiResult(result)) {
    throw new ApiError(ErrorCodes.internal, `Tadqiq got an unreadable answer for "${channelName}". Please try again.`);
  }
  if (result.ok) return result.value as T;
  throw new ApiError(result.error.code, result.error.message);
}
