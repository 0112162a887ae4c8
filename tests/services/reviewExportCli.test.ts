import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import Papa from 'papaparse';
import { runCli } from '../../main/cli.js';
import type { CliIO } from '../../main/cli/command.js';
import { serializeReview, REVIEW_SCHEMA_VERSION } from '../../src/review/file.js';
import { sampleCorrectedParagraphs, sampleReview } from '../unit/formats/sample.js';
import { validateXliff } from '../unit/formats/xsd.js';

function fakeIo(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', cwd, env: {} };
  return { io, out, err };
}

function withReview() {
  const dir = mkdtempSync(join(tmpdir(), 'tadqiq-export-'));
  writeFileSync(join(dir, 'kadhimi.tadqiq.json'), serializeReview(sampleReview()));
  return dir;
}

test('tadqiq export writes each format to --out; the files hold the corrected English', async () => {
  const dir = withReview();
  for (const [format, out] of [['txt', 'out.txt'], ['docx', 'out.docx'], ['xliff', 'out.xlf'], ['xliff12', 'out12.xlf'], ['report-csv', 'qa.csv'], ['changes-html', 'changes.html'], ['md', 'out.md'], ['html', 'out.html'], ['report-html', 'qa.html']] as const) {
    const { io, out: stdout, err } = fakeIo(dir);
    const code = await runCli(['export', 'kadhimi.tadqiq.json', '--format', format, '--out', out], io);
    assert.equal(code, 0, `${format}: ${err.join('')}`);
    assert.match(stdout.join(''), new RegExp(`wrote ${out.replace('.', '\\.')}`));
    assert.ok(existsSync(join(dir, out)));
  }
  assert.equal(readFileSync(join(dir, 'out.txt'), 'utf8'), `${sampleCorrectedParagraphs.join('\n\n')}\n`);
  const docx = await mammoth.extractRawText({ buffer: readFileSync(join(dir, 'out.docx')) });
  assert.deepEqual(docx.value.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean), sampleCorrectedParagraphs);
  assert.deepEqual(await validateXliff(readFileSync(join(dir, 'out.xlf'), 'utf8'), '2'), []);
  assert.deepEqual(await validateXliff(readFileSync(join(dir, 'out12.xlf'), 'utf8'), '1.2'), []);
  const csv = Papa.parse<string[]>(readFileSync(join(dir, 'qa.csv'), 'utf8').replace(/^\uFEFF/, '').trim());
  assert.deepEqual(csv.data[0], ['check', 'check_title', 'severity', 'status', 'message', 'segment', 'side', 'text', 'key']);
  assert.match(readFileSync(join(dir, 'changes.html'), 'utf8'), /<del>Kazemi<\/del><ins>Kadhimi<\/ins>/);
});

test('--out - prints text formats; --include-clutter keeps the web clutter', async () => {
  const dir = withReview();
  const { io, out } = fakeIo(dir);
  assert.equal(await runCli(['export', 'kadhimi.tadqiq.json', '--format', 'txt', '--out', '-', '--include-clutter'], io), 0);
  assert.match(out.join(''), /Leave a Reply/);
});

test('usage and input errors: exit 2, one line on stderr, nothing on stdout, nothing written', async () => {
  const dir = withReview();
  writeFileSync(join(dir, 'newer.tadqiq.json'), serializeReview(sampleReview()).replace(`"schema": ${REVIEW_SCHEMA_VERSION}`, `"schema": ${REVIEW_SCHEMA_VERSION + 1}`));
  writeFileSync(join(dir, 'cut.tadqiq.json'), serializeReview(sampleReview()).slice(0, 300));
  const cases: Array<[string[], RegExp]> = [
    [['export', 'kadhimi.tadqiq.json', '--format', 'pdf', '--out', 'x.pdf'], /--format must be one of: txt, md, html, docx, xliff, xliff12, report-html, report-csv, changes-html/],
    [['export', 'kadhimi.tadqiq.json', '--out', 'x.txt'], /--format is required/],
    [['export', 'kadhimi.tadqiq.json', '--format', 'txt'], /--out <file> is required/],
    [['export', 'missing.tadqiq.json', '--format', 'txt', '--out', 'x.txt'], /missing\.tadqiq\.json: no such file/],
    [['export', 'newer.tadqiq.json', '--format', 'txt', '--out', 'x.txt'], /made by a newer Tadqiq/],
    [['export', 'cut.tadqiq.json', '--format', 'txt', '--out', 'x.txt'], /incomplete/],
    [['export', 'kadhimi.tadqiq.json', '--format', 'docx', '--out', '-'], /cannot go to standard output/],
    [['export', 'kadhimi.tadqiq.json', '--format', 'txt', '--out', 'kadhimi.tadqiq.json/x.txt'], /Could not save "x\.txt"/],
  ];
  for (const [argv, message] of cases) {
    const { io, out, err } = fakeIo(dir);
    assert.equal(await runCli(argv, io), 2, argv.join(' '));
    assert.deepEqual(out, [], argv.join(' '));
    assert.equal(err.length, 1);
    assert.match(err[0]!, message);
    assert.equal(err[0]!.trimEnd().split('\n').length, 1, 'one line');
  }
  assert.equal(existsSync(join(dir, 'x.txt')), false);
});
