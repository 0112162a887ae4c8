import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { LONGER_PLACE_NAMES, PLACE_NAMES } from '../../../src/names/place-names.data.js';
import { clusterSpellings, nameGroups, sameName } from '../../../src/names/index.js';
// @ts-expect-error: a plain ES module script without type declarations
import { placeNamesModule } from '../../../scripts/build-place-names.mjs';
import { segment } from './fixtures.js';

test('the committed place-name list is what scripts/build-place-names.mjs makes from the installed package', () => {
  const committed = readFileSync(new URL('../../../src/names/place-names.data.ts', import.meta.url), 'utf8');
  assert.equal(committed, (placeNamesModule as () => string)(), 'run: node scripts/build-place-names.mjs');
  const names = new Set(PLACE_NAMES.split(' '));
  for (const n of ['austria', 'australia', 'algiers', 'riyadh', 'bogota']) assert.ok(names.has(n), n);
  assert.ok(!names.has('united'), 'only one-word names');
  const longer = new Set(LONGER_PLACE_NAMES.split(' '));
  for (const n of ['elsalvador', 'saudiarabia', 'unitedarabemirates', 'sanaa', 'abudhabi']) assert.ok(longer.has(n), n);
});

test('countries and capitals spelled alike are different places, not one name spelled twice', () => {
  for (const [a, b] of [['Austria', 'Australia'], ['Niger', 'Nigeria'], ['Algeria', 'Algiers'], ['Tunisia', 'Tunis'], ['Libya', 'Liberia'], ['Gambia', 'Zambia'], ['Slovakia', 'Slovenia']]) {
    assert.ok(!sameName(a!, b!), `${a} / ${b}`);
  }
  assert.deepEqual(clusterSpellings(['Austria', 'Australia', 'Nigeria', 'Niger']).length, 4);
  // A place is still one name with its own variants: Riyadh and Riyad, Bogota and Bogotá.
  assert.ok(sameName('Riyadh', 'Riyad'));
  assert.ok(sameName('Bogota', 'Bogotá'));
  assert.deepEqual(clusterSpellings(['Bogota', 'Bogotá', 'Lima']), [['Bogota', 'Bogotá'], ['Lima']]);
});

test('an article on Algeria that names its capital asks no spelling question', () => {
  const groups = nameGroups([
    segment('s1', 'وأعلنت الجزائر إغلاق حدودها.', 'Algeria announced the closure of its borders.', 1),
    segment('s2', 'ووصل الوفد إلى العاصمة الجزائر مساء أمس.', 'The delegation arrived in the capital, Algiers, last night.', 2),
    segment('s3', 'وقالت الجزائر إنها سترد.', 'Algeria said it would respond.', 3),
  ]);
  assert.ok(!groups.some((g) => g.forms.some((f) => f.text === 'Algeria') && g.forms.some((f) => f.text === 'Algiers')));
});
