import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/analyze.js';
import { alignDocuments } from '../../../src/align/align.js';
import { findCheck } from '../../../src/checks/registry.js';
import type { Finding } from '../../../src/model.js';
import { term } from '../../helpers/deeplSamples.js';

function joins(arabic: string, english: string): { findings: Finding[]; fixed: string } {
  const segments = alignDocuments(arabic, english);
  const findings = runChecks(segments, { terms: [] }).filter((f) => f.check === 'name-joins');
  const out = new Map(segments.map((s) => [s.id, s.target]));
  for (const r of [...(findings[0]?.fix ?? [])].sort((a, b) => b.start - a.start)) {
    const t = out.get(r.segment)!;
    out.set(r.segment, t.slice(0, r.start) + r.text + t.slice(r.end));
  }
  return { findings, fixed: [...out.values()].join('\n\n') };
}

const AR = 'وقالت ليندا توماس غرينفيلد إن القرار سيفشل.\n\nوأضافت توماس غرينفيلد أن المفاوضات مستمرة.\n\nوختمت توماس غرينفيلد بأن بلادها ستصوت ضده.';

test('the check is registered as a note', () => {
  assert.equal(findCheck('name-joins')?.severity, 'info');
});

test('one full name joined by a hyphen here and a space there: the join used most is the fix, written once per place', () => {
  const { findings, fixed } = joins(AR, 'Linda Thomas-Greenfield said the resolution would fail.\n\nThomas Greenfield added that talks continue.\n\nThomas-Greenfield concluded that her country would vote against it.');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.message, 'توماس غرينفيلد is written with a hyphen and with a space: "Thomas-Greenfield" (2×), "Thomas Greenfield" (1×). Use "Thomas-Greenfield", the one used most.');
  assert.deepEqual(findings[0]!.fix!.map((r) => r.text), ['-']);
  assert.match(fixed, /\nThomas-Greenfield added/);
  assert.equal(findings[0]!.occurrences.length, 3);
});

test('a tie goes to the first written; a name joined alike everywhere, or with a no-break space, is no question', () => {
  const tie = joins(AR.split('\n\n').slice(0, 2).join('\n\n'), 'Linda Thomas Greenfield said the resolution would fail.\n\nThomas-Greenfield added that talks continue.');
  assert.match(tie.findings[0]!.message, /Use "Thomas Greenfield", the first written\.$/);
  assert.match(tie.fixed, /\nThomas Greenfield added/);
  assert.deepEqual(joins(AR, 'Linda Thomas-Greenfield said the resolution would fail.\n\nThomas-Greenfield added that talks continue.\n\nThomas-Greenfield concluded that her country would vote against it.').findings, []);
  assert.deepEqual(joins(AR, 'Linda Thomas\u00A0Greenfield said the resolution would fail.\n\nThomas Greenfield added that talks continue.\n\nThomas Greenfield concluded that her country would vote against it.').findings, []);
});

test('two names side by side only in English are no full name: "the Biden-Putin summit" beside "Biden and Putin"', () => {
  const { findings } = joins('عقدت قمة بايدن وبوتين في جنيف.\n\nوالتقى بايدن بوتين مرة أخرى.', 'The Biden-Putin summit was held in Geneva.\n\nBiden Putin met again.');
  assert.deepEqual(findings, []);
});

const MAHDI_AR = 'قال رئيس الوزراء عادل عبد المهدي إن الحكومة مستعدة.\n\nوأضاف عبد المهدي أن الانتخابات قريبة.\n\nوالتقى عبد المهدي الرئيس عبد الفتاح السيسي.';

test('a compound name hyphenated here and spaced there is a join, not a spelling: a note, and the fix writes only the join', () => {
  const en = 'Prime Minister Adil Abdul-Mahdi said the government was ready.\n\nAbdul Mahdi added that elections were near.\n\nAbdul-Mahdi met President Abdel-Fattah el-Sisi.';
  const segments = alignDocuments(MAHDI_AR, en);
  const all = runChecks(segments, { terms: [] });
  assert.equal(all.some((f) => f.check === 'name-variants'), false, 'not a spelling warning');
  const { findings, fixed } = joins(MAHDI_AR, en);
  assert.deepEqual(findings.map((f) => f.message), ['عبد المهدي is written with a hyphen and with a space: "Abdul-Mahdi" (2×), "Abdul Mahdi" (1×). Use "Abdul-Mahdi", the one used most.']);
  assert.deepEqual(findings[0]!.fix, [{ segment: segments[1]!.id, start: 5, end: 6, text: '-' }]);
  assert.match(fixed, /\nAbdul-Mahdi added that/);
  // Written alike, with its article and inner article too, it is no question.
  assert.deepEqual(joins('وقال عبد الرحمن الراشد إن الوضع صعب.\n\nوأضاف عبد الرحمن أن الحل قريب.', 'Abd al-Rahman al-Rashed said the situation was hard.\n\nAbd al-Rahman added that a solution was near.').findings, []);
});

test('a compound of three words differing in one join: the fix writes that join only, and a spelling question is left to name-variants', () => {
  const ar = 'وقال عبد الرحمن الراشد إن الوضع صعب.\n\nوأضاف عبد الرحمن أن الحل قريب.\n\nوختم عبد الرحمن بأن الأزمة ستنتهي.';
  const { findings, fixed } = joins(ar, 'Abd al-Rahman al-Rashed said the situation was hard.\n\nAbd-al-Rahman added that a solution was near.\n\nAbd al-Rahman concluded that the crisis would end.');
  assert.deepEqual(findings.map((f) => f.message), ['عبد الرحمن is written with a hyphen and with a space: "Abd al-Rahman" (2×), "Abd-al-Rahman" (1×). Use "Abd al-Rahman", the one used most.']);
  assert.deepEqual(findings[0]!.fix!.map((r) => r.text), [' ']);
  assert.match(fixed, /\nAbd al-Rahman added/);
  const spelled = runChecks(alignDocuments(MAHDI_AR, 'Prime Minister Adil Abdul-Mahdi said the government was ready.\n\nAbdel Mahdi added that elections were near.\n\nAbdul-Mahdi met President Abdel-Fattah el-Sisi.'), { terms: [] });
  assert.deepEqual(spelled.filter((f) => f.check.startsWith('name-')).map((f) => f.check), ['name-variants'], 'Abdel beside Abdul is a spelling, whose fix writes the whole name');
});

test('an approved glossary form settles a compound’s join, even where the article writes it one way throughout', () => {
  const glossary = { terms: [term('عبد المهدي', 'Abdul-Mahdi')] };
  const segments = alignDocuments(MAHDI_AR, 'Prime Minister Adil Abdul Mahdi said the government was ready.\n\nAbdul Mahdi added that elections were near.\n\nAbdul Mahdi met President Abdel-Fattah el-Sisi.');
  const f = runChecks(segments, glossary).filter((x) => x.check === 'name-joins');
  assert.deepEqual(f.map((x) => x.message), ['عبد المهدي is written with a space here ("Abdul Mahdi", 3×) but with a hyphen in the glossary. Use a hyphen here too.']);
  assert.equal(f[0]!.fix!.length, 3);
  assert.deepEqual(runChecks(segments, glossary).map((x) => x.check), ['name-joins'], 'reported once');
});

test('an approved full name in the glossary settles the join of its words, wherever the article writes two of them', () => {
  const glossary = { terms: [term('ليندا توماس غرينفيلد', 'Linda Thomas-Greenfield')] };
  const ar = 'وقالت توماس غرينفيلد إن القرار سيفشل.\n\nوأضافت توماس غرينفيلد أن المفاوضات مستمرة.';
  const segments = alignDocuments(ar, 'Thomas Greenfield said the resolution would fail.\n\nThomas Greenfield added that talks continue.');
  const f = runChecks(segments, glossary).filter((x) => x.check === 'name-joins');
  assert.deepEqual(f.map((x) => x.message), ['توماس غرينفيلد is written with a space here ("Thomas Greenfield", 2×) but with a hyphen in the glossary. Use a hyphen here too.']);
  assert.deepEqual(f[0]!.fix!.map((r) => r.text), ['-', '-']);
  // A particle between two words of the term is no join: Mohammed bin Salman settles nothing about Mohammed Salman.
  const mbs = { terms: [term('محمد بن سلمان', 'Mohammed bin Salman')] };
  const bare = runChecks(alignDocuments('التقى ولي العهد محمد سلمان الرئيس.', 'Crown Prince Mohammed-Salman met the president.'), mbs).filter((x) => x.check === 'name-joins');
  assert.deepEqual(bare, []);
});
