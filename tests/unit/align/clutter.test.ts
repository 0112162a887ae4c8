import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unitShape } from '../../../src/align/clutter.js';
import { alignDocuments } from '../../../src/align/align.js';

test('a share bar is page furniture; a news sentence that names a social network is not', () => {
  for (const bar of ['Facebook Twitter WhatsApp Email', 'Share this: Facebook Twitter WhatsApp Email', 'Follow us on Twitter and Facebook', 'تويتر فيسبوك واتساب']) {
    assert.equal(unitShape(bar).boilerplate, true, bar);
  }
  for (const news of ['This Morning presenter, 37, took to Instagram to announce she is leaving.', 'Highly impractical hats have swept Instagram this summer.', 'وأعلنت المذيعة على إنستغرام أنها ستغادر البرنامج.']) {
    assert.equal(unitShape(news).boilerplate, false, news);
  }
});

test('a sentence about Instagram is aligned with its translation, not left as an omission beside an addition', () => {
  const segs = alignDocuments(
    [
      'غضب بيتر جونز بعد انسحاب هولي ويلوبي من الصفقة.',
      'وقد ارتبط اسم الشركة بعلامة جوينيث بالترو التجارية.',
      'واستهلت مقدمة برنامج هذا الصباح حديثها بالانتقال إلى إنستغرام لتعلن أنها ستغادر.',
      'وقالت إنها حزينة لترك الشركة التي أسستها مع صديقتها.',
    ].join('\n'),
    [
      "Peter Jones 'furious' after Holly Willoughby pulls out of deal.",
      "The pair's business had been likened to Gwyneth Paltrow's Goop brand.",
      'This Morning presenter took to Instagram to announce she is leaving.',
      'She said she was sad to leave the company she founded with her friend.',
    ].join('\n'),
  );
  assert.deepEqual(segs.map((s) => s.shape), ['1-1', '1-1', '1-1', '1-1']);
});
