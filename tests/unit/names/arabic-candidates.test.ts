import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findArabicCandidates } from '../../../src/names/index.js';

const norms = (s: string): string[] => findArabicCandidates(s).map((c) => c.norm);

test('clitics come off and offsets point at the name in the original text', () => {
  const src = 'وقال الكاظمي والكاظمي بالكاظمي للكاظمي';
  const cands = findArabicCandidates(src);
  for (const [word, shown] of [['والكاظمي', 'الكاظمي'], ['بالكاظمي', 'الكاظمي'], ['للكاظمي', 'لكاظمي']] as const) {
    const at = src.indexOf(word);
    const c = cands.find((x) => x.start >= at && x.end === at + word.length && x.norm === 'الكاظمي');
    assert.ok(c, `${word} reads الكاظمي`);
    assert.equal(c.text, shown);
    assert.equal(c.core, 'كاظمي');
  }
});

test('a word that begins with و is also read whole (وليد is a name, not و + ليد)', () => {
  const n = norms('التقى وليد جنبلاط');
  assert.ok(n.includes('وليد'));
  assert.ok(n.includes('ليد'));
});

test('compound names are one candidate: عبد + name, آل + name, نصر الله with or without a space', () => {
  const n = norms('عبد الحميد الدبيبة وتميم آل ثاني ونصر الله ونصرالله');
  assert.ok(n.includes('عبد الحميد'));
  assert.ok(n.includes('ال ثاني'));
  assert.ok(n.includes('نصر الله'));
  assert.ok(n.includes('نصرالله'));
  const cores = findArabicCandidates('نصر الله ونصرالله').map((c) => c.core);
  assert.ok(cores.filter((c) => c === 'نصرالله').length >= 2, 'both writings share one key');
});

test('diacritics are kept in the text and dropped in the normalized form; function words are skipped', () => {
  const c = findArabicCandidates('الكَاظِمِيّ على').find((x) => x.norm === 'الكاظمي')!;
  assert.equal(c.text, 'الكَاظِمِيّ');
  assert.ok(!norms('على').includes('علي'), 'على (on) is not the name علي');
});

test('a name with الدين is one candidate beside its first word: صلاح الدين and صلاح', () => {
  const n = norms('وقالت شرطة صلاح الدين إن الهجوم وقع');
  assert.ok(n.includes('صلاح الدين'));
  assert.ok(n.includes('صلاح'));
});
