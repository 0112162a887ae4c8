#!/usr/bin/env node
// `npm start [-- --open <arabic-file>,<english-file>] [--no-build]`: build, then launch the Electron app. Where
// Electron's binary is missing and cannot be downloaded, explain in one paragraph and serve the same
// UI through the web bridge instead.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { electronPackageDir, findElectronBinary } from './electronBinary.mjs';
import { runWebBridge } from './web.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const noBuild = process.argv.includes('--no-build');
const args = process.argv.slice(2).filter((a) => a !== '--no-build');

function build() {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

/** Runs Electron's own installer once (it honours ELECTRON_MIRROR); answers its first error line. */
function tryDownload() {
  const dir = electronPackageDir();
  if (!dir) return 'the "electron" package is not installed';
  console.log("Electron's binary is not here yet; trying to download it once…");
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (result.error?.code === 'ETIMEDOUT') return 'the download did not finish within two minutes';
  if (result.status === 0) return null;
  const firstLine = `${result.stderr ?? ''}`.split('\n').find((l) => l.trim() !== '');
  return firstLine ? firstLine.trim() : `the installer exited with status ${result.status}`;
}

function explainAndServeInBrowser(why) {
  console.log(
    `\nTadqiq could not start its desktop window because Electron, the program that draws it, is not ` +
      `available on this computer (${why}). Newsroom networks often block its download (it comes from GitHub). To get the ` +
      `desktop app, point the download at a mirror your network allows, e.g. ` +
      `ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm start, or unpack a copy of Electron from ` +
      `a colleague or USB stick and run ELECTRON_OVERRIDE_DIST_PATH=/path/to/that/folder npm start. ` +
      `Meanwhile the same Tadqiq interface is now being served in your browser, at the address below.\n`,
  );
  runWebBridge(args);
}

function launch(electronPath) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const open = args.indexOf('--open');
  if (open >= 0 && args[open + 1]) env.TADQIQ_OPEN = args[open + 1];
  const child = spawn(electronPath, [root], { cwd: root, stdio: 'inherit', env });
  child.on('error', (e) => explainAndServeInBrowser(`it could not be run: ${e.message}`));
  child.on('close', (code, signal) => {
    if (code !== null || signal) process.exit(code ?? 0);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if (!noBuild && !build()) {
  console.error('The build failed (see above); fix it and run "npm start" again.');
  process.exit(1);
}
let binary = findElectronBinary();
if (!binary.found && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  const failure = tryDownload();
  binary = failure === null ? findElectronBinary() : { found: false, reason: failure };
}
if (binary.found) launch(binary.path);
else explainAndServeInBrowser(binary.reason);
