/**
 * Three builds: the main process (out/main/index.js, ESM), the sandboxed preload (out/preload/index.cjs:
 * sandboxed preloads must be CommonJS with every dependency bundled, since they can require only
 * 'electron'), and the React renderer (out/renderer). None of them needs the Electron binary.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { cspMeta } from './main/web/csp.js';

const root = import.meta.dirname;

/** file:// pages get no response headers, so the built index.html carries the CSP itself. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'tadqiq:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() }, injectTo: 'head-prepend' }],
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      lib: { entry: resolve(root, 'main/electron/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      lib: { entry: resolve(root, 'main/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      rolldownOptions: { output: { format: 'cjs', entryFileNames: 'index.cjs', codeSplitting: false } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // The page parses every byte before the first row paints: ship it minified (source maps stay off, as before).
      minify: true,
      // The CSP allows fonts only from 'self' (files), not data: URLs; keep every font a file.
      assetsInlineLimit: (file: string) => (/\.(woff2?|ttf|otf)$/i.test(file) ? false : undefined),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
    worker: { format: 'es' },
  },
});
