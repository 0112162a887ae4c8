import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script without type declarations
import { findElectronBinary } from '../../scripts/electronBinary.mjs';

type Found = { found: true; path: string } | { found: false; reason: string };
const find = findElectronBinary as (env: NodeJS.ProcessEnv) => Found;

test('a local copy given by ELECTRON_OVERRIDE_DIST_PATH is found without downloading', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'tadqiq-electron-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const exe = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
  await mkdir(join(dir, exe, '..'), { recursive: true });
  await writeFile(join(dir, exe), '');
  const found = find({ ELECTRON_OVERRIDE_DIST_PATH: dir });
  assert.equal(found.found, true);
  if (found.found) assert.equal(found.path, join(dir, exe));
});

test('a wrong ELECTRON_OVERRIDE_DIST_PATH is named in the reason', () => {
  const found = find({ ELECTRON_OVERRIDE_DIST_PATH: '/nowhere/electron-copy' });
  assert.equal(found.found, false);
  if (!found.found) assert.match(found.reason, /ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at \/nowhere\/electron-copy/);
});
