import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinDigit, normalizeArabic, normalizeEnglish, toOriginalRange } from '../../../src/text/normalize.js';
import { contentHash, keyDeduper, textHash } from '../../../src/text/hash.js';

test('Arabic: diacritics and tatweel drop, alef/ya/ta marbuta unify, digits become Latin', () => {
  assert.equal(normalizeArabic('الكاظِمِيّ').text, 'الكاظمي');
  assert.equal(normalizeArabic('الكاظـــمي').text, 'الكاظمي');
  assert.equal(normalizeArabic('إيران وأمريكا والقُدس ومصطفى').text, 'ايران وامريكا والقدس ومصطفي');
  assert.equal(normalizeArabic('الحكومة').text, 'الحكومه');
  assert.equal(normalizeArabic('٢٧/٦ ۲۰۲۱ ١٢٫٥٪').text, '27/6 2021 12.5%');
  assert.equal(normalizeArabic('ی ک').text, 'ي ك');
});

test('a match in normalized Arabic maps back to the original, diacritics included', () => {
  const original = 'قال مصطفى الكاظِمِيّ إنه';
  const n = normalizeArabic(original);
  const at = n.text.indexOf('الكاظمي');
  const r = toOriginalRange(n, at, at + 'الكاظمي'.length);
  assert.equal(original.slice(r.start, r.end), 'الكاظِمِيّ');
});

test('invisible bidi controls and zero-width characters cannot hide a match', () => {
  const original = 'الحشد\u200F الشعبي';
  assert.equal(normalizeArabic(original).text, 'الحشد الشعبي');
  const en = normalizeEnglish('Al\u200B-Kadhimi');
  assert.equal(en.text, 'al-kadhimi');
  const r = toOriginalRange(en, 0, en.text.length);
  assert.deepEqual(r, { start: 0, end: 'Al\u200B-Kadhimi'.length });
});

test('English: case, accents, curly quotes and dashes fold for matching', () => {
  assert.equal(normalizeEnglish('Al-Kazemi’s “visit” — Saïd').text, 'al-kazemi\'s "visit" - said');
  const n = normalizeEnglish('Linda Thomas Granfield');
  const at = n.text.indexOf('granfield');
  assert.equal('Linda Thomas Granfield'.slice(toOriginalRange(n, at, at + 9).start), 'Granfield');
});

test('latinDigit maps Arabic-Indic and Persian digits only', () => {
  assert.equal(latinDigit('٧'), '7');
  assert.equal(latinDigit('۷'), '7');
  assert.equal(latinDigit('7'), null);
  assert.equal(latinDigit('ب'), null);
});

test('content hashes are stable, whitespace-insensitive where asked, and keys stay unique', () => {
  assert.equal(contentHash('الكاظمي'), contentHash('الكاظمي'));
  assert.notEqual(contentHash('الكاظمي'), contentHash('الكاظمى'));
  assert.equal(textHash(' Log Out /  Change ) '), textHash('Log Out / Change )'));
  const unique = keyDeduper();
  assert.deepEqual(['clutter:x', 'clutter:y', 'clutter:x', 'clutter:x'].map(unique), ['clutter:x', 'clutter:y', 'clutter:x:2', 'clutter:x:3']);
});
