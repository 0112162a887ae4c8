import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenPluralSingulars } from '../../../src/glossary/brokenPlurals.js';
import { termWordKey } from '../../../src/glossary/arabic.js';
import { normalizeArabic } from '../../../src/text/normalize.js';

const key = (w: string): string => termWordKey(normalizeArabic(w).text);
const singulars = (w: string): readonly string[] => brokenPluralSingulars(key(w));

test('news plurals lead back to their singular, written with hamza or ta marbuta as the text has them', () => {
  assert.deepEqual(singulars('وزراء'), [key('وزير')]);
  assert.deepEqual(singulars('الفصائل'), [key('فصيل')]);
  assert.deepEqual(singulars('قادة'), [key('قائد')]);
  assert.deepEqual(singulars('قاده'), [key('قائد')]);
  assert.deepEqual(singulars('الأحزاب'), [key('حزب')]);
  assert.deepEqual(singulars('رؤساء'), [key('رئيس')]);
  // One plural, two singulars: عمال (workers) and عوامل (factors) are both of عامل; قضاة of قاض and قاضي.
  assert.deepEqual(singulars('قضاة'), [key('قاض'), key('قاضي')]);
});

test('plurals that read as another word are left out, and singulars are not plurals', () => {
  // كتب "he wrote", صور Tyre, فرق "difference", قوي "strong", عقود "decades", أحياء "alive".
  for (const w of ['كتب', 'صور', 'فرق', 'قوى', 'عقود', 'أحياء', 'وزير', 'الحكومات', 'الكاظمي']) assert.deepEqual(singulars(w), [], w);
});
