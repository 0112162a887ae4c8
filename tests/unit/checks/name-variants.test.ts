import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runChecks, analyze } from '../../../src/analyze.js';
import { findCheck } from '../../../src/checks/registry.js';
import type { AnalyzeOptions, Finding, Glossary, Segment } from '../../../src/model.js';
import { fixtureSegments, segment } from '../names/fixtures.js';

const seedDir = fileURLToPath(new URL('../../fixtures/seed/', import.meta.url));
const asIs: AnalyzeOptions = { houseStyle: { article: 'as-is' } };

function findings(segs: Segment[], check: string, glossary: Glossary = { terms: [] }, options: AnalyzeOptions = asIs): Finding[] {
  return runChecks(segs, glossary, options).filter((f) => f.check === check);
}

/** The target text after applying a fix (replacements per segment, from the end). */
function applyFix(segs: readonly Segment[], f: Finding): Map<string, string> {
  const out = new Map(segs.map((s) => [s.id, s.target]));
  const fix = [...(f.fix ?? [])].sort((a, b) => b.start - a.start);
  for (const r of fix) {
    const t = out.get(r.segment)!;
    out.set(r.segment, t.slice(0, r.start) + r.text + t.slice(r.end));
  }
  return out;
}

test('both name checks are registered with their severities', () => {
  assert.equal(findCheck('name-variants')?.severity, 'warning');
  assert.equal(findCheck('name-article-style')?.severity, 'info');
});

test('seed: one name-variants finding for الكاظمي, preferred Al-Kazemi, fix rewrites the two Al-Kadhimi', () => {
  const ar = readFileSync(seedDir + 'article.ar.txt', 'utf8');
  const en = readFileSync(seedDir + 'article.en.txt', 'utf8');
  const { segments, findings: all } = analyze(ar, en);
  const names = all.filter((f) => f.check === 'name-variants');
  assert.equal(names.length, 1);
  const f = names[0]!;
  assert.equal(f.key, 'name-variants:الكاظمي');
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.data?.forms, ['Al-Kadhimi', 'Al-Kazemi']);
  assert.deepEqual(f.data?.counts, { 'Al-Kadhimi': 2, 'Al-Kazemi': 11 });
  assert.equal(f.data?.preferred, 'Al-Kazemi');
  assert.equal(f.data?.source, 'الكاظمي');
  assert.equal(f.data?.confidence, 'anchored');
  assert.equal(f.occurrences.length, 13);
  assert.equal(f.fix?.length, 2);
  const fixed = [...applyFix(segments, f).values()].join('\n');
  assert.ok(!fixed.includes('Al-Kadhimi'));
  assert.equal(fixed.split('Al-Kazemi').length - 1, 13);
  assert.equal(all.filter((x) => x.check === 'name-article-style').length, 0);
});

test('seed with an approved glossary form: the fix rewrites every Al-Kazemi, keeping the possessive', () => {
  const ar = readFileSync(seedDir + 'article.ar.txt', 'utf8');
  const en = readFileSync(seedDir + 'article.en.txt', 'utf8');
  const glossary: Glossary = { terms: [{ id: 't1', source: 'الكاظمي', target: 'Al-Kadhimi', variants: [], forbidden: [], kind: 'person', status: 'approved', history: [] }] };
  const { segments, findings: all } = analyze(ar, en, glossary);
  const f = all.find((x) => x.check === 'name-variants')!;
  assert.equal(f.data?.preferred, 'Al-Kadhimi');
  assert.equal(f.data?.preferredBy, 'glossary');
  assert.equal(f.fix?.length, 11);
  const fixed = [...applyFix(segments, f).values()].join('\n');
  assert.ok(fixed.includes('Al-Kadhimi’s visit a few days ago'));
  assert.ok(!fixed.includes('Kazemi'));
});

test('a name spelled one way throughout is never flagged', () => {
  const segs = [segment('s1', 'قال حمد بن جاسم إن تميم بن حمد وافق.', 'Hamad bin Jassim said Tamim bin Hamad agreed.')];
  assert.deepEqual(findings(segs, 'name-variants'), []);
  assert.deepEqual(findings(segs, 'name-article-style'), []);
});

test('traps do not become findings, with and without the source', () => {
  const traps = 'Hassan met Hussein. Hamid, Hamad and Ahmad came. Khamenei recalled Khomeini. Nasrallah praised Fadlallah. al-Menfi met al-Mangoush. Saied received Saif.';
  const source = 'التقى حسن حسين. وجاء حامد وحمد وأحمد. واستذكر خامنئي الخميني. وأشاد نصر الله بفضل الله. والتقى المنفي المنقوش. واستقبل سعيد سيف.';
  assert.deepEqual(findings([segment('s1', source, traps)], 'name-variants'), []);
  assert.deepEqual(findings([segment('s1', '', traps)], 'name-variants'), []);
});

test('iraq fixture: spelling variants are a warning; the bare Kadhimi stays bare and a sentence start keeps its capital', () => {
  const segs = fixtureSegments('iraq');
  const [f] = findings(segs, 'name-variants', { terms: [] }, { houseStyle: { article: 'al-' } });
  assert.ok(f);
  assert.equal(f.data?.preferred, 'al-Kazemi');
  const fixed = applyFix(segs, f);
  assert.ok(fixed.get('s1')!.includes('Mustafa al-Kazemi said'));
  assert.ok(fixed.get('s2')!.startsWith('Al-Kazemi added'), 'sentence-initial al- is capitalized');
  assert.ok(fixed.get('s3')!.includes('that Kazemi bears'), 'a mention without the article gets none');
  assert.ok(fixed.get('s4')!.includes('Al-Sadr and al-Kazemi'), 'other names are untouched');
});

test('without the source the finding is keyed by spelling and says so', () => {
  const segs = fixtureSegments('libya', false);
  const fs = findings(segs, 'name-variants');
  assert.equal(fs.length, 1);
  assert.equal(fs[0]!.data?.confidence, 'spelling');
  assert.equal(fs[0]!.data?.source, null);
  assert.match(fs[0]!.key, /^name-variants:~/);
  assert.match(fs[0]!.message, /spelling alone/);
});

test('with no form more frequent than another, the first written is suggested and the message says why', () => {
  const segs = [
    segment('s1', 'وقال مقتدى الصدر إن التيار سيقاطع.', 'Muqtada al-Sadr said the movement would boycott.', 1),
    segment('s2', 'وأضاف مقتدى الصدر أن القرار نهائي.', 'Then Moqtada Al-Sadr added that the decision was final.', 2),
  ];
  const [spelling] = findings(segs, 'name-variants');
  assert.match(spelling!.message, /"Muqtada" \(1×\), "Moqtada" \(1×\)\. Use "Muqtada", the first written of the most frequent forms\.$/);
  const [style] = findings(segs, 'name-article-style');
  assert.match(style!.message, /Use "al-Sadr", the first written of the most frequent styles\.$/);
  const kazemi = analyze(readFileSync(seedDir + 'article.ar.txt', 'utf8'), readFileSync(seedDir + 'article.en.txt', 'utf8')).findings.find((f) => f.check === 'name-variants');
  assert.match(kazemi!.message, /Use "Al-Kazemi", the most frequent form\.$/, '11 against 2 is no tie');
});
