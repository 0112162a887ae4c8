// Writes src/names/place-names.data.ts: the one-word English names of the world's countries and their
// capitals, from the countries-list package (ISO 3166-1 names and capitals). Run after changing the
// package version:
//   node scripts/build-place-names.mjs
// tests/unit/names/place-names.test.ts fails when the committed file and this script disagree.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packageInfo, wordListModule, writeWhenRun } from './word-list-module.mjs';

const require = createRequire(import.meta.url);

export function placeNamesModule() {
  // The package exports no package.json: find its folder from its CommonJS entry (cjs/index.js).
  const dir = require.resolve('countries-list').replace(/cjs[\\/]index\.js$/, '');
  const { version, license } = packageInfo(dir, 'LICENSE');
  const countries = Object.values(JSON.parse(readFileSync(`${dir}countries.min.json`, 'utf8')));
  const oneWord = (s) => (typeof s === 'string' && /^\p{L}+$/u.test(s) ? [s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()] : []);
  // A country's capital may be listed as several names joined by commas: each counts.
  const capitals = countries.flatMap((c) => String(c.capital ?? '').split(',').map((s) => s.trim()));
  const words = [...new Set([...countries.flatMap((c) => oneWord(c.name)), ...capitals.flatMap(oneWord)])].sort();
  return wordListModule({
    script: 'build-place-names.mjs', pkg: 'countries-list', version, license, name: 'PLACE_NAMES', words,
    summary: `The ${words.length} one-word English names of countries and capitals, lower case, without accents.`,
  });
}

writeWhenRun(import.meta.url, new URL('../src/names/place-names.data.ts', import.meta.url), placeNamesModule);
