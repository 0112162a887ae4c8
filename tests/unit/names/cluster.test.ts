import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterSpellings, sameName, splitArticle } from '../../../src/names/index.js';

const together = (groups: string[][], a: string, b: string): boolean => groups.some((g) => g.includes(a) && g.includes(b));

test('traps without the source: different names stay apart', () => {
  for (const [a, b] of [['Hassan', 'Hussein'], ['Hamid', 'Hamad'], ['Hamad', 'Ahmad'], ['Hamid', 'Ahmad'], ['Khamenei', 'Khomeini'],
    ['Nasrallah', 'Fadlallah'], ['al-Menfi', 'al-Mangoush'], ['Saied', 'Saif'], ['Iraq', 'Iraqi'], ['Kadhim', 'Kadhimi']] as const) {
    assert.equal(sameName(a, b), false, `${a} and ${b} are different names`);
  }
});

test('spellings of one name meet', () => {
  for (const [a, b] of [['Al-Kadhimi', 'Al-Kazemi'], ['Al-Kadhimi', 'Kadhimi'], ['Hassan', 'Hasan'], ['Hussein', 'Hussain'], ['Hussein', 'Hossein'],
    ['Mohammed', 'Muhammad'], ['Khalid', 'Khaled'], ['Gaddafi', 'Qaddafi'], ['Dbeibah', 'Dbeiba'], ['Youssef', 'Yusuf']] as const) {
    assert.equal(sameName(a, b), true, `${a} and ${b} write one name`);
  }
});

test('clusterSpellings puts every input in exactly one group, duplicates together', () => {
  const input = ['Hassan', 'Hussein', 'Hasan', 'Hamid', 'Hamad', 'Ahmad', 'Khamenei', 'Khomeini', 'Al-Kadhimi', 'Al-Kazemi', 'Hassan', 'al-Kadhimi'];
  const groups = clusterSpellings(input);
  assert.deepEqual(groups.flat().sort(), [...input].sort());
  assert.ok(together(groups, 'Hassan', 'Hasan'));
  assert.ok(together(groups, 'Al-Kadhimi', 'Al-Kazemi'));
  assert.ok(together(groups, 'Al-Kadhimi', 'al-Kadhimi'));
  assert.ok(!together(groups, 'Hassan', 'Hussein'));
  assert.ok(!together(groups, 'Hamid', 'Hamad'));
  assert.ok(!together(groups, 'Hamad', 'Ahmad'));
  assert.ok(!together(groups, 'Khamenei', 'Khomeini'));
  assert.equal(groups.find((g) => g.includes('Hassan'))!.filter((s) => s === 'Hassan').length, 2);
});

test('a chain of near spellings does not join far ends (Hamid, Hamed, Hamad)', () => {
  const groups = clusterSpellings(['Hamid', 'Hamed', 'Hamad', 'Hameed']);
  assert.ok(!together(groups, 'Hamid', 'Hamad'));
  assert.ok(together(groups, 'Hamid', 'Hameed'));
});

test('the article is split off with its joiner; names that begin with Al keep it', () => {
  assert.deepEqual(splitArticle('Al-Kadhimi'), { article: 'Al-', core: 'Kadhimi' });
  assert.deepEqual(splitArticle('al Kadhimi'), { article: 'al ', core: 'Kadhimi' });
  assert.deepEqual(splitArticle('AlKadhimi'), { article: 'Al', core: 'Kadhimi' });
  assert.deepEqual(splitArticle('el-Sisi'), { article: 'el-', core: 'Sisi' });
  assert.deepEqual(splitArticle('ad-Din'), { article: 'ad-', core: 'Din' });
  assert.deepEqual(splitArticle('Ali'), { article: '', core: 'Ali' });
  assert.deepEqual(splitArticle('Alexander'), { article: '', core: 'Alexander' });
});
