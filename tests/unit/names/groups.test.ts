import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nameGroups, type NameGroup } from '../../../src/names/index.js';
import { alignDocuments } from '../../../src/align/align.js';
import type { Glossary, Term } from '../../../src/model.js';
import { fixtureSegments, segment } from './fixtures.js';

const seedDir = fileURLToPath(new URL('../../fixtures/seed/', import.meta.url));

function groupWith(groups: readonly NameGroup[], form: string): NameGroup {
  const g = groups.find((x) => x.forms.some((f) => f.text === form));
  assert.ok(g, `a group holds "${form}"`);
  return g;
}
const formsOf = (g: NameGroup): string[] => g.forms.map((f) => f.text).sort();
const variantGroups = (groups: readonly NameGroup[]): string[][] =>
  groups.filter((g) => new Set(g.mentions.map((m) => m.core.toLowerCase())).size > 1).map(formsOf);

function term(source: string, target: string, status: Term['status'] = 'approved', variants: string[] = []): Term {
  return { id: source, source, target, variants, forbidden: [], kind: 'person', status, history: [] };
}

test('seed article: Al-Kadhimi / Al-Kazemi is one group anchored to الكاظمي, preferred Al-Kazemi by frequency', () => {
  const ar = readFileSync(seedDir + 'article.ar.txt', 'utf8');
  const en = readFileSync(seedDir + 'article.en.txt', 'utf8');
  const groups = nameGroups(alignDocuments(ar, en));
  const g = groupWith(groups, 'Al-Kazemi');
  assert.deepEqual(formsOf(g), ['Al-Kadhimi', 'Al-Kazemi']);
  assert.equal(g.arabic, 'الكاظمي');
  assert.equal(g.confidence, 'anchored');
  assert.equal(g.preferred, 'Al-Kazemi');
  assert.equal(g.forms.find((f) => f.text === 'Al-Kazemi')!.count, 11);
  // Every mention points at its text, and anchored ones at الكاظمي in a source.
  const segs = new Map(alignDocuments(ar, en).map((s) => [s.id, s]));
  for (const m of g.mentions) {
    assert.equal(segs.get(m.segment)!.target.slice(m.start, m.end), m.text);
    if (m.anchor) {
      const anchorText = segs.get(m.anchor.segment)!.source.slice(m.anchor.start, m.anchor.end);
      assert.equal(anchorText, m.anchor.text);
      assert.match(anchorText, /^(ال|ل)كاظمي$/u, 'الكاظمي, or لكاظمي inside للكاظمي');
    }
  }
  // The only spelling question in the seed is this one; consistent names are groups but not questions.
  assert.deepEqual(variantGroups(groups), [['Al-Kadhimi', 'Al-Kazemi']]);
  assert.ok(groups.some((g2) => g2.forms.some((f) => f.text === 'Washington')));
  // Words of the comment form at the end have no Arabic behind them and are not names.
  for (const clutter of ['Reply', 'Facebook', 'Twitter', 'Change']) assert.ok(!groups.some((g2) => g2.forms.some((f) => f.text === clutter)), clutter);
});

test('seed article: an approved glossary form wins over frequency', () => {
  const ar = readFileSync(seedDir + 'article.ar.txt', 'utf8');
  const en = readFileSync(seedDir + 'article.en.txt', 'utf8');
  const glossary: Glossary = { terms: [term('مصطفى الكاظمي', 'Mustafa Al-Kadhimi')] };
  const g = groupWith(nameGroups(alignDocuments(ar, en), glossary), 'Al-Kazemi');
  assert.equal(g.preferred, 'Al-Kadhimi');
  assert.equal(g.preferredBy, 'glossary');
  const proposed: Glossary = { terms: [term('الكاظمي', 'Al-Kadhimi', 'proposed')] };
  assert.equal(groupWith(nameGroups(alignDocuments(ar, en), proposed), 'Al-Kazemi').preferred, 'Al-Kazemi', 'only approved terms decide');
});

test('iraq fixture: variants grouped by anchor, traps apart, "Meanwhile" and "Iraqi" are not names', () => {
  const groups = nameGroups(fixtureSegments('iraq'));
  const k = groupWith(groups, 'Al-Kazemi');
  assert.deepEqual(formsOf(k), ['Al-Kadhimi', 'Al-Kazemi', 'Kadhimi']);
  assert.equal(k.arabic, 'الكاظمي');
  assert.equal(k.key, 'الكاظمي');
  assert.notEqual(groupWith(groups, 'Hassan'), groupWith(groups, 'Hussein'));
  assert.equal(groupWith(groups, 'Hassan').arabic, 'حسن');
  assert.equal(groupWith(groups, 'Hussein').arabic, 'حسين');
  const all = groups.flatMap((g) => g.forms.map((f) => f.text));
  assert.ok(!all.includes('Meanwhile'));
  assert.ok(!all.includes('Iraqi'));
  assert.deepEqual(formsOf(groupWith(groups, 'al-Sadr')), ['Al-Sadr', 'al-Sadr']);
});

test('gulf fixture: Hamad for two men is one consistent spelling; Hamid and Ahmad stay apart; Jassim/Jasim grouped', () => {
  const groups = nameGroups(fixtureSegments('gulf'));
  const hamad = groupWith(groups, 'Hamad');
  assert.deepEqual(formsOf(hamad), ['Hamad']);
  assert.equal(hamad.mentions.length, 3);
  assert.equal(hamad.arabic, 'حمد');
  assert.notEqual(groupWith(groups, 'Hamid'), hamad);
  assert.notEqual(groupWith(groups, 'Ahmad'), hamad);
  assert.deepEqual(variantGroups(groups), [['Jasim', 'Jassim']]);
  assert.deepEqual(formsOf(groupWith(groups, 'Al Thani')), ['Al Thani']);
});

test('libya and levant fixtures: Dbeibah/Dbeiba and Nasrallah/Nasr Allah grouped; Menfi, Mangoush, Saied, Saif, Fadlallah, Khamenei, Khomeini apart', () => {
  const libya = nameGroups(fixtureSegments('libya'));
  assert.deepEqual(variantGroups(libya), [['Dbeiba', 'Dbeibah']]);
  assert.notEqual(groupWith(libya, 'al-Menfi'), groupWith(libya, 'al-Mangoush'));
  assert.notEqual(groupWith(libya, 'Saied'), groupWith(libya, 'Saif'));
  assert.equal(groupWith(libya, 'Abdul Hamid').arabic, 'عبد الحميد');
  const levant = nameGroups(fixtureSegments('levant'));
  assert.deepEqual(variantGroups(levant), [['Nasr Allah', 'Nasrallah']]);
  assert.notEqual(groupWith(levant, 'Khamenei'), groupWith(levant, 'Khomeini'));
  assert.notEqual(groupWith(levant, 'Fadlallah'), groupWith(levant, 'Nasrallah'));
});

test('without the source the same variants are found by spelling, with lower confidence, and the traps still hold', () => {
  const expected: Record<string, string[][]> = {
    iraq: [['Al-Kadhimi', 'Al-Kazemi', 'Kadhimi']],
    gulf: [['Jasim', 'Jassim']],
    libya: [['Dbeiba', 'Dbeibah']],
    levant: [['Nasr Allah', 'Nasrallah']],
  };
  for (const [name, groupsWanted] of Object.entries(expected)) {
    const groups = nameGroups(fixtureSegments(name, false));
    assert.deepEqual(variantGroups(groups), groupsWanted, name);
    for (const g of groups) {
      assert.equal(g.confidence, 'spelling');
      assert.equal(g.arabic, null);
    }
  }
  const iraq = nameGroups(fixtureSegments('iraq', false));
  assert.notEqual(groupWith(iraq, 'Hassan'), groupWith(iraq, 'Hussein'));
  assert.ok(!iraq.some((g) => g.forms.some((f) => f.text === 'Meanwhile')), 'a word seen only opening a sentence is not a name');
  const keys = iraq.map((g) => g.key);
  assert.equal(new Set(keys).size, keys.length, 'group keys are unique');
});

test('house style sets the article of the preferred form', () => {
  const segs = fixtureSegments('iraq');
  const lower = groupWith(nameGroups(segs, { terms: [] }, { houseStyle: { article: 'al-' } }), 'Al-Kazemi');
  assert.equal(lower.preferred, 'al-Kazemi');
  assert.equal(lower.preferredBy, 'house-style');
  const upper = groupWith(nameGroups(segs, { terms: [] }, { houseStyle: { article: 'Al-' } }), 'al-Sadr');
  assert.equal(upper.preferred, 'Al-Sadr');
});

test('a glossary variant without an anchor still sets the preferred form', () => {
  const segs = [segment('s1', '', 'Kais Saied met Kais Saeid and Kais Saied again.')];
  const glossary: Glossary = { terms: [term('قيس سعيد', 'Kais Saied', 'approved', ['Kais Said'])] };
  const g = groupWith(nameGroups(segs, glossary), 'Saeid');
  assert.equal(g.preferred, 'Saied');
  assert.equal(g.preferredBy, 'glossary');
});

test('Salahuddin and Salah al-Din are one name of صلاح الدين, anchored, and without the source by spelling', () => {
  const ar = 'قتل ثلاثة في محافظة صلاح الدين.\nوقالت شرطة صلاح الدين إن الهجوم وقع ليلا.\nوقال نصر الدين إن التحقيق بدأ.';
  const en = 'Three were killed in Salahuddin province.\nPolice in Salah al-Din said the attack happened at night.\nNasreddine said an inquiry had begun.';
  const groups = nameGroups(alignDocuments(ar, en));
  const salah = groupWith(groups, 'Salahuddin');
  assert.deepEqual(formsOf(salah), ['Salah al-Din', 'Salahuddin']);
  assert.equal(salah.confidence, 'anchored');
  const alone = nameGroups(alignDocuments('', en));
  assert.deepEqual(formsOf(groupWith(alone, 'Salahuddin')), ['Salah al-Din', 'Salahuddin']);
});

test('a name met only after the preposition ل (للكاظمي) is named with its article written back: الكاظمي, not لكاظمي', () => {
  const ar = 'وجهت الدعوة للكاظمي لزيارة واشنطن.\nوقدم الوفد الشكر للكاظمي على الاستقبال.';
  const en = 'The invitation was extended to Al-Kadhimi to visit Washington.\nThe delegation thanked Al-Kazemi for the reception.';
  const g = groupWith(nameGroups(alignDocuments(ar, en)), 'Al-Kadhimi');
  assert.deepEqual(formsOf(g), ['Al-Kadhimi', 'Al-Kazemi']);
  assert.equal(g.arabic, 'الكاظمي');
  // The mentions still point at the letters of the source, where the alef is not written.
  assert.ok(g.mentions.every((m) => m.anchor?.text === 'لكاظمي'), g.mentions.map((m) => m.anchor?.text).join());
});

test('a common word the Arabic writes letter for letter beside its name is a name word (Manchester City); translated, it is not (Sadr City)', () => {
  const ar = 'فاز مانشستر سيتي على ليفربول، وتعادل مانشستر يونايتد في مدينة الصدر.';
  const en = 'Manchester City beat Liverpool, and Manchester United drew in Sadr City.';
  const groups = nameGroups(alignDocuments(ar, en));
  const city = groupWith(groups, 'City');
  assert.equal(city.arabic, 'سيتي');
  assert.equal(city.mentions.length, 1, 'the City of Sadr City translates مدينة: no anchor, no name word');
  assert.equal(city.mentions[0]!.fullName?.english, 'Manchester City');
  assert.equal(groupWith(groups, 'United').arabic, 'يونايتد');
  assert.equal(groupWith(groups, 'United').mentions[0]!.fullName?.english, 'Manchester United');
});

test('a name said twice in a segment points at each of its Arabic occurrences in turn, not twice at the first', () => {
  const ar = 'وقال الكاظمي إن الحوار مستمر، وأكد الكاظمي أن العراق لن يكون ساحة للصراع.';
  const en = 'Al-Kadhimi said the dialogue continues, and Al-Kazemi stressed that Iraq will not be an arena of conflict.';
  const g = groupWith(nameGroups(alignDocuments(ar, en)), 'Al-Kadhimi');
  const first = ar.indexOf('الكاظمي');
  const second = ar.indexOf('الكاظمي', first + 1);
  assert.deepEqual(g.mentions.map((m) => m.anchor?.start), [first, second]);
  // Three mentions over two occurrences: each goes to the occurrence at its place in the sentence.
  const ar3 = 'التقى الكاظمي بالوفد، وفي المساء غادر الكاظمي بغداد.';
  const en3 = 'Al-Kadhimi met the delegation; Kadhimi\'s aides stayed, and in the evening Al-Kadhimi left Baghdad.';
  const g3 = groupWith(nameGroups(alignDocuments(ar3, en3)), 'Al-Kadhimi');
  const a = ar3.indexOf('الكاظمي');
  const b = ar3.indexOf('الكاظمي', a + 1);
  assert.deepEqual(g3.mentions.map((m) => m.anchor?.start), [a, a, b]);
});

test('Abdul-Mahdi and Abdul Mahdi are one name of عبد المهدي, written two ways; Abdel-Fattah anchors to عبد الفتاح', () => {
  const ar = 'قال رئيس الوزراء عادل عبد المهدي إن الحكومة مستعدة.\nوأضاف عبد المهدي أن الانتخابات قريبة.\nوالتقى عبد المهدي الرئيس عبد الفتاح السيسي.';
  const en = 'Prime Minister Adil Abdul-Mahdi said the government was ready.\nAbdul Mahdi added that elections were near.\nAbdul-Mahdi met President Abdel-Fattah el-Sisi.';
  const groups = nameGroups(alignDocuments(ar, en));
  const mahdi = groupWith(groups, 'Abdul-Mahdi');
  assert.deepEqual([mahdi.arabic, formsOf(mahdi)], ['عبد المهدي', ['Abdul Mahdi', 'Abdul-Mahdi']]);
  assert.equal(groupWith(groups, 'Abdel-Fattah').arabic, 'عبد الفتاح');
  assert.equal(groups.some((g) => g.forms.some((f) => f.text === 'Abdul' || f.text === 'Mahdi')), false, 'no half of a compound is a name of its own');
});
