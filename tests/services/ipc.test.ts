import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { channelNames, type Handlers } from '../../src/api/contract.js';
import { ApiError } from '../../src/api/envelope.js';
import { validateAndDispatch } from '../../main/ipc/dispatch.js';
import { createHandlers, type HandlerPart } from '../../main/ipc/handlers/index.js';
import { createServices, type Dialogs } from '../../main/ipc/services.js';

async function tempDir(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tadqiq-ipc-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A table where every channel of the contract has a handler that records being called. */
function spyHandlers(): { handlers: Partial<Handlers>; called: string[] } {
  const called: string[] = [];
  const handlers: Record<string, unknown> = {};
  for (const name of channelNames) handlers[name] = async () => void called.push(name);
  return { handlers: handlers as Partial<Handlers>, called };
}

test('every channel of the contract refuses malformed requests before its handler runs, naming the channel', async () => {
  const { handlers, called } = spyHandlers();
  const malformed: unknown[] = [42, 'Al-Kadhimi', [1, 2], null, true];
  assert.ok(channelNames.length >= 7, 'the contract has at least the app, settings and files channels');
  for (const name of channelNames) {
    for (const payload of malformed) {
      const result = await validateAndDispatch(handlers, name, payload);
      assert.equal(result.ok, false, `${name} accepted ${JSON.stringify(payload)}`);
      if (result.ok) continue;
      assert.equal(result.error.code, 'invalid-request', name);
      assert.match(result.error.message, new RegExp(`^Invalid request to "${name.replace('.', '\\.')}": `));
    }
  }
  assert.deepEqual(called, [], 'no handler saw a malformed request');
});

test('every channel refuses fields it does not know (a typo is not silently dropped)', async () => {
  const { handlers, called } = spyHandlers();
  assert.ok(channelNames.filter((n) => /^(app|settings|files)\./.test(n)).length >= 7);
  for (const name of channelNames) {
    const result = await validateAndDispatch(handlers, name, { path: '/tmp/a.txt', bytesBase64: '', uiZom: 2 });
    assert.ok(!result.ok && result.error.code === 'invalid-request', `${name} accepted an unknown field`);
    assert.match(result.error.message, /uiZom/);
  }
  assert.deepEqual(called, []);
});

test('a bad field is named in the error an editor or developer sees', async () => {
  const { handlers, called } = spyHandlers();
  const zoom = await validateAndDispatch(handlers, 'settings.update', { uiZoom: 10 });
  assert.ok(!zoom.ok && /uiZoom/.test(zoom.error.message) && /settings\.update/.test(zoom.error.message), JSON.stringify(zoom));

  const article = await validateAndDispatch(handlers, 'settings.update', { houseStyleArticle: 'El-' });
  assert.ok(!article.ok && /houseStyleArticle/.test(article.error.message), JSON.stringify(article));

  // The window position is main's business: the renderer cannot set it through settings.update.
  const windowState = await validateAndDispatch(handlers, 'settings.update', { window: { width: 10, height: 10 } });
  assert.ok(!windowState.ok && /window/.test(windowState.error.message), JSON.stringify(windowState));

  const noPath = await validateAndDispatch(handlers, 'files.readPath', {});
  assert.ok(!noPath.ok && /path/.test(noPath.error.message), JSON.stringify(noPath));
  assert.deepEqual(called, []);

  const good = await validateAndDispatch(handlers, 'settings.update', { houseStyleArticle: 'al-', uiZoom: 1.25 });
  assert.ok(good.ok);
  assert.deepEqual(called, ['settings.update']);
});

test('unknown channels, channels no area answers yet, and failing handlers all answer an envelope', async () => {
  const unknown = await validateAndDispatch({}, 'fs.deleteEverything', {});
  assert.deepEqual(unknown, { ok: false, error: { code: 'unknown-channel', message: 'Tadqiq has no operation called "fs.deleteEverything".' } });

  const proto = await validateAndDispatch({}, '__proto__', {});
  assert.equal(proto.ok ? 'ok' : proto.error.code, 'unknown-channel');

  const missing = await validateAndDispatch({}, 'settings.get', undefined);
  assert.ok(!missing.ok && missing.error.code === 'not-available' && missing.error.message.includes('"settings.get"'));

  const coded = await validateAndDispatch({ 'settings.get': async () => { throw new ApiError('glossary-locked', 'The glossary is being saved by a colleague; try again.'); } }, 'settings.get', undefined);
  assert.deepEqual(coded, { ok: false, error: { code: 'glossary-locked', message: 'The glossary is being saved by a colleague; try again.' } });

  const original = console.error;
  console.error = () => undefined;
  try {
    const bug = await validateAndDispatch({ 'settings.get': async () => { throw new TypeError('x is undefined'); } }, 'settings.get', undefined);
    assert.ok(!bug.ok && bug.error.code === 'internal' && bug.error.message.includes('x is undefined'));
  } finally {
    console.error = original;
  }
});

test('createHandlers merges area parts and refuses two parts answering one channel', async (t) => {
  const services = await createServices({ dataDir: await tempDir(t), transport: 'web', version: '9.9.9' });
  const extra: HandlerPart = () => ({ 'app.info': async () => ({ version: 'x', platform: 'x', transport: 'web' as const, notices: [] }) });
  const table = createHandlers(services);
  assert.equal(typeof table['settings.get'], 'function');
  assert.equal(typeof table['files.readPath'], 'function');
  assert.throws(() => createHandlers(services, [extra, extra]), /Two handler parts answer the channel "app.info"/);
});

test('app.info and settings through the real handlers, in a temporary data folder', async (t) => {
  const dataDir = await tempDir(t);
  const handlers = createHandlers(await createServices({ dataDir, transport: 'web', version: '1.2.3' }));
  const info = await validateAndDispatch(handlers, 'app.info', undefined);
  assert.deepEqual(info, { ok: true, value: { version: '1.2.3', platform: process.platform, transport: 'web', notices: [] } });

  const updated = await validateAndDispatch(handlers, 'settings.update', { editorName: '  Layla Hassan ', deeplEnglishVariant: 'en-GB' });
  assert.ok(updated.ok);
  const reopened = createHandlers(await createServices({ dataDir, transport: 'web', version: '1.2.3' }));
  const settings = await validateAndDispatch(reopened, 'settings.get', {});
  assert.ok(settings.ok);
  assert.equal((settings.value as { editorName: string }).editorName, 'Layla Hassan');
  assert.equal((settings.value as { deeplEnglishVariant: string }).deeplEnglishVariant, 'en-GB');
});

test('file dialogs answer a clear "use the file picker" error in the browser', async (t) => {
  const handlers = createHandlers(await createServices({ dataDir: await tempDir(t), transport: 'web', version: '1' }));
  for (const name of ['files.openDialog', 'files.saveDialog', 'files.choosePath'] as const) {
    const result = await validateAndDispatch(handlers, name, undefined);
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'dialog-unavailable');
    assert.match(result.error.message, /not available in the browser; use the file picker/);
  }
});

test('files: only what the editor picked can be read, only where they chose to save can be written', async (t) => {
  const dataDir = await tempDir(t);
  const article = join(dataDir, 'article.ar.txt');
  const arabic = 'قال رئيس الوزراء مصطفى الكاظمي إن ٣٤ شخصاً أصيبوا.\n';
  await writeFile(article, arabic);
  const saveTo = join(dataDir, 'article.corrected.en.txt');
  const picks: { open: string | null; save: string | null } = { open: article, save: saveTo };
  const dialogs: Dialogs = { openFile: async () => picks.open, saveFile: async () => picks.save, choosePath: async () => picks.open };
  const handlers = createHandlers(await createServices({ dataDir, transport: 'electron', version: '1', dialogs }));

  const refused = await validateAndDispatch(handlers, 'files.readPath', { path: article });
  assert.ok(!refused.ok && refused.error.code === 'forbidden-path' && refused.error.message.includes('article.ar.txt'));
  const secrets = await validateAndDispatch(handlers, 'files.readPath', { path: '/etc/passwd' });
  assert.ok(!secrets.ok && secrets.error.code === 'forbidden-path');

  const opened = await validateAndDispatch(handlers, 'files.openDialog', { title: 'Arabic article', filters: [{ name: 'Text', extensions: ['txt'] }] });
  assert.ok(opened.ok && opened.value);
  const file = opened.value as { name: string; path: string; bytesBase64: string };
  assert.equal(file.name, 'article.ar.txt');
  assert.equal(Buffer.from(file.bytesBase64, 'base64').toString('utf8'), arabic);

  // Reopened later from "recent files", in a new session: still allowed (it is in the recent list).
  const nextSession = createHandlers(await createServices({ dataDir, transport: 'electron', version: '1', dialogs }));
  const again = await validateAndDispatch(nextSession, 'files.readPath', { path: article });
  assert.ok(again.ok);

  // A path chosen to use from now on (the shared glossary) is only a path: it grants no reading or writing.
  const glossary = join(dataDir, 'desk.json');
  picks.open = glossary;
  assert.deepEqual(await validateAndDispatch(handlers, 'files.choosePath', { title: 'Shared glossary file', filters: [{ name: 'Tadqiq glossary', extensions: ['json'] }] }), { ok: true, value: glossary });
  const notGranted = await validateAndDispatch(handlers, 'files.writePath', { path: glossary, bytesBase64: '' });
  assert.ok(!notGranted.ok && notGranted.error.code === 'forbidden-path');

  picks.open = null;
  assert.deepEqual(await validateAndDispatch(handlers, 'files.openDialog', undefined), { ok: true, value: null });
  assert.deepEqual(await validateAndDispatch(handlers, 'files.choosePath', undefined), { ok: true, value: null });

  const english = Buffer.from('Prime Minister Mustafa Al-Kadhimi said 34 people were injured.\n').toString('base64');
  const notChosen = await validateAndDispatch(handlers, 'files.writePath', { path: join(dataDir, 'elsewhere.txt'), bytesBase64: english });
  assert.ok(!notChosen.ok && notChosen.error.code === 'forbidden-path' && /Save As/.test(notChosen.error.message));

  const chosen = await validateAndDispatch(handlers, 'files.saveDialog', { defaultName: 'article.corrected.en.txt' });
  assert.deepEqual(chosen, { ok: true, value: saveTo });
  assert.ok((await validateAndDispatch(handlers, 'files.writePath', { path: saveTo, bytesBase64: english })).ok);
  assert.equal(await readFile(saveTo, 'utf8'), 'Prime Minister Mustafa Al-Kadhimi said 34 people were injured.\n');
});

test('a recent file that was moved away gets a message naming it, not a crash', async (t) => {
  const dataDir = await tempDir(t);
  const gone = join(dataDir, 'moved.en.txt');
  const services = await createServices({ dataDir, transport: 'web', version: '1' });
  await services.settings.addRecentFile(gone);
  const result = await validateAndDispatch(createHandlers(services), 'files.readPath', { path: gone });
  assert.ok(!result.ok && result.error.code === 'file-not-found' && result.error.message.includes('"moved.en.txt" is no longer at'));
});
