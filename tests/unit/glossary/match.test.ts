import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GlossaryMatcher, matchSource, matchTarget } from '../../../src/glossary/match.js';
import { makeTerm } from '../../../src/glossary/term.js';

const kadhimi = makeTerm({ source: 'الكاظمي', target: 'Al-Kadhimi', forbidden: ['Al-Kazemi'], kind: 'person', status: 'approved' });
const pmf = makeTerm({ source: 'الحشد الشعبي', target: 'Popular Mobilization', variants: ['Hashd al-Shaabi'], forbidden: ['the crowd'], status: 'approved' });
const pmfForces = makeTerm({ source: 'قوات الحشد الشعبي', target: 'Popular Mobilization Forces', status: 'approved' });
const lebanon = makeTerm({ source: 'لبنان', target: 'Lebanon', kind: 'place', status: 'approved' });
const greenfield = makeTerm({ source: 'ليندا توماس غرينفيلد', target: 'Linda Thomas-Greenfield', forbidden: ['Linda Thomas Granfield'], kind: 'person', status: 'approved' });

test('Arabic: a conjunction and the article in front of a name still match it, offsets cover the written word', () => {
  const text = 'وقال والكاظمي إن الزيارة مهمة';
  const [m, ...rest] = matchSource(text, [kadhimi]);
  assert.equal(rest.length, 0);
  assert.equal(m?.text, 'والكاظمي');
  assert.equal(text.slice(m!.start, m!.end), 'والكاظمي');
});

test('Arabic: لل (preposition + article) and بال match a two-word term', () => {
  const text = 'قدم الدعم للحشد الشعبي ثم التقى بالحشد الشعبي، وكذلك الحشد الشعبي.';
  const ms = matchSource(text, [pmf]);
  assert.deepEqual(ms.map((m) => m.text), ['للحشد الشعبي', 'بالحشد الشعبي', 'الحشد الشعبي']);
});

test('Arabic: diacritics, tatweel and hamza spellings do not prevent a match and offsets stay on the original', () => {
  const text = 'صرّح الكـاظِمي أمس';
  const [m] = matchSource(text, [kadhimi]);
  assert.equal(m?.text, 'الكـاظِمي');
});

test('Arabic: a word that merely begins with a clitic letter is not mangled (لبنان, ولبنان)', () => {
  assert.deepEqual(matchSource('زار لبنان ثم ولبنان', [lebanon]).map((m) => m.text), ['لبنان', 'ولبنان']);
  assert.deepEqual(matchSource('وصل إلى بيروت عاصمة لبنان', [lebanon]).map((m) => m.text), ['لبنان']);
});

test('Arabic: punctuation between the words of a term breaks it; a different word does not match', () => {
  assert.equal(matchSource('الحشد، الشعبي', [pmf]).length, 0);
  assert.equal(matchSource('الحشد والشعبي', [pmf]).length, 0);
  assert.equal(matchSource('الحشود الشعبية', [pmf]).length, 0);
});

test('Arabic: the longest term wins over the term inside it', () => {
  const ms = matchSource('انتشرت قوات الحشد الشعبي في ديالى', [pmf, pmfForces]);
  assert.equal(ms.length, 1);
  assert.equal(ms[0]?.term, pmfForces);
  assert.equal(ms[0]?.text, 'قوات الحشد الشعبي');
});

test('Arabic: Arabic-Indic digits in a term match Latin digits in the text', () => {
  const res = makeTerm({ source: 'القرار ٢٢٥٤', target: 'Resolution 2254', status: 'approved' });
  assert.equal(matchSource('بموجب القرار 2254 الأممي', [res]).length, 1);
});

test('English: case-insensitive, and al-/Al-/el-/Al / no article are one name', () => {
  const text = 'AL-KAZEMI met al-Kazemi, el-Kazemi and Al Kazemi; Kazemi left.';
  const ms = matchTarget(text, [kadhimi]);
  assert.deepEqual(ms.map((m) => m.text), ['AL-KAZEMI', 'al-Kazemi', 'el-Kazemi', 'Al Kazemi', 'Kazemi']);
  assert.ok(ms.every((m) => m.role === 'forbidden'));
  assert.deepEqual(ms.map((m) => m.article), ['AL-', 'al-', 'el-', 'Al ', '']);
});

test('English: whole words only, possessive allowed, hyphen or space between the words of a form', () => {
  assert.equal(matchTarget('The Kazemite party', [kadhimi]).length, 0);
  assert.deepEqual(matchTarget('Al-Kazemi’s visit', [kadhimi]).map((m) => m.text), ['Al-Kazemi']);
  assert.deepEqual(matchTarget('said Linda Thomas-Granfield today', [greenfield]).map((m) => m.text), ['Linda Thomas-Granfield']);
  assert.equal(matchTarget('Linda Thomas. Granfield', [greenfield]).length, 0);
});

test('English: an accepted variant satisfies the term, a forbidden rendering does not', () => {
  const m = new GlossaryMatcher([pmf]);
  assert.ok(m.targetSatisfied('fighters of the Hashd al-Shaabi', pmf));
  assert.ok(m.targetSatisfied('the popular mobilization', pmf));
  assert.ok(!m.targetSatisfied('the leader of the crowd', pmf));
  assert.equal(m.matchTarget('the leader of the crowd')[0]?.role, 'forbidden');
});

test('English: the longest form wins over a form inside it', () => {
  const ms = matchTarget('with the Popular Mobilization Forces.', [pmf, pmfForces]);
  assert.equal(ms.length, 1);
  assert.equal(ms[0]?.term, pmfForces);
  assert.equal(ms[0]?.text, 'Popular Mobilization Forces');
  assert.equal(matchTarget('with the Popular Mobilization Forces.', [pmf, pmfForces], { overlapping: true }).length, 2);
});

test('English: offsets map back over accents and curly quotes', () => {
  const said = makeTerm({ source: 'سعيد', target: 'Said', status: 'approved' });
  const text = '“Saïd” spoke';
  const [m] = matchTarget(text, [said]);
  assert.equal(m?.text, 'Saïd');
});

test('English: on the same words the form written most like the text wins, then the accepted one', () => {
  const term = makeTerm({ source: 'الكاظمي', target: 'Al-Kadhimi', forbidden: ['Kadhimi', 'Al-Kazemi'], status: 'approved' });
  const ms = matchTarget('Al-Kadhimi met Kadhimi and al-Kadhimi', [term]);
  assert.deepEqual(ms.map((m) => [m.text, m.role]), [['Al-Kadhimi', 'target'], ['Kadhimi', 'forbidden'], ['al-Kadhimi', 'target']]);
  const plain = makeTerm({ source: 'الكاظمي', target: 'Al-Kadhimi', status: 'approved' });
  assert.equal(matchTarget('Kadhimi', [plain])[0]?.role, 'target', 'without a forbidden bare form, the bare name satisfies the term');
});

test('Arabic: a glossary term (kind "term") with a possessive pronoun on its head noun still matches; names never do', () => {
  const budget = makeTerm({ source: 'الموازنة', target: 'budget', kind: 'term', status: 'approved' });
  const security = makeTerm({ source: 'الأجهزة الأمنية', target: 'security services', kind: 'term', status: 'approved' });
  const hassan = makeTerm({ source: 'حسن', target: 'Hassan', kind: 'person', status: 'approved' });
  const text = 'وأقر البرلمان موازنته، ثم رفض الوزراء موازنتهم وموازنتها، وانتقد الأجهزة أمنيتها حسنه.';
  assert.deepEqual(matchSource(text, [budget, security, hassan]).map((m) => m.text), ['موازنته', 'موازنتهم', 'وموازنتها']);
  // The pronoun goes on the head noun; the adjective after it keeps its article.
  assert.deepEqual(matchSource('أعادت الحكومة هيكلة أجهزتها الأمنية', [security]).map((m) => m.text), ['أجهزتها الأمنية']);
  // Too short a stem to tell apart: a two-letter word plus ه is not a term.
  const gas = makeTerm({ source: 'غاز', target: 'gas', kind: 'term', status: 'approved' });
  assert.deepEqual(matchSource('غازها', [gas]).map((m) => m.text), ['غازها']);
  assert.deepEqual(matchSource('غزه', [makeTerm({ source: 'غز', target: 'x', kind: 'term', status: 'approved' })]).map((m) => m.text), []);
});

test('a one-word term (kind "term") is found in the plural and dual on both sides; names never are', () => {
  const militia = makeTerm({ source: 'ميليشيا', target: 'militia', kind: 'term', status: 'approved' });
  const drone = makeTerm({ source: 'مسيّرة', target: 'drone', kind: 'term', status: 'approved' });
  const policy = makeTerm({ source: 'سياسة', target: 'policy', kind: 'term', status: 'approved' });
  const hassan = makeTerm({ source: 'حسن', target: 'Hassan', kind: 'person', status: 'approved' });
  const arabic = 'هاجمت الميليشيات قاعدة بمسيرتين، وانتقد حسنين سياسات الحكومة.';
  assert.deepEqual(matchSource(arabic, [militia, drone, policy, hassan]).map((m) => [m.term.target, m.text]), [
    ['militia', 'الميليشيات'], ['drone', 'بمسيرتين'], ['policy', 'سياسات'],
  ]);
  const english = 'Militias attacked a base with two drones, and Hassanein criticized the government policies.';
  assert.deepEqual(matchTarget(english, [militia, drone, policy, hassan]).map((m) => [m.form, m.text]), [
    ['militia', 'Militias'], ['drone', 'drones'], ['policy', 'policies'],
  ]);
  // "talks" is not the plural of a term "talk" written with an s already; a person's name is never pluralized.
  assert.deepEqual(matchTarget('The Hassans met.', [hassan]), []);
});

test('a term (kind "term") is found in its broken plural, alone, in a genitive phrase and with a pronoun; names never are', () => {
  const faction = makeTerm({ source: 'فصيل', target: 'faction', kind: 'term', status: 'approved' });
  const fm = makeTerm({ source: 'وزير الخارجية', target: 'Foreign Minister', kind: 'term', status: 'approved' });
  const commander = makeTerm({ source: 'قائد', target: 'commander', kind: 'term', status: 'approved' });
  const arabic = 'التقى وزراء الخارجية العرب بممثلي الفصائل المسلحة وقادتها في بغداد.';
  assert.deepEqual(matchSource(arabic, [faction, fm, commander]).map((m) => [m.term.target, m.text]), [
    ['Foreign Minister', 'وزراء الخارجية'], ['faction', 'الفصائل'], ['commander', 'وقادتها'],
  ]);
  // In a phrase only the head is plural: the genitive after it must still match.
  assert.deepEqual(matchSource('اجتمع وزراء الداخلية', [fm]), []);
  // A person or place is not pluralized: a leader named قائد is not found in قادة.
  const person = makeTerm({ source: 'قائد', target: 'Qaid', kind: 'person', status: 'approved' });
  assert.deepEqual(matchSource('قادة الأحزاب', [person]), []);
  // The English head is pluralized where it stands: before "of", else last.
  const minister = makeTerm({ source: 'وزير المالية', target: 'Minister of Finance', kind: 'term', status: 'approved' });
  assert.deepEqual(matchTarget('The Arab Foreign Ministers and the Ministers of Finance met.', [fm, minister]).map((m) => m.text), ['Foreign Ministers', 'Ministers of Finance']);
});
