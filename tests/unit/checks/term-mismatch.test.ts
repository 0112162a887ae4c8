import { test } from 'node:test';
import assert from 'node:assert/strict';
import { termMismatch } from '../../../src/checks/term-mismatch.js';
import { makeTerm } from '../../../src/glossary/term.js';
import { run, seedSegments, segments } from '../../fixtures/glossary/segments.js';

const pmf = makeTerm({ source: 'الحشد الشعبي', target: 'Popular Mobilization', status: 'approved' });

test('seed: the one-line glossary flags the paragraph where الحشد الشعبي became "the crowd"', () => {
  const segs = seedSegments();
  const findings = run(termMismatch, segs, { terms: [pmf] });
  assert.equal(findings.length, 1);
  const f = findings[0]!;
  assert.equal(f.key, 'term-mismatch:الحشد الشعبي');
  assert.equal(f.severity, 'warning');
  assert.deepEqual(f.data?.term, { id: pmf.id, source: 'الحشد الشعبي', target: 'Popular Mobilization', variants: [] });
  // Paragraph 7 holds الحشد الشعبي six times and "Popular Mobilization" four times; the two left without a
  // rendering are the last two, "قائد الحشد الشعبي، باعتبار الحشد الشعبي", which became "the leader of the crowd,
  // considering the crowd".
  assert.deepEqual(f.occurrences.map((o) => [o.segment, o.side, o.text]), [['s7', 'source', 'الحشد الشعبي'], ['s7', 'source', 'الحشد الشعبي']]);
  const seg = segs.find((s) => s.id === 's7')!;
  for (const o of f.occurrences) assert.equal(seg.source.slice(o.start, o.end), o.text);
  assert.equal(seg.source.slice(f.occurrences[0]!.start - 5, f.occurrences[1]!.end), 'قائد الحشد الشعبي، باعتبار الحشد الشعبي');
  assert.match(f.message, /2 occurrences/);
});

test('sentence segments: clitic forms are found, an accepted variant satisfies, a present target stays silent', () => {
  const term = makeTerm({ source: 'الحشد الشعبي', target: 'Popular Mobilization Forces', variants: ['Hashd al-Shaabi'], status: 'approved' });
  const segs = segments([
    ['التأكيد أنه قائد الحشد الشعبي.', 'to confirm that he is the leader of the crowd.'],
    ['وزار مقرات للحشد الشعبي في ديالى.', 'He visited the headquarters of the Hashd al-Shaabi in Diyala.'],
    ['وقصفت الطائرات مواقع بالحشد الشعبي.', 'Planes struck positions of the popular mobilization forces.'],
    ['واجتمع والحشد الشعبي', ''],
  ]);
  const [f, ...rest] = run(termMismatch, segs, { terms: [term] });
  assert.equal(rest.length, 0);
  const start = segs[0]!.source.indexOf('الحشد');
  assert.deepEqual(f!.occurrences, [{ segment: 's1', side: 'source', start, end: start + 12, text: 'الحشد الشعبي' }]);
});

test('a proposed or rejected term drives no finding', () => {
  const segs = segments([['قائد الحشد الشعبي', 'leader of the crowd']]);
  assert.equal(run(termMismatch, segs, { terms: [{ ...pmf, status: 'proposed' }] }).length, 0);
  assert.equal(run(termMismatch, segs, { terms: [{ ...pmf, status: 'rejected' }] }).length, 0);
  assert.equal(run(termMismatch, segs, { terms: [pmf] }).length, 1);
});

test('when the English has the term\'s forbidden rendering, forbidden-term reports it and this check stays silent', () => {
  const term = makeTerm({ source: 'الكاظمي', target: 'Al-Kadhimi', forbidden: ['Al-Kazemi'], status: 'approved' });
  const segs = segments([['وكان الكاظمي صريحا', 'Al-Kazemi was frank']]);
  assert.equal(run(termMismatch, segs, { terms: [term] }).length, 0);
});

test('fewer renderings than Arabic mentions: the mention left over in order is the one reported', () => {
  const segs = segments([['هاجم الحشد الشعبي المواقع، ثم انسحب الحشد الشعبي.', 'The Popular Mobilization attacked the positions, then the crowd withdrew.']]);
  const [f] = run(termMismatch, segs, { terms: [pmf] });
  assert.equal(f!.occurrences.length, 1);
  assert.equal(f!.occurrences[0]!.start, segs[0]!.source.lastIndexOf('الحشد'));
});

test('a term written with a possessive pronoun (موازنتها, "its budget") is held to its approved rendering too', () => {
  const budget = makeTerm({ source: 'الموازنة', target: 'budget', kind: 'term', status: 'approved' });
  const ok = run(termMismatch, segments([['أقرت الحكومة موازنتها للعام المقبل.', 'The government approved its budget for next year.']]), { terms: [budget] });
  assert.deepEqual(ok, []);
  const [f] = run(termMismatch, segments([['أقرت الحكومة موازنتها للعام المقبل.', 'The government approved its spending plan for next year.']]), { terms: [budget] });
  assert.deepEqual(f?.occurrences.map((o) => o.text), ['موازنتها']);
});

test('a term in its broken plural (الفصائل, "factions") is held to its approved rendering', () => {
  const faction = makeTerm({ source: 'فصيل', target: 'faction', kind: 'term', status: 'approved' });
  const ar = 'رفضت الفصائل المسلحة الاتفاق.';
  assert.deepEqual(run(termMismatch, segments([[ar, 'The armed factions rejected the agreement.']]), { terms: [faction] }), []);
  const [f] = run(termMismatch, segments([[ar, 'The armed groups rejected the agreement.']]), { terms: [faction] });
  assert.deepEqual(f?.occurrences.map((o) => o.text), ['الفصائل']);
});

test('a term in the plural on both sides (الميليشيات, "militias") is rendered as approved; in the plural with the wrong word it is not', () => {
  const militia = makeTerm({ source: 'ميليشيا', target: 'militia', kind: 'term', status: 'approved' });
  const ar = 'هاجمت الميليشيات قاعدة عسكرية قرب الحدود.';
  assert.deepEqual(run(termMismatch, segments([[ar, 'Militias attacked a military base near the border.']]), { terms: [militia] }), []);
  const [f] = run(termMismatch, segments([[ar, 'Armed groups attacked a military base near the border.']]), { terms: [militia] });
  assert.deepEqual(f?.occurrences.map((o) => o.text), ['الميليشيات']);
});

test('seed: a glossary name the English writes otherwise gets a fix, the whole full name or the one word', () => {
  const segs = seedSegments();
  const apply = (f: { fix?: Array<{ segment: string; start: number; end: number; text: string }> }) =>
    segs.map((s) => [...(f.fix ?? [])].filter((r) => r.segment === s.id).sort((a, b) => b.start - a.start).reduce((t, r) => t.slice(0, r.start) + r.text + t.slice(r.end), s.target)).join('\n');
  const full = run(termMismatch, segs, { terms: [makeTerm({ source: 'ليندا توماس غرينفيلد', target: 'Linda Thomas-Greenfield', kind: 'person', status: 'approved' })] });
  assert.equal(full.length, 1);
  assert.deepEqual(full[0]!.fix?.map((r) => r.text), ['Linda Thomas-Greenfield']);
  assert.equal(full[0]!.message, 'The glossary renders "ليندا توماس غرينفيلد" as "Linda Thomas-Greenfield", but one occurrence has no such rendering in the English. The English writes "Linda Thomas Granfield" there; the fix writes the glossary\'s form.');
  assert.match(apply(full[0]!), /Linda Thomas-Greenfield, head of the US delegation/);
  const word = run(termMismatch, segs, { terms: [makeTerm({ source: 'غرينفيلد', target: 'Greenfield', kind: 'person', status: 'approved' })] });
  assert.match(apply(word[0]!), /Linda Thomas Greenfield, head of the US delegation/);
  // A term that is no name (kind "term") is reported, but no English is guessed for it.
  assert.equal(run(termMismatch, segs, { terms: [makeTerm({ source: 'غرينفيلد', target: 'Greenfield', kind: 'term', status: 'approved' })] })[0]!.fix, undefined);
});

test('an organization\'s name gets the fix too (القاعدة: "al-Qaida" → "al-Qaeda"), as a person\'s or a place\'s does', () => {
  const term = makeTerm({ source: 'القاعدة', target: 'al-Qaeda', kind: 'organization', status: 'approved' });
  const segs = segments([['وأعلن تنظيم القاعدة مسؤوليته عن الهجوم.', 'The al-Qaida organization claimed responsibility for the attack.']]);
  assert.deepEqual(run(termMismatch, segs, { terms: [term] })[0]!.fix, [{ segment: 's1', start: 4, end: 12, text: 'al-Qaeda' }]);
});

test('a glossary name fixed at a sentence start keeps its capital', () => {
  const term = makeTerm({ source: 'الكاظمي', target: 'al-Kadhimi', kind: 'person', status: 'approved' });
  const segs = segments([['وقال الكاظمي إن المحادثات كانت صريحة.', 'Al-Kazemi said the talks were frank.']]);
  assert.deepEqual(run(termMismatch, segs, { terms: [term] })[0]!.fix, [{ segment: 's1', start: 0, end: 9, text: 'Al-Kadhimi' }]);
});
