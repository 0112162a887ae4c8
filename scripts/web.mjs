#!/usr/bin/env node
// `npm run web [-- --port <n>] [--data <folder>] [--open <arabic-file>,<english-file>]`:
// builds the UI if it has not been built, then serves it with the real services on 127.0.0.1.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

export function ensureBuilt() {
  if (existsSync(join(root, 'out', 'renderer', 'index.html'))) return true;
  console.log('Building the Tadqiq interface (first run)…');
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed (see above); fix it and run "npm run web" again.');
    return false;
  }
  return true;
}

export function runWebBridge(args) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'main', 'web', 'main.ts'), ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
  return child;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!ensureBuilt()) process.exit(1);
  runWebBridge(process.argv.slice(2));
}
