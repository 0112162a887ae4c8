import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markupSpans, withoutMarkup } from '../../../src/text/markup.js';

test('tags, script blocks and entities from a copied page are found; the page text stays', () => {
  const text = 'Al-Kadhimi&nbsp;said<br/> the dialogue <script>track("x<y")</script>continues <a href="https://x.iq/?a=1&amp;b=2">here</a> &amp; there&#8217;s more.';
  assert.deepEqual(markupSpans(text).map((s) => [s.kind, s.text]), [
    ['entity', '&nbsp;'], ['tag', '<br/>'], ['block', '<script>track("x<y")</script>'], ['tag', '<a href="https://x.iq/?a=1&amp;b=2">'],
    ['tag', '</a>'], ['entity', '&amp;'], ['entity', '&#8217;'],
  ]);
  assert.equal(withoutMarkup(text), 'Al-Kadhimi said the dialogue continues here & there’s more.');
});

test('prose with comparison signs, ampersands and Arabic is not markup', () => {
  for (const text of ['Turnout was < 40% and > 20%.', 'AT&T and Johnson & Johnson', 'a <b\nc> d', 'قال الكاظمي <إن> الحوار مستمر', 'Fish &chips; &copy2;']) {
    assert.deepEqual(markupSpans(text).map((s) => s.text), [], text);
  }
  assert.deepEqual(markupSpans('Al-Kadhimi said').length, 0);
});
