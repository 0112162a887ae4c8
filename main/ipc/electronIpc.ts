/**
 * Serves the handler table over Electron IPC: one ipcMain.handle per contract channel, each checking
 * the sender (top frame of our own page) and validating the payload before the handler runs.
 * Takes ipcMain as a parameter so tests can pass a fake and never load Electron.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames, type Handlers } from '../../src/api/contract.js';
import type { ApiResult } from '../../src/api/envelope.js';
import { ipcChannelOf } from './channelName.js';
import { validateAndDispatch } from './dispatch.js';
import { isTrustedSenderUrl, type TrustedOrigins } from './senderCheck.js';


type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export function isTrustedEvent(event: InvokeEvent, trusted: TrustedOrigins): boolean {
  const frame = event.senderFrame;
  // A subframe could be anything the page embedded; only the top frame speaks for the app.
  if (!frame || frame.parent !== null) return false;
  return isTrustedSenderUrl(frame.url, trusted);
}

export async function handleInvoke(
  handlers: Partial<Handlers>,
  trusted: TrustedOrigins,
  name: string,
  event: InvokeEvent,
  payload: unknown,
): Promise<ApiResult<unknown>> {
  if (!isTrustedEvent(event, trusted)) {
    console.warn(`[tadqiq] refused "${name}" from an untrusted page: ${event.senderFrame?.url ?? '(no frame)'}`);
    return { ok: false, error: { code: 'untrusted-sender', message: 'This page is not allowed to use Tadqiq.' } };
  }
  return validateAndDispatch(handlers, name, payload);
}

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handlers: Partial<Handlers>,
  trusted: TrustedOrigins,
): () => void {
  for (const name of channelNames) {
    ipcMain.handle(ipcChannelOf(name), (event, payload: unknown) => handleInvoke(handlers, trusted, name, event, payload));
  }
  return () => {
    for (const name of channelNames) ipcMain.removeHandler(ipcChannelOf(name));
  };
}

