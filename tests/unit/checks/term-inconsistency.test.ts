import { test } from 'node:test';
import assert from 'node:assert/strict';
import { termInconsistency } from '../../../src/checks/term-inconsistency.js';
import { makeTerm } from '../../../src/glossary/term.js';
import { run, seedSegments, segments } from '../../fixtures/glossary/segments.js';

test('seed: الحشد الشعبي rendered "Popular Mobilization" and "the crowd" is reported, with both on the page', () => {
  const segs = seedSegments();
  const findings = run(termInconsistency, segs, { terms: [] });
  assert.equal(findings.length, 1);
  const f = findings[0]!;
  assert.equal(f.key, 'term-inconsistency:حشد شعبي');
  assert.deepEqual(f.data?.forms, ['Popular Mobilization', 'the crowd']);
  assert.deepEqual(f.data?.renderings, [{ text: 'Popular Mobilization', count: 6 }, { text: 'the crowd', count: 2 }]);
  for (const o of f.occurrences) {
    const seg = segs.find((s) => s.id === o.segment)!;
    assert.equal((o.side === 'source' ? seg.source : seg.target).slice(o.start, o.end), o.text);
  }
  assert.equal(f.occurrences.filter((o) => o.side === 'source').length, 8);
});

test('seed: once the glossary has an entry for the term (any status), the check is silent', () => {
  const term = makeTerm({ source: 'الحشد الشعبي', target: 'Popular Mobilization', status: 'proposed' });
  assert.equal(run(termInconsistency, seedSegments(), { terms: [term] }).length, 0);
});

test('a consistently rendered term is not reported', () => {
  const segs = segments([
    ['ناقش مجلس الأمن الدولي الأزمة.', 'The UN Security Council discussed the crisis.'],
    ['وأصدر مجلس الأمن الدولي بيانا.', 'The UN Security Council issued a statement.'],
    ['ودعا مجلس الأمن الدولي إلى الهدوء.', 'The UN Security Council called for calm.'],
  ]);
  assert.equal(run(termInconsistency, segs, { terms: [] }).length, 0);
});

test('ambiguity means silence: two candidate renderings with the same evidence are not guessed between', () => {
  const segs = segments([
    ['قصفت الطائرات مواقع الحشد الشعبي.', 'Planes struck Popular Mobilization positions.'],
    ['وقال الحشد الشعبي إنه سيرد.', 'The Popular Mobilization said it would respond.'],
    // The leftover occurrence could be "the crowd" or "the square": no attribution.
    ['وتجمع الحشد الشعبي في الساحة.', 'The crowd gathered in the square.'],
  ]);
  assert.equal(run(termInconsistency, segs, { terms: [] }).length, 0);
});

test('a second rendering repeated where the main one is missing is attributed', () => {
  const segs = segments([
    ['قصفت الطائرات مواقع الحشد الشعبي.', 'Planes struck Popular Mobilization positions.'],
    ['وقال الحشد الشعبي إنه سيرد.', 'The Popular Mobilization said it would respond.'],
    ['وأكد الحشد الشعبي أن الحشد الشعبي جزء من الدولة.', 'The crowd stressed that the crowd is part of the state.'],
  ]);
  const [f, ...rest] = run(termInconsistency, segs, { terms: [] });
  assert.equal(rest.length, 0);
  assert.deepEqual(f?.data?.forms, ['Popular Mobilization', 'The crowd']);
});

test('a term rendered in the singular here and the plural there is one rendering, not two', () => {
  const segs = segments([
    ['افتتحت السوبر ماركت فرعا جديدا في المدينة.', 'The supermarket opened a new branch in the city.'],
    ['وقالت السوبر ماركت إن الأسعار ستنخفض.', 'The supermarket said prices would fall.'],
    ['وأغلقت السوبر ماركت أبوابها يوم الأحد.', 'The supermarket closed its doors on Sunday.'],
    ['وتنافس السوبر ماركت المتاجر الصغيرة.', 'Supermarkets compete with small shops.'],
    ['وتبيع السوبر ماركت الخبز الطازج.', 'Supermarkets sell fresh bread.'],
    ['وتوظف السوبر ماركت آلاف العمال.', 'Supermarkets employ thousands of workers.'],
  ]);
  assert.deepEqual(run(termInconsistency, segs, { terms: [] }).map((f) => f.data?.forms), []);
});

test('a term holding a name (فريق داندي, team Dundee) is not "rendered" by phrases that only share its segments', () => {
  // Dundee is written beside every فريق داندي; "Elite League" (دوري النخبة) and "goals" merely share the segments.
  const segs = segments([
    ['دوري النخبة: فوز فريق داندي ستارز على فريق بلفاست جاينتس بنتيجة 5-3', 'Elite League: Dundee Stars 5-3 Belfast Giants'],
    ['باتريك دواير سجل هدفين لفريق جاينتس ضد فريق داندي', 'Patrick Dwyer hit two goals for the Giants against Dundee'],
    ['عوض فريق داندي ستارز عن خسارته في مباراة دوري النخبة أمام فريق بلفاست جاينتس وفاز بنتيجة 5-3 يوم السبت.', "Dundee Stars atoned for Friday's Elite League loss against Belfast Giants by winning 5-3 in Dundee on Saturday, the two teams' second meeting."],
    ['وحقق فرانسوا بوشار التعادل مع فريق داندي قبل هدف الفوز.', 'Francois Bouchard equalised for Dundee before two Nielsen goals secured their victory.'],
    ['كانت تلك الهزيمة الثالثة بدوري النخبة، بعد هزيمة فريق داندي بنتيجة 2-1 في بلفاست ليلة الجمعة.', 'It was a third Elite League defeat of the season, after they beat Dundee 2-1 in Belfast on Friday night.'],
  ]);
  assert.deepEqual(run(termInconsistency, segs, { terms: [] }).map((f) => f.data?.forms), []);
});
