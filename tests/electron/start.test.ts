import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(join(root, 'out/renderer/index.html'));

test('npm start without an Electron binary explains in one paragraph and serves the UI in the browser', { skip: built ? false : 'skipped: run npm run build first (this test starts with --no-build)', timeout: 60_000 }, async (t) => {
  const home = await mkdtemp(join(tmpdir(), 'tadqiq-start-'));
  const child = spawn(process.execPath, [join(root, 'scripts/start.mjs'), '--no-build'], {
    cwd: root,
    // A local copy that is not there: no download is tried, so the test needs no network.
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(home, 'no-electron-here'), HOME: home, XDG_CONFIG_HOME: join(home, 'config'), APPDATA: join(home, 'config') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(async () => {
    child.kill('SIGTERM');
    await rm(home, { recursive: true, force: true });
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed:\n${out}\n${err}`)), 45_000);
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
  });

  const paragraph = out.split('\n').find((line) => line.startsWith('Tadqiq could not start its desktop window')) ?? '';
  assert.match(paragraph, /no-electron-here/, 'says what is missing');
  assert.match(paragraph, /networks often block/);
  assert.match(paragraph, /ELECTRON_MIRROR=/);
  assert.match(paragraph, /ELECTRON_OVERRIDE_DIST_PATH=/);
  assert.match(paragraph, /served in your browser/);
  assert.doesNotMatch(out + err, /\n\s+at .+:\d+:\d+/, 'no stack trace');

  const page = await fetch(url, { redirect: 'manual' });
  assert.equal(page.status, 303, 'the printed address opens the UI');
});
