import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicSkeleton, vowelClassSkeleton } from '../../../src/names/skeleton.js';
import { soundUnits } from '../../../src/names/spelling.js';
import { sameName } from '../../../src/names/cluster.js';

const skeleton = (s: string): string => arabicSkeleton(soundUnits(s));

test('the Arabic skeleton merges what Arabic script merges and keeps a final long vowel', () => {
  assert.equal(skeleton('Tevfik'), skeleton('Tawfiq'));
  assert.equal(skeleton('Mehmet'), skeleton('Mohammad'));
  assert.equal(skeleton('Breuer'), skeleton('Brouwer'));
  assert.notEqual(skeleton('Hamad'), skeleton('Ahmad'), 'a medial h is a letter (ح)');
  assert.notEqual(skeleton('Rena'), skeleton('Rene'), 'a final a is written (ا)');
});

test('a consonant repeated across a vowel is written twice: Vivien is not Vin, Lulu is not Lu; a doubled one is written once', () => {
  assert.notEqual(skeleton('Vivien'), skeleton('Vin'));
  assert.notEqual(skeleton('Lulu'), skeleton('Lu'));
  assert.equal(skeleton('Haddad'), skeleton('Hadad'));
  assert.equal(sameName('Vivien', 'Vin'), false);
});

test('one skeleton lets spellings further apart meet, but never across a vowel contrast', () => {
  for (const [a, b] of [['Tevfik', 'Tawfik'], ['Mehmet', 'Muhammad'], ['Sean', 'Shawn'], ['Esther', 'Eszter']] as const) {
    assert.equal(sameName(a, b), true, `${a} and ${b} write one name`);
  }
  for (const [a, b] of [['Hassan', 'Hussein'], ['Khamenei', 'Khomeini'], ['Hamid', 'Hamad'], ['Hamad', 'Ahmad']] as const) {
    assert.equal(sameName(a, b), false, `${a} and ${b} are different names`);
  }
});

test('one skeleton tolerates an o/a slip between the same consonants, never a full a/i contrast', () => {
  for (const [a, b] of [['Hosni', 'Hasni'], ['Amri', 'Omri'], ['Yusaf', 'Yusof']] as const) {
    assert.equal(sameName(a, b), true, `${a} and ${b} write one name`);
  }
  for (const [a, b] of [['Hamid', 'Hamad'], ['Hassan', 'Hussein'], ['Khamenei', 'Khomeini']] as const) {
    assert.equal(sameName(a, b), false, `${a} and ${b} are different names`);
  }
});

test('the vowel-class skeleton writes each vowel as its Arabic long letter', () => {
  const classes = (s: string): string => vowelClassSkeleton(soundUnits(s));
  assert.equal(classes('Leila'), classes('Layla'));
  assert.equal(classes('Yusuf'), classes('Yousof'));
  assert.notEqual(classes('Hamid'), classes('Hamad'), 'kasra and fatha are different letters');
});
