/**
 * How the UI reaches main: `getApi()` answers window.tadqiq in Electron (exposed by the preload) or a
 * fetch client for the local web bridge in a browser. Both have the same methods, named as the
 * contract's channels, and both throw an Error (ApiError, with `code`) carrying a message for the editor.
 *
 *   const api = getApi();
 *   const settings = await api['settings.get']();
 *   const off = onMenuCommand((command) => { if (command === 'finding.next') ... });
 */
import type { MenuCommand, Transport } from '../../src/api/app.js';
import type { TadqiqApi } from '../../src/api/contract.js';
import { listenForShortcuts } from './shortcuts.js';
import { createWebApi, tokenFromLocation } from './webClient.js';

export { ApiError, ErrorCodes } from '../../src/api/envelope.js';
export type { MenuCommand } from '../../src/api/app.js';

interface ElectronBridge {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onOpenFiles(listener: (paths: string[]) => void): () => void;
}

type WindowWithBridge = Window & { tadqiq?: TadqiqApi & ElectronBridge };

let cached: TadqiqApi | null = null;

export function transport(): Transport {
  return (window as WindowWithBridge).tadqiq ? 'electron' : 'web';
}

export function getApi(): TadqiqApi {
  if (cached) return cached;
  const bridge = (window as WindowWithBridge).tadqiq;
  cached = bridge ?? createWebApi((input, init) => fetch(input, init), { token: tokenFromLocation(window.location.search) });
  return cached;
}

/**
 * Menu commands (New review, Save, Next finding...): from the application menu in Electron, from the
 * same keyboard shortcuts in a browser. Returns a function that stops listening.
 */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const bridge = (window as WindowWithBridge).tadqiq;
  if (bridge) return bridge.onMenuCommand(listener);
  return listenForShortcuts(window, listener);
}

/**
 * Files the system asks the running app to open (a review file double-clicked while Tadqiq is open).
 * Electron only; a browser tab has no such event, so there it never fires. Read each path with
 * api['review.open'] or api['files.readPath'] (main has already allowed them).
 */
export function onOpenFiles(listener: (paths: string[]) => void): () => void {
  const bridge = (window as WindowWithBridge).tadqiq;
  if (bridge && typeof bridge.onOpenFiles === 'function') return bridge.onOpenFiles(listener);
  return () => undefined;
}

/** Files main was asked to open at start (TADQIQ_OPEN / --open), as ?open=<path> in the page address; read them with api['files.readPath']. */
export function filesToOpenAtStart(): string[] {
  return new URLSearchParams(window.location.search).getAll('open');
}
