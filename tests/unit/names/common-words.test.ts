import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMMON_WORDS } from '../../../src/names/common-words.data.js';
// @ts-expect-error: a plain ES module script without type declarations
import { commonWordsModule } from '../../../scripts/build-common-words.mjs';

test('the committed common-word list is what scripts/build-common-words.mjs makes from the installed package', () => {
  const committed = readFileSync(new URL('../../../src/names/common-words.data.ts', import.meta.url), 'utf8');
  assert.equal(committed, (commonWordsModule as () => string)(), 'run: node scripts/build-common-words.mjs');
});

test('the list holds everyday words in lower case and leaves out the names the corpus writes capitalized', () => {
  const words = new Set(COMMON_WORDS.split(' '));
  for (const w of ['the', 'hotel', 'love', 'city', 'toll']) assert.ok(words.has(w), w);
  for (const w of ['john', 'iraq', 'hassan', 'mohammed', 'kadhimi', 'baghdad']) assert.ok(!words.has(w), w);
  assert.ok(words.size > 15_000);
});
