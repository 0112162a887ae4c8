// How an article is cut into DeepL requests: paragraphs kept with their blank lines, limits respected,
// context taken from the neighbours (and the lead), oversize paragraphs cut at sentence ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assemble, contextFor, cutToFit, DEEPL_LIMITS, formBytes, planDocument, type Unit } from '../../main/services/deepl/batching.js';
import { ARTICLE_AR, longArticle } from '../helpers/deeplSamples.js';

test('form bytes count an Arabic letter as 6 and a space as 1, as deepl-node sends them', () => {
  assert.equal(formBytes('الكاظمي'), 7 * 6);
  assert.equal(formBytes('Al Kadhimi'), 10);
});

test('the plan keeps the layout: assembling the source itself gives the source back (line endings normalized)', () => {
  const source = `\n${ARTICLE_AR.replace(/\n\n/g, '\r\n\r\n')}\n\n\n`;
  const plan = planDocument(source, { ...DEEPL_LIMITS, maxBatchChars: 300 });
  assert.equal(plan.paragraphs.length, 5);
  const echo = new Map<Unit, string>();
  for (const b of plan.batches) for (const u of b.units) echo.set(u, u.text);
  assert.equal(assemble(plan, echo), source.replace(/\r\n/g, '\n'));
});

test('batches respect the text count, the character cap and the 128 KiB body', () => {
  const plan = planDocument(longArticle(400), { ...DEEPL_LIMITS, maxBatchChars: 1_000_000 });
  for (const b of plan.batches) {
    assert.ok(b.units.length <= 50);
    const body = b.units.reduce((n, u) => n + formBytes(u.text) + 6, 0) + formBytes(b.context) + 512;
    assert.ok(body <= 128 * 1024, `${body} bytes`);
  }
  assert.equal(plan.batches.flatMap((b) => b.units).length, 400);
  const small = planDocument(longArticle(40), { ...DEEPL_LIMITS, maxBatchChars: 500 });
  for (const b of small.batches) assert.ok(b.units.length === 1 || b.units.reduce((n, u) => n + u.text.length, 0) <= 500);
});

test('context: the paragraph before and after first, then the lead; never the batch itself', () => {
  const paragraphs = ARTICLE_AR.split('\n\n');
  const ctx = contextFor(paragraphs, 3, 3, { ...DEEPL_LIMITS, contextChars: 1000 });
  assert.ok(ctx.includes(paragraphs[2]!) && ctx.includes(paragraphs[4]!));
  assert.ok(!ctx.includes(paragraphs[3]!));
  assert.ok(ctx.includes(paragraphs[0]!), 'the headline/lead where names are introduced');
  // In document order.
  assert.ok(ctx.indexOf(paragraphs[0]!) < ctx.indexOf(paragraphs[2]!) && ctx.indexOf(paragraphs[2]!) < ctx.indexOf(paragraphs[4]!));
  const tight = contextFor(paragraphs, 3, 3, { ...DEEPL_LIMITS, contextChars: 60 });
  assert.ok(tight.length <= 60 && tight.length > 0);
  assert.ok(paragraphs[2]!.endsWith(tight), 'with little room, the text nearest the batch');
});

test('an oversize paragraph is cut at sentence ends, each piece within the limit, nothing lost', () => {
  const sentence = 'وقالت ليندا توماس غرينفيلد إن بلادها شنت ضربات جوية على فصائل مسلحة في سوريا والعراق. ';
  const paragraph = sentence.repeat(50).trim();
  const pieces = cutToFit(paragraph, 3000, 10_000);
  assert.ok(pieces.length > 1);
  for (const p of pieces) {
    assert.ok(formBytes(p) + 6 <= 3000);
    assert.ok(p.endsWith('.'), 'cut after a full stop');
  }
  assert.equal(pieces.join(' '), paragraph);
});
