// Where Electron's binary is, without triggering its download: node_modules/electron/index.js would
// download on `require` when the binary is missing, so this repeats its lookup (path.txt, dist/,
// ELECTRON_OVERRIDE_DIST_PATH) using the file system only.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function platformPath(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** { found: true, path } or { found: false, reason } — never downloads. */
export function findElectronBinary(env = process.env) {
  const dir = electronPackageDir();
  if (!dir) return { found: false, reason: 'the "electron" package is not installed (run npm ci)' };
  let relative = null;
  try {
    relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = null;
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || platformPath());
    return existsSync(path)
      ? { found: true, path }
      : { found: false, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron at ${path}` };
  }
  if (!relative) return { found: false, reason: "Electron's binary was never downloaded (node_modules/electron has no path.txt)" };
  const path = join(dir, 'dist', relative);
  return existsSync(path) ? { found: true, path } : { found: false, reason: `Electron's binary is missing (${path})` };
}
