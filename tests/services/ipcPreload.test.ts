import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { MENU_COMMAND_EVENT, OPEN_FILES_EVENT } from '../../src/api/app.js';
import { channelNames } from '../../src/api/contract.js';
import { createExposedApi, type PreloadIpc } from '../../main/preload/api.js';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc(answer: (channel: string, request: unknown) => unknown) {
  const invoked: [string, unknown][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: async (channel: string, request: unknown) => {
      invoked.push([channel, request]);
      return answer(channel, request);
    },
    on: (channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
      return ipc;
    },
    removeListener: (channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipc;
    },
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'secret' }, ...args);
  };
  return { ipc: ipc as unknown as PreloadIpc, invoked, emit, listeners };
}

test('the preload exposes exactly one method per contract channel, plus onMenuCommand and onOpenFiles, and no ipcRenderer', () => {
  const api = createExposedApi(fakeIpc(() => ({ ok: true, value: null })).ipc);
  assert.deepEqual(Object.keys(api).sort(), [...channelNames, 'onMenuCommand', 'onOpenFiles'].sort());
  for (const key of Object.keys(api)) assert.equal(typeof (api as unknown as Record<string, unknown>)[key], 'function');
  assert.ok(!('invoke' in api) && !('send' in api) && !('ipcRenderer' in api));
});

test('a call goes to the prefixed channel and returns the value, or throws the editor\'s message', async () => {
  const { ipc, invoked } = fakeIpc((channel) =>
    channel === 'tadqiq:settings.get'
      ? { ok: true, value: { editorName: 'Layla' } }
      : { ok: false, error: { code: 'forbidden-path', message: 'Tadqiq only reopens files you opened before; open "a.txt" with Open… instead.' } },
  );
  const api = createExposedApi(ipc);
  assert.deepEqual(await api['settings.get'](), { editorName: 'Layla' });
  await assert.rejects(api['files.readPath']({ path: '/etc/passwd' }), (e: Error & { code?: string }) => {
    assert.equal(e.message, 'Tadqiq only reopens files you opened before; open "a.txt" with Open… instead.');
    assert.equal(e.code, 'forbidden-path');
    return true;
  });
  assert.deepEqual(invoked, [['tadqiq:settings.get', undefined], ['tadqiq:files.readPath', { path: '/etc/passwd' }]]);
});

test('an answer that is not an envelope is an error, not a value', async () => {
  const api = createExposedApi(fakeIpc(() => 'surprise').ipc);
  await assert.rejects(api['app.info'](), /unreadable answer for "app\.info"/);
});

test('onMenuCommand passes only known command names, never the IPC event, and can unsubscribe', () => {
  const { ipc, emit, listeners } = fakeIpc(() => null);
  const api = createExposedApi(ipc);
  const got: unknown[][] = [];
  const off = api.onMenuCommand((...args: unknown[]) => got.push(args));
  emit(MENU_COMMAND_EVENT, 'finding.next');
  emit(MENU_COMMAND_EVENT, 'rm -rf /');
  emit(MENU_COMMAND_EVENT, 'view.zoomIn');
  assert.deepEqual(got, [['finding.next'], ['view.zoomIn']]);
  off();
  emit(MENU_COMMAND_EVENT, 'finding.previous');
  assert.equal(got.length, 2);
  assert.equal(listeners.get(MENU_COMMAND_EVENT)?.size, 0);
});

test('onOpenFiles passes only lists of paths', () => {
  const { ipc, emit } = fakeIpc(() => null);
  const api = createExposedApi(ipc);
  const got: unknown[][] = [];
  const off = api.onOpenFiles((...args: unknown[]) => got.push(args));
  emit(OPEN_FILES_EVENT, ['/news/2021-07-09 Kadhimi.tadqiq.json']);
  emit(OPEN_FILES_EVENT, '/etc/passwd');
  emit(OPEN_FILES_EVENT, []);
  emit(OPEN_FILES_EVENT, [42]);
  assert.deepEqual(got, [[['/news/2021-07-09 Kadhimi.tadqiq.json']]]);
  off();
  emit(OPEN_FILES_EVENT, ['/news/b.tadqiq.json']);
  assert.equal(got.length, 1);
});

const builtPreload = fileURLToPath(new URL('../../out/preload/index.cjs', import.meta.url));

/** The bundle is checked only when it was built after the last change to the contract or the preload. */
function builtPreloadSkipReason(): string | false {
  if (!existsSync(builtPreload)) return 'skipped: out/preload/index.cjs is not built (run npm run build)';
  const builtAt = statSync(builtPreload).mtimeMs;
  const sources = ['../../src/api', '../../main/preload'].flatMap((dir) => {
    const path = fileURLToPath(new URL(dir, import.meta.url));
    return readdirSync(path).map((f) => join(path, f));
  });
  const newer = sources.find((f) => statSync(f).mtimeMs > builtAt);
  return newer ? `skipped: out/preload/index.cjs is older than ${newer} (run npm run build)` : false;
}

test('the built preload bundle (out/preload/index.cjs) needs only electron and exposes the same methods', { skip: builtPreloadSkipReason() }, () => {
  const exposed: Record<string, unknown> = {};
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
    ipcRenderer: { invoke: async () => ({ ok: true, value: null }), on: () => undefined, removeListener: () => undefined },
  };
  const module = { exports: {} };
  // A sandboxed preload may require nothing but 'electron': run the bundle with exactly that.
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`a sandboxed preload cannot require "${name}"`);
  };
  vm.runInNewContext(readFileSync(builtPreload, 'utf8'), { require: sandboxRequire, module, exports: module.exports, console, URL, TextEncoder, TextDecoder });
  assert.deepEqual([...new Set(required)], ['electron']);
  assert.deepEqual(Object.keys(exposed), ['tadqiq']);
  assert.deepEqual(Object.keys(exposed.tadqiq as object).sort(), [...channelNames, 'onMenuCommand', 'onOpenFiles'].sort());
});
