/**
 * What the preload exposes to the page, built from the contract: one named method per channel, plus
 * onMenuCommand. The page never sees ipcRenderer. A factory taking ipcRenderer so Node tests can check
 * it without Electron.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { MENU_COMMAND_EVENT, OPEN_FILES_EVENT, isMenuCommand, isPathList, type MenuCommand } from '../../src/api/app.js';
import { channelNames, type TadqiqApi } from '../../src/api/contract.js';
import { unwrapResult } from '../../src/api/envelope.js';
import { ipcChannelOf } from '../ipc/channelName.js';

export type MenuCommandListener = (command: MenuCommand) => void;
export type OpenFilesListener = (paths: string[]) => void;

/** window.tadqiq: the contract's methods, and the one main→renderer event. */
export type ExposedApi = TadqiqApi & {
  /** Subscribe to menu commands; returns a function that unsubscribes. */
  onMenuCommand(listener: MenuCommandListener): () => void;
  /** Subscribe to files the system asks the running app to open; returns a function that unsubscribes. */
  onOpenFiles(listener: OpenFilesListener): () => void;
};

export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createExposedApi(ipc: PreloadIpc): ExposedApi {
  const api: Record<string, unknown> = {};
  for (const name of channelNames) {
    api[name] = async (request?: unknown) => unwrapResult(await ipc.invoke(ipcChannelOf(name), request), name);
  }
  // The event object carries sender details the page must not get: listeners receive only checked data.
  const subscribe = <T>(event: string, accept: (value: unknown) => value is T, name: string) => (listener: (value: T) => void) => {
    if (typeof listener !== 'function') throw new TypeError(`${name} needs a function.`);
    const wrapped = (_event: IpcRendererEvent, value: unknown) => {
      if (accept(value)) listener(value);
    };
    ipc.on(event, wrapped);
    return () => {
      ipc.removeListener(event, wrapped);
    };
  };
  api.onMenuCommand = subscribe(MENU_COMMAND_EVENT, isMenuCommand, 'onMenuCommand');
  api.onOpenFiles = subscribe(OPEN_FILES_EVENT, isPathList, 'onOpenFiles');
  return api as ExposedApi;
}
