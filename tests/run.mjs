// Runs every *.test.ts under tests/ with Node's own test runner (Node 20 takes no globs, so we list them).
// Usage: node tests/run.mjs [unit|services|browser|electron ...]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('.', import.meta.url).pathname;
const layers = process.argv.slice(2);
const wanted = layers.length > 0 ? layers : ['unit', 'services', 'browser', 'electron'];

function collect(dir) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(collect(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const files = wanted.flatMap((layer) => {
  try { return collect(join(root, layer)).sort(); } catch { return []; }
});
if (files.length === 0) {
  console.error(`no test files found for: ${wanted.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
