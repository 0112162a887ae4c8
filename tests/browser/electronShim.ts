/**
 * The Electron preload, in plain Chromium: `window.tadqiq` built by the real `createExposedApi` over an
 * ipcRenderer stand-in that forwards each invoke to the web bridge, plus `window.__tadqiqMain.send(event,
 * value)` for what main would send (menu commands, files from the system). The renderer then runs its
 * Electron code paths (transport kind 'electron') in the browser tests. Bundled by `electronShimScript`.
 */
import { createExposedApi, type PreloadIpc } from '../../main/preload/api.js';
import { ipcChannelOf } from '../../main/ipc/channelName.js';
import { channelNames } from '../../src/api/contract.js';

type Listener = (event: unknown, value: unknown) => void;

const channelOfIpc = new Map<string, string>(channelNames.map((name) => [ipcChannelOf(name), name]));
const listeners = new Map<string, Set<Listener>>();

const ipc: PreloadIpc = {
  async invoke(ipcChannel: string, request?: unknown) {
    const name = channelOfIpc.get(ipcChannel) ?? ipcChannel;
    const response = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      ...(request === undefined ? {} : { body: JSON.stringify(request) }),
    });
    return response.json();
  },
  on(event: string, listener: Listener) {
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(listener);
    return ipc as never;
  },
  removeListener(event: string, listener: Listener) {
    listeners.get(event)?.delete(listener);
    return ipc as never;
  },
} as PreloadIpc;

const target = window as unknown as Record<string, unknown>;
target.tadqiq = createExposedApi(ipc);
target.__tadqiqMain = {
  send(event: string, value: unknown) {
    for (const l of listeners.get(event) ?? []) l({ sender: 'main' }, value);
  },
};
