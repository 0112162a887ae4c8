import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorReader, prepareAnchors } from '../../../src/align/anchors.js';
import { arabicSkeleton, arabicStems, englishSkeleton } from '../../../src/align/skeleton.js';
import { normalizeArabic } from '../../../src/text/normalize.js';

const arabicSk = (w: string): string[] => arabicStems(normalizeArabic(w).text).map(arabicSkeleton);

test('names meet across scripts through their consonant skeleton, behind clitics and the article', () => {
  assert.ok(arabicSk('الكاظمي').includes(englishSkeleton('Al-Kadhimi')));
  assert.ok(arabicSk('وبايدن').includes(englishSkeleton('Biden')));
  assert.ok(arabicSk('للعراق').includes(englishSkeleton('Iraq')));
  assert.ok(arabicSk('غرينفيلد').includes(englishSkeleton('Greenfield')));
  // Rough on purpose: Kazemi (z for ظ) is not found, and Hassan/Hussein collide. It is alignment evidence only.
  assert.ok(!arabicSk('الكاظمي').includes(englishSkeleton('Al-Kazemi')));
  assert.equal(englishSkeleton('Hassan'), englishSkeleton('Hussein'));
});

test('a word starting with a clitic letter keeps its unstripped reading too (بايدن is not ب + ايدن)', () => {
  assert.ok(arabicStems('بايدن').includes('بايدن'));
  assert.ok(arabicStems('والكاظمي').includes('كاظمي'));
});

function shared(ar: string, en: string): number {
  const ctx = prepareAnchors(ar, en);
  const a = anchorReader(ctx, ar, 'ar')({ start: 0, end: ar.length });
  const e = anchorReader(ctx, en, 'en')({ start: 0, end: en.length });
  const pool = [...a];
  let n = 0;
  for (const id of e) {
    const k = pool.indexOf(id);
    if (k >= 0) {
      pool.splice(k, 1);
      n++;
    }
  }
  return n;
}

test('numbers match across Arabic-Indic digits, thousands separators and scale words', () => {
  assert.ok(shared('تعيين ٥٠٠ ألف موظف', 'hiring 500,000 employees') >= 1);
  assert.ok(shared('بلغت الحصيلة ٢٩٤٦ قتيلاً', 'the toll reached 2,946') >= 1);
  assert.ok(shared('بقوة ٦٫٨ درجة', 'measuring 6.8') >= 1);
  assert.equal(shared('بقوة ٦٫٨ درجة', 'measuring 5.9'), 0);
});

test('Latin words inside the Arabic and transliterated names are anchors; ordinary capitals are not', () => {
  assert.equal(shared('الاقتراح بتغيير مسماهم إلى MWPs', 'a suggestion their title should change to MWPs'), 1);
  assert.equal(shared('قال الكاظمي', 'Al-Kadhimi said'), 1);
  assert.equal(shared('قال إنه', 'The He They said'), 0);
});
