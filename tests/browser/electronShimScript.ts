/** The Electron preload stand-in (electronShim.ts) bundled into one script for Playwright's addInitScript. */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let bundled: Promise<string> | undefined;

export function electronShimScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./electronShim.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bundled;
}
