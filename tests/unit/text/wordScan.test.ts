import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { arabicLetterRuns, asciiWords, capitalizedWords, letterWords } from '../../../src/text/wordScan.js';

/** Each scanner and the regular expression it stands for. */
const CASES: [string, (t: string) => string[], RegExp][] = [
  ['letterWords', letterWords, /\p{L}[\p{L}'’]*/gu],
  ['capitalizedWords', capitalizedWords, /\p{Lu}[\p{L}'’]*/gu],
  ['asciiWords', asciiWords, /[A-Za-z][A-Za-z'’]*/g],
  ['arabicLetterRuns', arabicLetterRuns, /[\u0621-\u064A\u0671-\u06D3]+/g],
];

const byRegex = (re: RegExp, t: string): string[] => [...t.matchAll(re)].map((m) => m[0]);

test('each scanner returns exactly the matches of its expression on the fixtures', () => {
  const texts = ['seed/article', 'pairs/libya', 'pairs/lebanon', 'names/gulf', 'names/levant'].flatMap((f) =>
    ['ar', 'en'].map((l) => readFileSync(new URL(`../../fixtures/${f}.${l}.txt`, import.meta.url), 'utf8')));
  for (const [name, scan, re] of CASES) {
    let words = 0;
    for (const t of texts) {
      const want = byRegex(re, t);
      words += want.length;
      assert.deepEqual(scan(t), want, name);
    }
    assert.ok(words > 100, `${name}: only ${words} words to compare`);
  }
});

test('and on random text mixing scripts, cases, apostrophes, marks and surrogate pairs', () => {
  const alphabet = ['a', 'Z', 'é', 'É', 'ß', 'ǅ', 'ω', 'Ω', 'ك', 'ا', 'ٱ', 'ۓ', 'ە', 'َ', 'ـ', '1', '٣', "'", '’', '‘', '-', ' ', '\n',
    '\u0301', '𝐀', '𝐚', '😀', '\uD800', '\uDC00', '𐐀', '𐐨', 'ﷺ', 'ª', 'ǃ', 'Ⅳ'];
  let seed = 3;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 5000; n++) {
    const t = Array.from({ length: Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (const [name, scan, re] of CASES) assert.deepEqual(scan(t), byRegex(re, t), `${name} ${JSON.stringify(t)}`);
  }
});
