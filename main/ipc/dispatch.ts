/**
 * The one place a request from the renderer enters main, whatever the transport: find the channel,
 * validate the payload against the contract's zod schema, run the handler, and answer an envelope.
 * Nothing thrown here crosses the boundary as an exception.
 */
import type { z } from 'zod';
import { contract, type ChannelName, type Handlers } from '../../src/api/contract.js';
import { ApiError, ErrorCodes, type ApiResult } from '../../src/api/envelope.js';
import { WriteFailedError } from '../services/atomicWrite.js';

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** "uiZoom: must be at most 3; editorName: expected text" — field paths an editor (or developer) can act on. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'request';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

export async function validateAndDispatch(
  handlers: Partial<Handlers>,
  channelName: string,
  payload: unknown,
): Promise<ApiResult<unknown>> {
  if (!isChannelName(channelName)) {
    return failure(ErrorCodes.unknownChannel, `Tadqiq has no operation called "${channelName}".`);
  }
  const handler = handlers[channelName] as ((request: unknown) => Promise<unknown>) | undefined;
  if (!handler) {
    return failure(ErrorCodes.notAvailable, `"${channelName}" is not available in this version of Tadqiq.`);
  }
  const parsed = contract[channelName].request.safeParse(payload);
  if (!parsed.success) {
    return failure(ErrorCodes.invalidRequest, `Invalid request to "${channelName}": ${describeIssues(parsed.error)}.`);
  }
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    return errorToResult(channelName, e);
  }
}

function errorToResult(channelName: string, e: unknown): ApiResult<unknown> {
  if (e instanceof ApiError) return failure(e.code, e.message);
  if (e instanceof WriteFailedError) return failure(ErrorCodes.writeFailed, e.message);
  // An unexpected failure is a bug: keep the details in main's log, tell the editor what failed.
  console.error(`[tadqiq] "${channelName}" failed:`, e);
  const detail = e instanceof Error ? e.message : String(e);
  return failure(ErrorCodes.internal, `"${channelName}" failed unexpectedly: ${detail}`);
}

function failure(code: string, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}
