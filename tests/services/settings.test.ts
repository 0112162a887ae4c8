import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SettingsService, defaultDataDir } from '../../main/services/settings.js';

async function tempDir(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tadqiq-settings-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('a first start has sensible defaults and writes nothing until something changes', async (t) => {
  const dir = await tempDir(t);
  const settings = await SettingsService.open(dir);
  assert.deepEqual(settings.get(), {
    editorName: '',
    houseStyleArticle: 'as-is',
    glossaryPath: null,
    deeplEnglishVariant: 'en-US',
    uiZoom: 1,
    recentFiles: [],
  });
  assert.deepEqual(settings.notices, []);
  assert.deepEqual(await readdir(dir), []);
});

test('changes survive a restart; invalid changes are refused and change nothing', async (t) => {
  const dir = await tempDir(t);
  const settings = await SettingsService.open(dir);
  await settings.update({ editorName: 'ليلى حسن', houseStyleArticle: 'Al-', uiZoom: 1.5 });
  await assert.rejects(settings.update({ uiZoom: 0.1 }), /uiZoom|0\.5/);
  await assert.rejects(settings.update({ houseStyleArticle: 'El-' as 'Al-' }));
  const reopened = await SettingsService.open(dir);
  assert.equal(reopened.get().editorName, 'ليلى حسن');
  assert.equal(reopened.get().houseStyleArticle, 'Al-');
  assert.equal(reopened.get().uiZoom, 1.5);
});

test('the shared glossary can only be a .json file given by its full path', async (t) => {
  const settings = await SettingsService.open(await tempDir(t));
  await settings.update({ glossaryPath: '/shared/desk/glossary.json' });
  await settings.update({ glossaryPath: 'G:\\Desk\\Glossary.JSON' });
  await settings.update({ glossaryPath: '\\\\newsroom\\desk\\glossary.json' });
  assert.equal(settings.get().glossaryPath, '\\\\newsroom\\desk\\glossary.json');
  await assert.rejects(settings.update({ glossaryPath: '/home/layla/.bashrc' }), /must end in \.json/);
  await assert.rejects(settings.update({ glossaryPath: 'glossary.json' }), /full path/);
  await settings.update({ glossaryPath: null });
  assert.equal(settings.get().glossaryPath, null);
});

test('the window position is kept with the settings but never shown to the renderer', async (t) => {
  const dir = await tempDir(t);
  const settings = await SettingsService.open(dir);
  await settings.saveWindowState({ x: 40, y: 30, width: 1400, height: 900, maximized: true });
  const reopened = await SettingsService.open(dir);
  assert.deepEqual(reopened.windowState(), { x: 40, y: 30, width: 1400, height: 900, maximized: true });
  assert.ok(!('window' in reopened.get()));
});

test('recent files: most recent first, no duplicates, at most ten', async (t) => {
  const settings = await SettingsService.open(await tempDir(t));
  for (let i = 1; i <= 12; i++) await settings.addRecentFile(`/news/article-${i}.ar.txt`);
  await settings.addRecentFile('/news/article-5.ar.txt');
  const recent = settings.get().recentFiles;
  assert.equal(recent.length, 10);
  assert.equal(recent[0], '/news/article-5.ar.txt');
  assert.equal(recent.filter((p) => p === '/news/article-5.ar.txt').length, 1);
  assert.ok(!recent.includes('/news/article-1.ar.txt'));
});

test('an unreadable settings file is kept as a copy before defaults replace it, and the editor is told', async (t) => {
  const dir = await tempDir(t);
  const broken = '{"editorName": "Layla", "uiZoom": 1.2,'; // cut off mid-write by a crash
  await writeFile(join(dir, 'settings.json'), broken);
  const settings = await SettingsService.open(dir);
  assert.equal(settings.get().editorName, '');
  assert.equal(settings.notices.length, 1);
  const notice = settings.notices[0] ?? '';
  assert.match(notice, /unreadable/);
  const copyName = (await readdir(dir)).find((f) => f.startsWith('settings.json.corrupt-'));
  assert.ok(copyName, 'a copy of the broken file exists');
  assert.ok(notice.includes(copyName), 'the notice says where the copy is');
  assert.equal(await readFile(join(dir, copyName), 'utf8'), broken);
  assert.deepEqual(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).uiZoom, 1);
});

test('one bad value costs only that value: the other choices are kept', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'settings.json'), JSON.stringify({ editorName: 'Layla', uiZoom: 40, houseStyleArticle: 'al-', window: { width: 'wide' } }));
  const settings = await SettingsService.open(dir);
  assert.equal(settings.get().editorName, 'Layla');
  assert.equal(settings.get().houseStyleArticle, 'al-');
  assert.equal(settings.get().uiZoom, 1);
  assert.equal(settings.windowState(), undefined);
  assert.match(settings.notices[0] ?? '', /\(uiZoom, window\) and were reset/);
  assert.ok((await readdir(dir)).some((f) => f.startsWith('settings.json.corrupt-')));
});

test('quick successive changes end with the last one on disk', async (t) => {
  const dir = await tempDir(t);
  const settings = await SettingsService.open(dir);
  await Promise.all([1.1, 1.2, 1.3, 1.4, 1.5].map((uiZoom) => settings.update({ uiZoom })));
  assert.equal(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).uiZoom, 1.5);
});

test('the default data folder follows each platform\'s convention', () => {
  assert.equal(defaultDataDir({}, 'linux', '/home/layla'), '/home/layla/.config/Tadqiq');
  assert.equal(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/layla'), '/cfg/Tadqiq');
  assert.equal(defaultDataDir({}, 'darwin', '/Users/layla'), '/Users/layla/Library/Application Support/Tadqiq');
  assert.match(defaultDataDir({ APPDATA: 'C:\\Users\\layla\\AppData\\Roaming' }, 'win32', 'C:\\Users\\layla'), /Roaming.Tadqiq$/);
});

test('a saved change of the English variant is announced (the spellchecker follows it); a refused one is not', async (t) => {
  const settings = await SettingsService.open(await tempDir(t));
  const heard: string[] = [];
  const stop = settings.onChange((s) => heard.push(s.deeplEnglishVariant));
  await settings.update({ deeplEnglishVariant: 'en-GB' });
  await assert.rejects(settings.update({ deeplEnglishVariant: 'en-AU' as 'en-GB' }));
  await settings.saveWindowState({ width: 1200, height: 800, maximized: false });
  stop();
  await settings.update({ deeplEnglishVariant: 'en-US' });
  assert.deepEqual(heard, ['en-GB']);
});
