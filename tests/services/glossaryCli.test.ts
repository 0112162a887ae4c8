import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../main/cli.js';
import type { CliIO } from '../../main/cli/command.js';
import { loadGlossaryFile } from '../../src/glossary/load.js';

const fixtures = new URL('../fixtures/glossary/', import.meta.url).pathname;

function fakeIO(cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', cwd, env };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

async function tempDir(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tadqiq-glossary-cli-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await copyFile(join(fixtures, 'desk.csv'), join(dir, 'desk.csv'));
  await copyFile(join(fixtures, 'iraq-desk.tbx'), join(dir, 'iraq-desk.tbx'));
  return dir;
}

test('import a CSV into a new store, list it, then a TBX with a conflict needs --overwrite', async (t) => {
  const dir = await tempDir(t);
  const env = { TADQIQ_GLOSSARY: join(dir, 'store.json'), TADQIQ_EDITOR: 'Huda' };
  let r = fakeIO(dir, env);
  assert.equal(await runCli(['glossary', 'import', 'desk.csv'], r.io), 0);
  assert.match(r.out(), /^added 3, unchanged 0, conflicts left 0, problems 4/);
  assert.match(r.err(), /desk\.csv, line 6: "الكاظمي" repeats line 2/);

  r = fakeIO(dir, env);
  assert.equal(await runCli(['glossary', 'list', '--status', 'approved'], r.io), 0);
  assert.match(r.out(), /approved +person +الكاظمي → Al-Kadhimi +\(variants: Kadhimi \| forbidden: Al-Kazemi; Kazemi/);
  assert.match(r.out(), /\n2 terms\.\n$/);

  // The TBX renders الحشد الشعبي "Popular Mobilization Forces": a conflict with the CSV's "Popular Mobilization".
  r = fakeIO(dir, env);
  assert.equal(await runCli(['glossary', 'import', 'iraq-desk.tbx'], r.io), 1);
  assert.match(r.err(), /"الحشد الشعبي" is "Popular Mobilization Forces" in the file but "Popular Mobilization" in the glossary; kept the glossary's \(use --overwrite to replace\)/);
  r = fakeIO(dir, env);
  await runCli(['glossary', 'list', '--format', 'json'], r.io);
  const before = JSON.parse(r.out()).terms as { source: string; target: string }[];
  assert.equal(before.find((x) => x.source === 'الحشد الشعبي')!.target, 'Popular Mobilization');

  r = fakeIO(dir, env);
  assert.equal(await runCli(['glossary', 'import', 'iraq-desk.tbx', '--overwrite'], r.io), 0);
  r = fakeIO(dir, env);
  await runCli(['glossary', 'list', '--format', 'json'], r.io);
  const after = JSON.parse(r.out()).terms as { source: string; target: string; history: { by: string; action: string }[] }[];
  const pmf = after.find((x) => x.source === 'الحشد الشعبي')!;
  assert.equal(pmf.target, 'Popular Mobilization Forces');
  assert.deepEqual(pmf.history.at(-1)!.by, 'Huda');
});

test('export to TBX and CSV files; what is exported imports back to the same terms', async (t) => {
  const dir = await tempDir(t);
  const store = join(dir, 'g.json');
  await runCli(['glossary', 'import', 'iraq-desk.tbx', '--store', store], fakeIO(dir).io);
  for (const name of ['out.tbx', 'out.csv', 'out.tsv']) {
    const r = fakeIO(dir);
    assert.equal(await runCli(['glossary', 'export', '--store', store, '--out', name], r.io), 0);
    assert.equal(r.out(), '');
    const back = loadGlossaryFile(new Uint8Array(await readFile(join(dir, name))), name);
    assert.deepEqual(back.glossary.terms.map((x) => [x.source, x.target, x.variants, x.forbidden, x.status]), [
      ['مصطفى الكاظمي', 'Mustafa al-Kadhimi', ['Mustafa Kadhimi'], ['Mustafa Al-Kazemi'], 'approved'],
      ['الحشد الشعبي', 'Popular Mobilization Forces', ['Hashd al-Shaabi'], ['Popular Crowd'], 'approved'],
      ['ليندا توماس غرينفيلد', 'Linda Thomas-Greenfield', [], ['Linda Thomas Granfield'], 'approved'],
      ['ديالى', 'Diyala', [], [], 'proposed'],
      ['الكاظمي', 'al-Kadhimi', [], [], 'approved'],
    ]);
  }
  const r = fakeIO(dir);
  assert.equal(await runCli(['glossary', 'export', '--store', store, '--format', 'tsv'], r.io), 0);
  assert.match(r.out(), /^\uFEFFsource\ttarget\tvariants/);
});

test('a malformed file is a usage error (exit 2, one line, nothing on stdout) and the store is untouched', async (t) => {
  const dir = await tempDir(t);
  const store = join(dir, 'g.json');
  await runCli(['glossary', 'import', 'desk.csv', '--store', store], fakeIO(dir).io);
  const saved = await readFile(store, 'utf8');
  await writeFile(join(dir, 'broken.csv'), 'source,target\n"الكاظمي,Al-Kadhimi\n');
  const r = fakeIO(dir);
  assert.equal(await runCli(['glossary', 'import', 'broken.csv', '--store', store], r.io), 2);
  assert.equal(r.out(), '');
  assert.equal(r.err().trim().split('\n').length, 1);
  assert.match(r.err(), /broken\.csv.*line 2.*never closed.*not changed/);
  assert.equal(await readFile(store, 'utf8'), saved);
  const u = fakeIO(dir);
  assert.equal(await runCli(['glossary', 'frobnicate'], u.io), 2);
  assert.equal(await runCli(['glossary', 'export', '--format', 'xlsx', '--store', store], u.io), 2);
});

test('--dry-run reports what would happen and writes nothing', async (t) => {
  const dir = await tempDir(t);
  const store = join(dir, 'g.json');
  const r = fakeIO(dir);
  assert.equal(await runCli(['glossary', 'import', 'desk.csv', '--store', store, '--dry-run'], r.io), 0);
  assert.match(r.out(), /^would add 3/);
  await assert.rejects(readFile(store, 'utf8'), { code: 'ENOENT' });
});
