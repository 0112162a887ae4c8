import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retranslationContext } from '../../../renderer/deepl/context.js';

const seg = (source: string) => ({ source });
const article = [
  seg('يزور رئيس الوزراء العراقي مصطفى الكاظمي واشنطن الأسبوع المقبل.'),
  seg('وتأتي الزيارة بعد أيام من زيارته للفاتيكان.'),
  seg(''),
  seg('وقالت ليندا توماس غرينفيلد إن الحشد الشعبي يجب أن يخضع للدولة.'),
  seg('ولم يعلق الكاظمي على ذلك.'),
];

test('the Arabic on both sides of the segment is the context, not the segment itself, and English-only rows add nothing', () => {
  const c = retranslationContext(article, 3)!;
  assert.ok(!c.includes('ليندا'), 'the segment being translated is not its own context');
  assert.equal(c, [article[0]!.source, article[1]!.source, article[4]!.source].join('\n'));
});

test('the first and last segments take context from one side; a lone segment has none', () => {
  assert.equal(retranslationContext(article, 0), [article[1]!.source, article[3]!.source, article[4]!.source].join('\n'));
  assert.ok(retranslationContext(article, 4)!.endsWith(article[3]!.source));
  assert.equal(retranslationContext([seg('الكاظمي')], 0), undefined);
  assert.equal(retranslationContext(article, 9), undefined);
});

test('long neighbours are cut at the far end, so the words next to the segment stay', () => {
  const far = 'كلمة '.repeat(1000).trim();
  const near = 'قال الكاظمي';
  const c = retranslationContext([seg(`${far} ${near}`), seg('الجملة المعنية'), seg(`${near} ${far}`)], 1)!;
  const [before, after] = c.split('\n');
  assert.ok(before!.endsWith(near) && after!.startsWith(near));
  assert.ok(before!.length <= 1500 && after!.length <= 1500);
});
