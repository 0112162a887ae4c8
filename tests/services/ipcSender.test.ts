import { test } from 'node:test';
import assert from 'node:assert/strict';
import { channelNames } from '../../src/api/contract.js';
import { handleInvoke, isTrustedEvent, registerIpcHandlers } from '../../main/ipc/electronIpc.js';
import { isTrustedSenderUrl } from '../../main/ipc/senderCheck.js';

const built = { rendererIndexUrl: 'file:///opt/Tadqiq/resources/app.asar/out/renderer/index.html' };
const dev = { ...built, devServerUrl: 'http://localhost:5173' };

test('our own page is trusted, with or without the files to open in its query', () => {
  assert.ok(isTrustedSenderUrl('file:///opt/Tadqiq/resources/app.asar/out/renderer/index.html', built));
  assert.ok(isTrustedSenderUrl('file:///opt/Tadqiq/resources/app.asar/out/renderer/index.html?open=%2Fnews%2Fa.ar.txt#top', built));
  assert.ok(isTrustedSenderUrl('http://localhost:5173/?open=x', dev));
});

test('any other page is refused', () => {
  const others = [
    'file:///tmp/evil.html',
    'file:///opt/Tadqiq/resources/app.asar/out/renderer/other.html',
    'file:///opt/Tadqiq/resources/app.asar/out/renderer/index.html/../../secret.html',
    'https://example.com/out/renderer/index.html',
    'http://localhost:5173/', // no dev server in a built app
    'javascript:alert(1)',
    'about:blank',
    'data:text/html,<script>1</script>',
    '',
    'not a url',
  ];
  for (const url of others) assert.equal(isTrustedSenderUrl(url, built), false, url);
  assert.equal(isTrustedSenderUrl('http://localhost:5174/', dev), false, 'another port');
  assert.equal(isTrustedSenderUrl('http://evil.localhost:5173/', dev), false, 'another host');
  assert.equal(isTrustedSenderUrl(undefined, built), false);
});

test('only the top frame of our page may call main, and a refused call never reaches a handler', async () => {
  const top = { senderFrame: { url: built.rendererIndexUrl, parent: null } } as never;
  const sub = { senderFrame: { url: built.rendererIndexUrl, parent: {} } } as never;
  const foreign = { senderFrame: { url: 'https://example.com/', parent: null } } as never;
  assert.ok(isTrustedEvent(top, built));
  assert.equal(isTrustedEvent(sub, built), false);
  assert.equal(isTrustedEvent({ senderFrame: null } as never, built), false);

  let calls = 0;
  const handlers = { 'settings.get': async () => { calls++; return {} as never; } };
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    const refused = await handleInvoke(handlers, built, 'settings.get', foreign, undefined);
    assert.deepEqual(refused, { ok: false, error: { code: 'untrusted-sender', message: 'This page is not allowed to use Tadqiq.' } });
    assert.equal(calls, 0);
  } finally {
    console.warn = warn;
  }
  assert.deepEqual(await handleInvoke(handlers, built, 'settings.get', top, undefined), { ok: true, value: {} });
  assert.equal(calls, 1);
});

test('exactly the contract\'s channels are registered with ipcMain, and can be removed again', () => {
  const registered: string[] = [];
  const removed: string[] = [];
  const ipcMain = { handle: (c: string) => void registered.push(c), removeHandler: (c: string) => void removed.push(c) };
  const dispose = registerIpcHandlers(ipcMain as never, {}, built);
  assert.deepEqual(registered, channelNames.map((n) => `tadqiq:${n}`));
  dispose();
  assert.deepEqual(removed, registered);
});
