/**
 * `npm run bench [-- <name> [args...]]`: with no name, runs every benchmark that needs no data path;
 * with a name, runs that one with its arguments (e.g. `npm run bench -- names ../shared/data/names/clusters_full.tsv`).
 * Every figure is printed beside a baseline measured in the same process.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

export interface Bench {
  name: string;
  description: string;
  /** True when the bench cannot run without a data path argument. */
  needsPath: boolean;
  run(args: string[]): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));

async function loadAll(): Promise<Bench[]> {
  const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
  const out: Bench[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: Bench };
    out.push(mod.default);
  }
  return out;
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const benches = await loadAll();
  if (name) {
    const bench = benches.find((b) => b.name === name);
    if (!bench) {
      console.error(`unknown benchmark "${name}"; available: ${benches.map((b) => b.name).join(', ')}`);
      process.exit(2);
    }
    await bench.run(args);
    return;
  }
  for (const bench of benches) {
    if (bench.needsPath) {
      console.log(`\n## ${bench.name}: skipped (needs a data path: npm run bench -- ${bench.name} <path>)`);
      continue;
    }
    console.log(`\n## ${bench.name}: ${bench.description}`);
    await bench.run([]);
  }
}

await main();
