// One lint config. Its main job is DESIGN.md's dependency rule: src/ is pure, renderer/ never reaches main/.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'stream', 'worker_threads', 'zlib', 'util', 'events', 'buffer'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'release/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'src/ is the pure engine: no Electron.' },
          { group: nodeBuiltins, message: 'src/ is the pure engine: no Node built-ins (pass bytes and strings in).' },
          { group: ['**/main/**', '../main/*', '../../main/*', '**/renderer/**'], message: 'src/ depends on nothing outside src/.' },
          { group: ['react', 'react-dom', 'react-dom/*'], message: 'src/ is the pure engine: no UI.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'src/ must not touch the DOM.' },
        { name: 'document', message: 'src/ must not touch the DOM.' },
        { name: 'process', message: 'src/ must not touch Node.' },
        { name: 'require', message: 'src/ is ESM and pure.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/main/**', '../main/*', '../../main/*'], message: 'renderer/ talks to main only through the typed API (src/api).' },
          { group: ['electron', 'electron/*'], message: 'No Electron in the renderer: use window.tadqiq.' },
          { group: nodeBuiltins, message: 'No Node in the renderer.' },
        ],
      }],
    },
  },
  {
    // The checks, alignment and the name engine run in the engine worker; the UI thread gets their results
    // (and the checks' titles) in its messages, so its bundle stays small and the first rows paint early.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['renderer/worker/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/src/checks/*', '**/src/analyze.js', '**/src/names/index.js', '**/src/align/*', '**/src/review/create.js'],
          message: 'The engine runs in renderer/worker/: the UI thread receives its results (renderer/engine/types.ts).',
          allowTypeImports: true,
        }],
      }],
    },
  },
);
