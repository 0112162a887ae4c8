import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tadqiq } from '../../helpers/cliHarness.js';

test('names cluster: one spelling per line in, JSON groups out, every input in exactly one group', async () => {
  const input = '\uFEFFAl-Kadhimi\r\nAl-Kazemi\nHassan\n\nHussein\nHasan\nKhamenei\nKhomeini\nHassan\n';
  const r = await tadqiq(['names', 'cluster', '--format', 'json'], { stdin: input });
  assert.equal(r.code, 0);
  assert.equal(r.stderr, '');
  const groups = JSON.parse(r.stdout) as string[][];
  assert.deepEqual(groups.flat().sort(), ['Al-Kadhimi', 'Al-Kazemi', 'Hasan', 'Hassan', 'Hassan', 'Hussein', 'Khamenei', 'Khomeini'].sort());
  const of = (s: string): string[] => groups.find((g) => g.includes(s))!;
  assert.deepEqual(of('Al-Kadhimi'), ['Al-Kadhimi', 'Al-Kazemi']);
  assert.deepEqual(of('Hassan'), ['Hassan', 'Hasan', 'Hassan']);
  assert.deepEqual(of('Hussein'), ['Hussein']);
  assert.notDeepEqual(of('Khamenei'), of('Khomeini'));
});

test('names cluster: JSON is the default; text prints one group per line', async () => {
  const json = await tadqiq(['names', 'cluster'], { stdin: 'Dbeibah\nDbeiba\n' });
  assert.deepEqual(JSON.parse(json.stdout), [['Dbeibah', 'Dbeiba']]);
  const text = await tadqiq(['names', 'cluster', '--format', 'text'], { stdin: 'Dbeibah\nDbeiba\nSaif\n' });
  assert.equal(text.stdout, 'Dbeibah | Dbeiba\nSaif\n');
});

test('names anchor: scores each spelling against the Arabic word', async () => {
  const r = await tadqiq(['names', 'anchor', 'الكاظمي', 'Al-Kadhimi', 'Al-Kazemi', 'Hassan']);
  assert.equal(r.code, 0);
  const out = JSON.parse(r.stdout) as { arabic: string; scores: Array<{ spelling: string; score: number }> };
  assert.equal(out.arabic, 'الكاظمي');
  assert.deepEqual(out.scores.map((s) => s.spelling), ['Al-Kadhimi', 'Al-Kazemi', 'Hassan']);
  assert.ok(out.scores[0]!.score > 0.9 && out.scores[1]!.score > 0.9);
  assert.ok(out.scores[2]!.score < 0.3);
});

test('usage errors: exit 2, one line on stderr, nothing on stdout', async () => {
  for (const [argv, stdin] of [
    [['names'], ''],
    [['names', 'merge'], ''],
    [['names', 'cluster'], '\n  \n'],
    [['names', 'cluster', '--format', 'xml'], 'Hassan\n'],
    [['names', 'anchor', 'Kadhimi', 'Al-Kadhimi'], ''],
    [['names', 'anchor', 'الكاظمي'], ''],
  ] as Array<[string[], string]>) {
    const r = await tadqiq(argv, { stdin });
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.stdout, '', argv.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, argv.join(' '));
  }
});

test('names settled: what earlier reviews wrote one way and the glossary lacks, as text, JSON or a CSV the glossary imports', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { saved } = await import('../../helpers/savedReview.js');
  const { loadGlossaryFile } = await import('../../../src/glossary/load.js');
  const dir = mkdtempSync(join(tmpdir(), 'tadqiq-settled-'));
  const ar = 'أكد رئيس الوزراء مصطفى الكاظمي أن الانتخابات ستجرى في موعدها.\n\nوقال الكاظمي إن الحكومة مستعدة.';
  const en = 'Prime Minister Mustafa al-Kadhimi confirmed that the elections will be held on time.\n\nAl-Kadhimi said the government was ready.';
  const names = join(dir, 'desk.names.json');
  writeFileSync(names, JSON.stringify({ schema: 1, articles: [saved('r2', 'Election date', ar, en), saved('r1', 'Cabinet meets', ar, en)] }));

  const text = await tadqiq(['names', 'settled', '--names', names, '--house-style', 'Al-']);
  assert.deepEqual([text.code, text.stderr], [0, '']);
  assert.equal(text.stdout, 'الكاظمي → Al-Kadhimi (person; 2 reviews)\nمصطفى الكاظمي → Mustafa Al-Kadhimi (person; 2 reviews)\n');

  const glossary = join(dir, 'glossary.csv');
  writeFileSync(glossary, 'source,target\nمصطفى الكاظمي,Mustafa al-Kadhimi\n');
  const json = await tadqiq(['names', 'settled', '--names', names, '--glossary', glossary, '--format', 'json']);
  assert.deepEqual(JSON.parse(json.stdout), [], 'the glossary already holds the full name, and with it الكاظمي');

  const csv = await tadqiq(['names', 'settled', '--names', names, '--format', 'csv']);
  const imported = loadGlossaryFile(new TextEncoder().encode(csv.stdout), 'settled.csv');
  assert.deepEqual(imported.glossary.terms.map((t) => [t.source, t.target, t.kind, t.status, t.note]), [
    ['الكاظمي', 'al-Kadhimi', 'person', 'proposed', 'Written so in 2 earlier reviews: “Election date”, “Cabinet meets”.'],
    ['مصطفى الكاظمي', 'Mustafa al-Kadhimi', 'person', 'proposed', 'Written so in 2 earlier reviews: “Election date”, “Cabinet meets”.'],
  ]);

  const missing = await tadqiq(['names', 'settled']);
  assert.deepEqual([missing.code, missing.stdout], [2, '']);
  assert.match(missing.stderr, /names settled needs --names <file>/);
});
