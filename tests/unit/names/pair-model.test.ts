import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compared, comparableCore, defaultClusterOptions, pairSignals, sameName, soft } from '../../../src/names/cluster.js';
import { pairFeatures, rescueReach, ruleScore, scoreRange, shippedPairModel } from '../../../src/names/pair-model.js';
import { codeDistance, soundUnits } from '../../../src/names/spelling.js';

const handRules = { ...defaultClusterOptions, model: null };

test('the learned rescue joins spellings the single threshold misses', () => {
  for (const [a, b] of [['Johanna', 'Joana'], ['Coelho', 'Cuello'], ['Johanna', 'Joanna']] as const) {
    assert.equal(sameName(a, b, handRules), false, `${a}/${b}: the hand rules alone leave them apart`);
    assert.equal(sameName(a, b), true, `${a} and ${b} write one name`);
  }
});

test('the learned rescue never joins names that begin with different consonants, a consonant more, or an abbreviation', () => {
  // University/Riverside share their middle; Kamara/Kara, Yacine/Yasmin, Teruaki/Taki and Ri/York need a consonant
  // more; Jr and Hmd have no vowel to spell.
  for (const [a, b] of [['University', 'Riverside'], ['Kamara', 'Kara'], ['Yacine', 'Yasmin'], ['Teruaki', 'Taki'], ['Ri', 'York'], ['Jr', 'John'], ['Hmd', 'Hamid']] as const) {
    assert.equal(sameName(a, b), false, `${a} and ${b} are different names`);
  }
});

test('the learned veto parts short names that differ in an unrelated consonant', () => {
  for (const [a, b] of [['Zain', 'Zeid'], ['Yuri', 'Yuki'], ['Val', 'Van']] as const) {
    assert.equal(sameName(a, b, handRules), true, `${a}/${b}: the hand rules alone join them`);
    assert.equal(sameName(a, b), false, `${a} and ${b} are different names`);
  }
});

test('the model never joins the vowel-contrast traps, and keeps the pairs the rules must join', () => {
  for (const [a, b] of [['Hamid', 'Hamad'], ['Hassan', 'Hussein'], ['Khamenei', 'Khomeini'], ['Hamad', 'Ahmad'], ['Saied', 'Saif'], ['Nasrallah', 'Fadlallah']] as const) {
    assert.equal(sameName(a, b), false, `${a} and ${b} are different names`);
  }
  for (const [a, b] of [['Hassan', 'Hasan'], ['Mohammed', 'Muhammad'], ['Gaddafi', 'Qaddafi'], ['Youssef', 'Yusuf']] as const) {
    assert.equal(sameName(a, b), true, `${a} and ${b} write one name`);
  }
});

test('the shortcut bounds hold: the real score lies in scoreRange, and no rescue fires beyond rescueReach', () => {
  const w = defaultClusterOptions.weights;
  for (const [a, b] of [['Nikolai', 'Nikolaj'], ['Zain', 'Zeid'], ['Basem', 'Bassel'], ['Christine', 'Kristen'], ['Abdullah', 'Abdulaziz'], ['Leila', 'Lily']] as const) {
    const x = compared(soundUnits(comparableCore(a)));
    const y = compared(soundUnits(comparableCore(b)));
    const d = codeDistance(x.codes, y.codes, w);
    const contrast = Math.max(0, d - codeDistance(x.codes, y.codes, soft(w)));
    const full = pairFeatures(pairSignals(x, y, d, contrast, w));
    const bare = pairFeatures(pairSignals(x, y, d, 0, w, false));
    for (const rule of [shippedPairModel.rescue, shippedPairModel.veto]) {
      const [low, high] = scoreRange(rule, bare, 0, d);
      const score = ruleScore(rule, full);
      assert.ok(low <= score + 1e-9 && score <= high + 1e-9, `${a}/${b}: ${score} outside [${low}, ${high}]`);
    }
    const reach = rescueReach(shippedPairModel, pairFeatures(pairSignals(x, y, 0, 0, w, false)), (x.units.length + y.units.length) / 2);
    if (d > reach && contrast < shippedPairModel.rescueContrast) {
      assert.ok(ruleScore(shippedPairModel.rescue, full) <= shippedPairModel.rescue.threshold, `${a}/${b}: the rescue fires at ${d}, beyond its reach ${reach}`);
    }
  }
});
