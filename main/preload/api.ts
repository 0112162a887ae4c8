/**
 * What the preload exposes to the page, built from the contract: one named method per channel, plus
 * onMenuCommand. The page never sees ipcRenderer. A factory taking ipcRenderer so Node tests can check
 * it without Electron.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { MENU_COMMAND_EVENT, isMenuCommand, type MenuCommand } from '../../src/api/app.js';
import { channelNames, type TadqiqApi } from '../../src/api/contract.js';
import { unwrapResult } from '../../src/api/envelope.js';
import { ipcChannelOf } from '../ipc/channelName.js';

export type MenuCommandListener = (command: MenuCommand) => void;

/** window.tadqiq: the contract's methods, and the one main→renderer event. */
export type ExposedApi = TadqiqApi & {
  /** Subscribe to menu commands; returns a function that unsubscribes. */
  onMenuCommand(listener: MenuCommandListener): () => void;
};

export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function createExposedApi(ipc: PreloadIpc): ExposedApi {
  const api: Record<string, unknown> = {};
  for (const name of channelNames) {
    api[name] = async (request?: unknown) => unwrapResult(await ipc.invoke(ipcChannelOf(name), request), name);
  }
  api.onMenuCommand = (listener: MenuCommandListener) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand needs a function.');
    // The event object carries sender details the page must not get: pass only the command name.
    const wrapped = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipc.on(MENU_COMMAND_EVENT, wrapped);
    return () => {
      ipc.removeListener(MENU_COMMAND_EVENT, wrapped);
    };
  };
  return api as ExposedApi;
}
