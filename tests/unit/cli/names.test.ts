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
