import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countedLength, documentRatio, lengthCost, EN_PER_AR } from '../../../src/align/lengthCost.js';

test('lengths ignore spaces, Arabic diacritics and tatweel', () => {
  assert.equal(countedLength('قالَ الـرئيس'), countedLength('قال الرئيس'));
  assert.equal(countedLength('قال الرئيس'), 9);
  assert.equal(countedLength('a b\u00A0c'), 3);
});

test('a translation of the expected length is cheap, one twice as long is expensive, and long texts are held to the ratio more tightly', () => {
  assert.ok(lengthCost(100, 100 * EN_PER_AR) < 0.01);
  assert.ok(lengthCost(100, 200) > 10);
  assert.ok(lengthCost(1000, 1300) > lengthCost(100, 130));
  assert.equal(lengthCost(0, 0), 0);
  assert.ok(Number.isFinite(lengthCost(5000, 1)));
});

test('the document ratio follows a long verbose translation but stays inside the band seen in real news', () => {
  assert.ok(Math.abs(documentRatio(5000, 7000).ratio - 1.4) < 0.05);
  assert.ok(Math.abs(documentRatio(50, 70).ratio - EN_PER_AR) < 0.15, 'short documents keep the NTREX figure');
  assert.equal(documentRatio(5000, 50000).ratio, 1.6);
  assert.equal(documentRatio(0, 100).ratio, EN_PER_AR);
});

test('markup pasted with the text is not counted: tags are not words anyone translated; a lone "<" is', () => {
  const plain = 'Al-Kazemi said the strategic dialogue continues click.';
  assert.equal(countedLength('Al-Kazemi said the strategic dialogue <script></script>continues <a href="javascript:void(0)">click</a>.'), countedLength(plain));
  assert.equal(countedLength('<!-- ad --><p>Al-Kadhimi</p>'), countedLength('Al-Kadhimi'));
  assert.equal(countedLength('3 < 5 and 7 > 2'), 9, 'comparison signs in prose still count');
  assert.equal(countedLength('a <b\nc> d'), 6, 'no tag spans a line break');
});
