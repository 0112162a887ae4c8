import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupForFinding, renderingChoice } from '../../../renderer/findings/nameFix.js';
import { nameGroups } from '../../../src/names/index.js';
import type { Finding } from '../../../src/model.js';
import { segment } from '../names/fixtures.js';

const finding = (check: string, data: Record<string, unknown> = {}): Finding => ({ key: `${check}:x`, check, severity: 'warning', message: '', occurrences: [], data });

test('approving a name group files a place as a place, a person as a person, and a term as a term', () => {
  const groups = nameGroups([
    segment('s1', 'وشهدت مدينة القدس مواجهات، وقال موسى كوسا إن الوضع خطير.', 'Jerusalem saw clashes, and Musa Kusa said the situation was serious.', 1),
    segment('s2', 'وعاد الهدوء إلى القدس، وأضاف موسى كوسا أن الحوار مستمر.', 'Calm returned to Al-Quds, and Moses Kusa added that talks continue.', 2),
  ]);
  const place = groups.find((g) => g.arabic === 'القدس');
  const person = groups.find((g) => g.forms.some((f) => f.text === 'Musa'));
  assert.ok(place && person, JSON.stringify(groups.map((g) => g.forms)));
  assert.equal(renderingChoice(finding('name-variants'), place)?.kind, 'place');
  assert.equal(renderingChoice(finding('name-variants'), person)?.kind, 'person');
  assert.deepEqual(renderingChoice(finding('term-inconsistency', { source: 'الحشد الشعبي' }), undefined), { arabic: 'الحشد الشعبي', kind: 'term', noun: 'rendering' });
});

test('a name no list knows is filed as a place when the article reads it as one (clashes in Fallujah, near al-Falluja)', () => {
  const groups = nameGroups([
    segment('s1', 'اندلعت اشتباكات في الفلوجة.', 'Clashes broke out in Fallujah.', 1),
    segment('s2', 'وتجمعت القوات قرب الفلوجة.', 'Troops gathered near al-Falluja.', 2),
    segment('s3', 'وقال الحلبوسي إن الوضع هادئ.', 'Halbousi said the situation was calm.', 3),
    segment('s4', 'وأضاف الحلبوسي أن الطرق مفتوحة.', 'Al-Halbusi added that roads were open.', 4),
    segment('s5', 'ووصل الوفد بغداد مساء.', 'The delegation reached Baghdad in the evening.', 5),
  ]);
  const fallujah = groups.find((g) => g.arabic === 'الفلوجة');
  const halbousi = groups.find((g) => g.arabic === 'الحلبوسي');
  assert.ok(fallujah && halbousi, JSON.stringify(groups.map((g) => g.forms)));
  assert.equal(renderingChoice(finding('name-variants'), fallujah)?.kind, 'place');
  assert.equal(renderingChoice(finding('name-variants'), halbousi)?.kind, 'person');
  // A capital the lists know is a place without a word around it saying so.
  assert.equal(renderingChoice(finding('name-variants'), groups.find((g) => g.arabic === 'بغداد'))?.kind, 'place');
  const qaeda = nameGroups([
    segment('s1', 'وأعلن تنظيم القاعدة مسؤوليته.', 'Al-Qaeda claimed responsibility.', 1),
    segment('s2', 'وتبنى تنظيم القاعدة الهجوم.', 'The al-Qaida group adopted the attack.', 2),
  ]).find((g) => g.arabic === 'القاعدة');
  assert.equal(renderingChoice(finding('name-variants'), qaeda)?.kind, 'organization');
});

test('a capital the article writes as a person\'s family name is filed as a person (Lewis Hamilton); Baghdad alone stays a place', () => {
  const groups = nameGroups([
    segment('s1', 'تقدم لويس هاميلتون على فالتيري بوتاس في سباق روسيا.', 'Lewis Hamilton moved ahead of Valtteri Bottas in the Russian race.', 1),
    segment('s2', 'وقال هاميلتون إن الفريق قام بعمل رائع.', 'Hamilton said the team had done a great job.', 2),
    segment('s3', 'ووصل الوفد بغداد مساء.', 'The delegation reached Baghdad in the evening.', 3),
  ]);
  const hamilton = groups.find((g) => g.arabic === 'هاميلتون');
  assert.ok(hamilton, JSON.stringify(groups.map((g) => g.forms)));
  assert.equal(renderingChoice(finding('name-variants'), hamilton)?.kind, 'person');
  assert.equal(renderingChoice(finding('name-variants'), groups.find((g) => g.arabic === 'بغداد'))?.kind, 'place');
});

test('a finding is a name question only on the name itself: an English-only line that opens with a name is not', () => {
  const target = 'Muhammad Al-Saeed Idris 3 minutes readingListenParticipate';
  const groups = nameGroups([
    segment('s1', 'محمد السعيد إدريس', 'Muhammad Al-Saeed Idris', 1),
    segment('s2', '', target, 2),
  ]);
  const at = (start: number, end: number, check: string): Finding => ({
    key: `${check}:s2`, check, severity: 'warning', message: '', data: {},
    occurrences: [{ segment: 's2', side: 'target', start, end, text: target.slice(start, end) }],
  });
  // The unaligned line and the clutter in it begin where "Muhammad" does, but are not the name.
  assert.equal(groupForFinding(at(0, target.length, 'unaligned'), groups), undefined);
  assert.equal(renderingChoice(at(0, target.length, 'unaligned'), undefined), null);
  // A glossary finding on the name itself still offers the name's spellings.
  const onName = groupForFinding(at(0, 'Muhammad'.length, 'forbidden-term'), groups);
  assert.ok(onName?.forms.some((f) => f.text === 'Muhammad'), JSON.stringify(groups.map((g) => g.mentions.map((m) => [m.segment, m.start, m.end]))));
});
