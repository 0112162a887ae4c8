import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tadqiq } from '../../helpers/cliHarness.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const seedAr = join(fixtures, 'seed/article.ar.txt');
const seedEn = join(fixtures, 'seed/article.en.txt');

interface Report {
  tool: string;
  version: number;
  source: { encoding: string };
  segments: Array<{ id: string; paragraph: number; source: string; target: string }>;
  findings: Array<{ type: string; severity: string; forms?: string[]; preferred?: string; source?: string; term?: { source: string; target: string }; occurrences: Array<{ segment: string; paragraph: number; start: number; end: number; text: string }> }>;
}

async function checkJson(...args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const r = await tadqiq(['check', ...args, '--format', 'json']);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tadqiq-cli-'));
}

test('seed: one name group for Al-Kadhimi / Al-Kazemi, anchored to الكاظمي, with exact occurrence offsets', async () => {
  const { code, report } = await checkJson(seedAr, seedEn);
  assert.equal(code, 1);
  assert.equal(report.tool, 'tadqiq');
  assert.equal(report.version, 1);
  const groups = report.findings.filter((f) => f.type === 'name-variants');
  const kadhimi = groups.filter((g) => g.forms?.some((f) => /Ka(dh|z)[ei]mi/.test(f)));
  assert.equal(kadhimi.length, 1, 'exactly one group holds the Kadhimi spellings');
  const group = kadhimi[0]!;
  assert.deepEqual([...group.forms!].sort(), ['Al-Kadhimi', 'Al-Kazemi']);
  assert.equal(group.source, 'الكاظمي');
  assert.equal(group.preferred, 'Al-Kazemi', 'without a glossary the most frequent form is preferred');
  for (const o of group.occurrences) {
    const seg = report.segments.find((s) => s.id === o.segment)!;
    assert.equal(seg.target.slice(o.start, o.end), o.text, 'offsets index the segment target');
    assert.match(o.text, /^Al-Ka(dh|z)[ei]mi$/);
  }
  assert.ok(group.occurrences.length >= 13, 'every mention is an occurrence');
});

test('seed: the comment form and "print the article" at the end are text with no source, never glued to a sentence, reported once as clutter', async () => {
  const { report } = await checkJson(seedAr, seedEn);
  const targetOnly = report.segments.filter((s) => s.source === '' && s.target !== '');
  const clutter = ['Leave a Reply', 'print the article', 'You are commenting using your Twitter account', 'Connecting to %s'];
  for (const line of clutter) {
    assert.ok(targetOnly.some((s) => s.target.includes(line)), `"${line}" is target-only`);
    assert.ok(!report.segments.some((s) => s.source !== '' && s.target.includes(line)), `"${line}" is not aligned to Arabic`);
  }
  // The comment form is reported once, as clutter with a fix, and not again as text with no source.
  const mentions = (type: string) => report.findings.filter((f) => f.type === type && f.occurrences.some((o) => o.text.includes('Leave a Reply')));
  assert.equal(mentions('clutter').length, 1);
  assert.equal(mentions('unaligned').length, 0);
  const last = report.segments.filter((s) => s.source !== '').at(-1)!;
  assert.match(last.target, /upcoming strategic dialogue in Washington\.$/);
});

test('seed with a one-line glossary: الحشد الشعبي rendered "the crowd" is a term mismatch', async () => {
  const dir = tempDir();
  const csv = join(dir, 'terms.csv');
  writeFileSync(csv, 'source,target\nالحشد الشعبي,Popular Mobilization\n');
  const { report } = await checkJson(seedAr, seedEn, '--glossary', csv);
  const mismatches = report.findings.filter((f) => f.type === 'term-mismatch');
  assert.ok(mismatches.length >= 1);
  assert.ok(mismatches.every((m) => m.term?.source === 'الحشد الشعبي' && m.term?.target === 'Popular Mobilization'));
  const segs = mismatches.flatMap((m) => m.occurrences.map((o) => report.segments.find((s) => s.id === o.segment)!));
  assert.ok(segs.some((s) => s.target.includes('leader of the crowd')), 'the "crowd" sentence is flagged');
});

test('consistent names are never flagged; different people stay apart', async () => {
  const lebanon = await checkJson(join(fixtures, 'pairs/lebanon.ar.txt'), join(fixtures, 'pairs/lebanon.en.txt'));
  const forms = lebanon.report.findings.filter((f) => f.type === 'name-variants').map((f) => [...(f.forms ?? [])].sort());
  assert.deepEqual(forms.find((g) => g.includes('Nasrallah')), ['Nasrallah', 'Nasrullah']);
  for (const g of forms) {
    assert.ok(!(g.some((f) => /Hassan/.test(f)) && g.some((f) => /Hussein/.test(f))), 'Hassan and Hussein never merge');
    assert.ok(!g.some((f) => /Fadlallah/.test(f)), 'Fadlallah is spelled one way');
    assert.ok(!g.some((f) => /Thani/.test(f)), 'Al Thani is spelled one way');
  }
  const libya = await checkJson(join(fixtures, 'pairs/libya.ar.txt'), join(fixtures, 'pairs/libya.en.txt'));
  const lforms = libya.report.findings.filter((f) => f.type === 'name-variants').map((f) => (f.forms ?? []).join('|'));
  assert.ok(lforms.some((g) => /Manfi/.test(g) && /Menfi/.test(g)), 'al-Menfi / Al-Manfi grouped');
  assert.ok(lforms.some((g) => /Dbeibah/.test(g) && /Dbeiba(\||$)/.test(g)), 'Dbeibah / Dbeiba grouped');
  assert.ok(!lforms.some((g) => /Menfi|Manfi/.test(g) && /Mangoush/.test(g)), 'Menfi and Mangoush stay apart');
});

test('a Windows-1256 Arabic file is read and its encoding reported', async () => {
  const dir = tempDir();
  const text = readFileSync(join(fixtures, 'pairs/libya.ar.txt'), 'utf8').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  const bytes = new Uint8Array([...text].map((ch) => cp1256(ch)));
  const file = join(dir, 'libya-1256.txt');
  writeFileSync(file, bytes);
  const { report } = await checkJson(file, join(fixtures, 'pairs/libya.en.txt'));
  assert.equal(report.source.encoding, 'windows-1256');
  assert.ok(report.segments.some((s) => s.source.includes('المنفي')));
});

/** Encode one char as Windows-1256 via the decoder's own table (Node has no 1256 encoder). */
const table1256 = (() => {
  const dec = new TextDecoder('windows-1256');
  const m = new Map<string, number>();
  for (let b = 0; b < 256; b++) m.set(dec.decode(new Uint8Array([b])), b);
  return m;
})();
function cp1256(ch: string): number {
  const b = table1256.get(ch);
  if (b === undefined) throw new Error(`not in windows-1256: ${ch}`);
  return b;
}

test('input errors: exit 2, one clear line on stderr, nothing on stdout', async () => {
  const dir = tempDir();
  const empty = join(dir, 'empty.en.txt');
  writeFileSync(empty, '  \n\n');
  const binary = join(dir, 'photo.jpg');
  writeFileSync(binary, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 0, 0, 0, 0]));
  const cases: Array<[string[], RegExp]> = [
    [['check', seedAr], /two files/],
    [['check', seedAr, join(dir, 'missing.txt')], /missing\.txt.*no such file/],
    [['check', seedAr, empty], /empty\.en\.txt is empty/],
    [['check', binary, seedEn], /photo\.jpg/],
    [['check', seedAr, seedEn, '--format', 'xml'], /--format must be one of: text, json/],
    [['check', seedAr, seedEn, '--colour'], /unknown option --colour/],
    [['check', seedAr, seedEn, '--glossary', join(dir, 'nope.csv')], /nope\.csv.*no such file/],
  ];
  for (const [argv, message] of cases) {
    const r = await tadqiq(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.stdout, '', argv.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trim().split('\n').length, 1, `one line for ${argv.join(' ')}`);
  }
});

test('text format groups findings by check with paragraphs, forms and the Arabic anchor', async () => {
  const r = await tadqiq(['check', seedAr, seedEn]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /\(name-variants\)/);
  assert.match(r.stdout, /Al-Kazemi ×\d+/);
  assert.match(r.stdout, /Arabic: الكاظمي/);
  assert.match(r.stdout, /paragraphs \d+(, \d+)+/);
});

test('a clean pair exits 0', async () => {
  const dir = tempDir();
  const ar = join(dir, 'a.ar.txt');
  const en = join(dir, 'a.en.txt');
  writeFileSync(ar, 'زار الرئيس تبون الجزائر العاصمة يوم الأحد.\n\nوقال تبون إن الزيارة ناجحة.\n');
  writeFileSync(en, 'President Tebboune visited the capital Algiers on Sunday.\n\nTebboune said the visit was successful.\n');
  const r = await tadqiq(['check', ar, en, '--format', 'json']);
  assert.equal(r.stderr, '');
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(report.findings.filter((f) => f.severity !== 'info').map((f) => f.type), []);
  assert.equal(r.code, 0);
});

test('--batch checks every NAME.ar.txt/NAME.en.txt pair in a folder and writes one JSON report per pair', async () => {
  const dir = tempDir();
  for (const name of ['libya', 'lebanon']) {
    for (const lang of ['ar', 'en']) writeFileSync(join(dir, `${name}.${lang}.txt`), readFileSync(join(fixtures, `pairs/${name}.${lang}.txt`)));
  }
  writeFileSync(join(dir, 'broken.ar.txt'), '');
  writeFileSync(join(dir, 'broken.en.txt'), 'Some English.');
  writeFileSync(join(dir, 'orphan.ar.txt'), 'نص بلا ترجمة.');
  const out = join(dir, 'reports');
  const r = await tadqiq(['check', '--batch', dir, '--out', out]);
  assert.equal(r.code, 2, 'a broken pair makes the batch exit 2 after the others are done');
  assert.match(r.stderr, /broken: one side is empty/);
  assert.match(r.stdout, /2 of 3 pairs checked/);
  for (const name of ['libya', 'lebanon']) {
    const report = JSON.parse(readFileSync(join(out, `${name}.report.json`), 'utf8')) as Report;
    assert.equal(report.tool, 'tadqiq');
    assert.ok(report.segments.length > 3);
  }
  const none = await tadqiq(['check', '--batch', join(dir, 'reports')]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no article pairs/);
});

test('--batch pairs sides in any article format (a Markdown Arabic with a saved web page) and refuses a side given twice, naming both files', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'talks.ar.md'), '# محادثات بغداد\n\nالتقى رئيس الوزراء مصطفى الكاظمي وفدا أمريكيا في بغداد.\n');
  writeFileSync(join(dir, 'talks.en.html'), '<!doctype html><html><body><h1>Baghdad talks</h1><p>Prime Minister Mustafa Al-Kadhimi met a US delegation in Baghdad.</p></body></html>');
  writeFileSync(join(dir, 'twice.ar.txt'), 'نص.');
  writeFileSync(join(dir, 'twice.ar.docx'), 'not really a docx');
  writeFileSync(join(dir, 'twice.en.txt'), 'Text.');
  const r = await tadqiq(['check', '--batch', dir]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /twice: 2 Arabic files \(twice\.ar\.docx, twice\.ar\.txt\); keep one/);
  assert.match(r.stdout, /talks: 0 findings/);
  const report = JSON.parse(readFileSync(join(dir, 'talks.report.json'), 'utf8')) as Report & { source: { path: string }; target: { path: string } };
  assert.deepEqual([report.source.path, report.target.path], ['talks.ar.md', 'talks.en.html']);
  assert.ok(report.segments.some((s) => s.target.includes('Al-Kadhimi') && s.source.includes('الكاظمي')));
});

test('--batch lists a name that one article spells one way and another article another way, in names-across-articles.json', async () => {
  const dir = tempDir();
  const pairs: Record<string, [string, string]> = {
    visit: ['التقى رئيس الوزراء العراقي مصطفى الكاظمي الرئيس الأمريكي جو بايدن في واشنطن.\n\nوقال الكاظمي إن المحادثات كانت صريحة.',
      'Iraqi Prime Minister Mustafa Al-Kadhimi met US President Joe Biden in Washington.\n\nAl-Kadhimi said the talks were frank.'],
    vote: ['أكد رئيس الوزراء مصطفى الكاظمي أن الانتخابات ستجرى في موعدها.\n\nوأضاف الكاظمي أن الحكومة مستعدة.',
      'Prime Minister Mustafa Al-Kazemi confirmed that the elections will be held on time.\n\nAl-Kazemi added that the government is ready.'],
  };
  for (const [name, [ar, en]] of Object.entries(pairs)) {
    writeFileSync(join(dir, `${name}.ar.txt`), ar);
    writeFileSync(join(dir, `${name}.en.txt`), en);
  }
  const r = await tadqiq(['check', '--batch', dir]);
  assert.equal(r.code, 1, 'each article is clean, but the batch has a warning');
  assert.match(r.stdout, /visit: 0 findings/);
  assert.match(r.stdout, /الكاظمي: "Kadhimi" in 1 article \(visit\), "Kazemi" in 1 \(vote\)\. Approve one spelling in the glossary\./);
  const across = JSON.parse(readFileSync(join(dir, 'names-across-articles.json'), 'utf8')) as { names: Array<{ arabic: string; spellings: Array<{ spelling: string; articles: string[] }> }> };
  assert.deepEqual(across.names.map((n) => [n.arabic, n.spellings.map((s) => [s.spelling, s.articles])]), [['الكاظمي', [['Kadhimi', ['visit']], ['Kazemi', ['vote']]]]]);
  // Once the articles agree, the next run's list is empty: an earlier list never stands for it.
  writeFileSync(join(dir, 'vote.en.txt'), pairs.vote![1].replaceAll('Kazemi', 'Kadhimi'));
  const again = await tadqiq(['check', '--batch', dir]);
  assert.equal(again.code, 0);
  assert.doesNotMatch(again.stdout, /across articles/);
  assert.deepEqual((JSON.parse(readFileSync(join(dir, 'names-across-articles.json'), 'utf8')) as { names: unknown[] }).names, []);
});

test('--house-style writes the suggested spelling with the desk\'s article, as the app\'s Settings do', async () => {
  const lower = await tadqiq(['check', seedAr, seedEn, '--house-style', 'al-']);
  assert.match(lower.stdout, /Use "al-Kazemi", the house style\./);
  const asIs = await tadqiq(['check', seedAr, seedEn]);
  assert.match(asIs.stdout, /Use "Al-Kazemi", the most frequent form\./);
});

test('--batch proposes for the glossary the names two articles wrote one way, in names-for-glossary.csv for the glossary\'s Import', async () => {
  const dir = tempDir();
  const pairs: Record<string, [string, string]> = {
    visit: ['التقى رئيس الوزراء مصطفى الكاظمي الرئيس الأمريكي جو بايدن في واشنطن.\n\nوقال الكاظمي إن المحادثات كانت صريحة.',
      'Prime Minister Mustafa Al-Kadhimi met US President Joe Biden in Washington.\n\nAl-Kadhimi said the talks were frank.'],
    vote: ['أكد رئيس الوزراء مصطفى الكاظمي أن الانتخابات ستجرى في موعدها.\n\nوأضاف الكاظمي أن الحكومة مستعدة.',
      'Prime Minister Mustafa Al-Kadhimi confirmed that the elections will be held on time.\n\nAl-Kadhimi added that the government is ready.'],
  };
  for (const [name, [ar, en]] of Object.entries(pairs)) {
    writeFileSync(join(dir, `${name}.ar.txt`), ar);
    writeFileSync(join(dir, `${name}.en.txt`), en);
  }
  const r = await tadqiq(['check', '--batch', dir, '--house-style', 'al-']);
  assert.equal(r.code, 0, 'a settled name is an offer, not a warning');
  assert.match(r.stdout, /names written one way in at least 2 articles that the glossary lacks: 2 \(names-for-glossary\.csv/);
  assert.match(r.stdout, /الكاظمي → al-Kadhimi \(person; 2 articles\)/, 'the house style writes the article');
  const csv = readFileSync(join(dir, 'names-for-glossary.csv'), 'utf8');
  assert.match(csv, /^\uFEFF?source,target,variants,forbidden,kind,note,status\r?\n/);
  assert.match(csv, /الكاظمي,al-Kadhimi,,,person,"Written so in 2 articles: “visit”, “vote”\.",proposed/);
  // Biden is in one article only: no offer. Once the glossary has the name, it is no longer offered.
  assert.doesNotMatch(csv, /Biden/);
  writeFileSync(join(dir, 'glossary.csv'), 'source,target\nالكاظمي,al-Kadhimi\nمصطفى الكاظمي,Mustafa al-Kadhimi\n');
  const again = await tadqiq(['check', '--batch', dir, '--glossary', join(dir, 'glossary.csv')]);
  assert.doesNotMatch(again.stdout, /lacks/);
  assert.equal(readFileSync(join(dir, 'names-for-glossary.csv'), 'utf8').trim().split(/\r?\n/).length, 1, 'only the header: an earlier list never stands for this run');
  const bad = await tadqiq(['check', '--batch', dir, '--house-style', 'AL']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /house-style/);
});

test('--batch names a foreign name by the full name it was written in', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'un.ar.txt'), 'وقالت المندوبة ليندا توماس غرينفيلد إن بلادها ستصوت ضد القرار.');
  writeFileSync(join(dir, 'un.en.txt'), 'Ambassador Linda Thomas-Greenfield said her country would vote against the resolution.');
  writeFileSync(join(dir, 'mt.ar.txt'), 'تلتها ليندا توماس غرينفيلد رئيسة الوفد الأمريكي.');
  writeFileSync(join(dir, 'mt.en.txt'), 'It was read by Linda Thomas Granfield, head of the US delegation.');
  const r = await tadqiq(['check', '--batch', dir]);
  assert.match(r.stdout, /غرينفيلد \(in ليندا توماس غرينفيلد\): "Granfield" in 1 article \(mt\), "Greenfield" in 1 \(un\)\. Approve one spelling in the glossary\./);
  const across = JSON.parse(readFileSync(join(dir, 'names-across-articles.json'), 'utf8')) as { names: Array<{ writtenIn?: string[] }> };
  assert.deepEqual(across.names.map((n) => n.writtenIn), [['ليندا توماس غرينفيلد']]);
});

test('--batch lists a full name that articles join differently (Thomas-Greenfield, Thomas Greenfield), as a note that does not fail the batch', async () => {
  const dir = tempDir();
  const ar = 'وقالت المندوبة ليندا توماس غرينفيلد إن بلادها ستصوت ضد القرار.';
  const pairs: Record<string, string> = {
    un: 'Ambassador Linda Thomas-Greenfield said her country would vote against the resolution.',
    council: 'Ambassador Linda Thomas-Greenfield said her country would vote against the resolution.',
    vote: 'Ambassador Linda Thomas Greenfield said her country would vote against the resolution.',
  };
  for (const [name, en] of Object.entries(pairs)) {
    writeFileSync(join(dir, `${name}.ar.txt`), ar);
    writeFileSync(join(dir, `${name}.en.txt`), en);
  }
  const r = await tadqiq(['check', '--batch', dir]);
  assert.equal(r.code, 0, 'a join is a style note');
  assert.match(r.stdout, /full names joined differently across articles: 1/);
  assert.match(r.stdout, /توماس غرينفيلد \(in ليندا توماس غرينفيلد\): a hyphen in 2 articles \(council, un\), a space in 1 \(vote\)\./);
  const across = JSON.parse(readFileSync(join(dir, 'names-across-articles.json'), 'utf8')) as { names: unknown[]; joins: Array<{ pair: string; joins: Array<{ join: string; articles: string[] }> }> };
  assert.deepEqual(across.names, []);
  assert.deepEqual(across.joins.map((j) => [j.pair, j.joins.map((x) => [x.join, x.articles])]), [['توماس غرينفيلد', [['-', ['council', 'un']], [' ', ['vote']]]]]);
  writeFileSync(join(dir, 'vote.en.txt'), pairs.un!);
  const again = await tadqiq(['check', '--batch', dir]);
  assert.doesNotMatch(again.stdout, /joined differently/);
  assert.deepEqual((JSON.parse(readFileSync(join(dir, 'names-across-articles.json'), 'utf8')) as { joins: unknown[] }).joins, []);
});

test('check reads what editors get: a saved web page, one bilingual XLIFF alone, and refuses a PDF with what to do', async () => {
  const page = await checkJson(seedAr, join(fixtures, 'formats', 'seed-page.html'));
  assert.notEqual(page.code, 2, page.stderr);
  const english = page.report.segments.map((s) => s.target).join('\n');
  assert.match(english, /Al-Kazemi’s visit a few days ago to the Vatican/);
  assert.doesNotMatch(english, /Share on Facebook|gtag/);

  const xliff = await checkJson(join(fixtures, 'formats', 'other-tool-2.0.xlf'));
  assert.notEqual(xliff.code, 2, xliff.stderr);
  assert.match(xliff.report.segments[0]!.source, /الكاظمي/);
  assert.match(xliff.report.segments[0]!.target, /Al-Kazemi was very frank/);

  const dir = tempDir();
  const pdf = join(dir, 'article.pdf');
  writeFileSync(pdf, '%PDF-1.7\n');
  for (const [argv, message] of [
    [['check', seedAr, pdf], /article\.pdf" is a PDF\. Copy the article text/],
    [['check', seedAr, join(fixtures, 'formats', 'other-tool-2.0.xlf')], /bilingual XLIFF.*give it alone/],
    [['check', seedAr], /two files.*or one bilingual XLIFF/],
  ] as Array<[string[], RegExp]>) {
    const r = await tadqiq(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, message);
  }
});

test('--names checks against how the desk’s earlier reviews spelled names: the seed’s Granfield and the earlier Kadhimi', async () => {
  const dir = tempDir();
  const names = join(dir, 'desk.names.json');
  const record = (id: string, title: string, key: string, arabic: string, written: string, writtenIn?: string[]) =>
    ({ id, title, recordedAt: '2026-11-20T09:00:00.000Z', names: [{ key, arabic, spellings: [{ key: written.toLowerCase(), written, mentions: 2 }], ...(writtenIn ? { writtenIn } : {}) }] });
  writeFileSync(names, JSON.stringify({ schema: 1, articles: [
    record('r1', 'UN vote', 'غرينفيلد', 'غرينفيلد', 'Greenfield', ['ليندا توماس غرينفيلد']),
    record('r2', 'Kadhimi meets Biden', 'كاظمي', 'الكاظمي', 'Kadhimi'),
    { id: 'r3', names: 'damaged by hand' },
  ] }));
  const { code, report, stderr } = await checkJson(seedAr, seedEn, '--names', names);
  assert.equal(code, 1);
  const earlier = report.findings.filter((f) => f.type === 'name-earlier-articles');
  assert.deepEqual(earlier.map((f) => [f.source, f.preferred]), [['غرينفيلد', 'Greenfield']]);
  assert.equal(report.findings.find((f) => f.type === 'name-variants' && f.source === 'الكاظمي')?.preferred, 'Al-Kadhimi', 'the earlier articles’ spelling, not the more frequent Al-Kazemi');
  assert.match(stderr, /desk\.names\.json: 1 of 3 earlier reviews could not be read and are left out/);
  assert.equal(JSON.parse(readFileSync(names, 'utf8')).articles.length, 3, 'the file is only read');

  const glossaryAsNames = join(dir, 'glossary.csv');
  writeFileSync(glossaryAsNames, 'source,target\nالكاظمي,Al-Kadhimi\n');
  const wrong = await tadqiq(['check', seedAr, seedEn, '--names', glossaryAsNames]);
  assert.deepEqual([wrong.code, wrong.stdout], [2, '']);
  assert.match(wrong.stderr, /glossary\.csv is not a names file of Tadqiq \(the app's name-memory\.json, or NAME\.names\.json beside a shared glossary\)/);
});
