import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channelNames } from '../../src/api/contract.js';
import { menuAccelerators, menuCommands } from '../../src/api/app.js';
import { startWebBridge } from '../../main/web/server.js';
import { createReview } from '../../src/review/create.js';
import { createWebApi, tokenFromLocation } from '../../renderer/transport/webClient.js';
import { acceleratorLabel, commandForKey, parseAccelerator } from '../../renderer/transport/shortcuts.js';

test('the browser client has one method per channel and talks to a real web bridge', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tadqiq-client-'));
  const bridge = await startWebBridge({ dataDir, rendererDir: dataDir });
  t.after(async () => {
    await bridge.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  const api = createWebApi((input, init) => fetch(input, init), { baseUrl: bridge.origin, token: bridge.token });
  assert.deepEqual(Object.keys(api).sort(), [...channelNames].sort());

  const info = await api['app.info']();
  assert.equal(info.transport, 'web');
  const saved = await api['settings.update']({ deeplEnglishVariant: 'en-GB' });
  assert.equal(saved.deeplEnglishVariant, 'en-GB');
  await assert.rejects(api['files.openDialog'](), (e: Error & { code?: string }) => e.code === 'dialog-unavailable' && /use the file picker/.test(e.message));
  await assert.rejects(api['settings.update']({ uiZoom: 99 }), /Invalid request to "settings\.update": uiZoom/);

  // A channel that answers nothing (void) arrives as nothing, not as "an unreadable answer".
  const { review } = createReview({ source: { name: 'a.ar.txt', text: 'قال الكاظمي إن الحوار مستمر.' }, target: { name: 'a.en.txt', text: 'Al-Kazemi said the dialogue continues.' } });
  await api['review.autosave']({ review, path: null });
  const [kept] = await api['review.listRestorable']();
  assert.equal(await api['review.discardRestorable']({ id: kept!.id }), undefined);
  assert.deepEqual(await api['review.listRestorable'](), []);

  const noToken = createWebApi((input, init) => fetch(input, init), { baseUrl: bridge.origin });
  await assert.rejects(noToken['app.info'](), /access token/);
});

test('a stopped bridge gives the editor a sentence, not "fetch failed"', async () => {
  const api = createWebApi(async () => { throw new TypeError('fetch failed'); });
  await assert.rejects(api['settings.get'](), /is not reachable: is "npm run web" still running\?/);
});

test('the token is taken from the page address when it is still there', () => {
  assert.equal(tokenFromLocation('?token=abc-123&open=%2Fa.txt'), 'abc-123');
  assert.equal(tokenFromLocation('?open=%2Fa.txt'), null);
});

test('in a browser the menu shortcuts become the same menu commands', () => {
  const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) =>
    commandForKey({ key: k, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt });
  assert.equal(key('F8'), 'finding.next');
  assert.equal(key('F8', { shift: true }), 'finding.previous');
  assert.equal(key('s', { ctrl: true }), 'review.save');
  assert.equal(key('S', { meta: true, shift: true }), 'review.saveAs');
  assert.equal(key('z', { ctrl: true }), 'edit.undo');
  assert.equal(key('Z', { ctrl: true, shift: true }), 'edit.redo');
  assert.equal(key('y', { ctrl: true }), 'edit.redo');
  assert.equal(key('+', { ctrl: true, shift: true }), 'view.zoomIn');
  assert.equal(key('=', { ctrl: true }), 'view.zoomIn');
  assert.equal(key('-', { ctrl: true }), 'view.zoomOut');
  assert.equal(key('0', { ctrl: true }), 'view.zoomReset');
  assert.equal(key('s'), null, 'typing an "s" is typing');
  assert.equal(key('n', { ctrl: true }), null, 'browsers keep Ctrl+N for a new window');
  // Every command but New review answers to exactly the key its menu item shows.
  for (const command of menuCommands.filter((c) => c !== 'review.new')) {
    const s = parseAccelerator(command, menuAccelerators[command]);
    assert.equal(key(s.key, { ctrl: s.mod, shift: s.shift, alt: s.alt }), command, command);
  }
});

test('shortcuts are shown as people read them on each platform', () => {
  assert.equal(acceleratorLabel('CmdOrCtrl+Shift+S', false), 'Ctrl+Shift+S');
  assert.equal(acceleratorLabel('CmdOrCtrl+Shift+S', true), '⇧⌘S');
  assert.equal(acceleratorLabel('Shift+F8', true), '⇧F8');
  assert.equal(acceleratorLabel(menuAccelerators['segment.retranslate'], false), 'Ctrl+Shift+D');
  assert.equal(acceleratorLabel(menuAccelerators['help.shortcuts'], true), 'F1');
  const f1 = { key: 'F1', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
  assert.equal(commandForKey(f1), 'help.shortcuts');
});
