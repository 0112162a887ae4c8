// Writes src/names/place-names.data.ts: the English names of the world's countries and their capitals,
// one-word names apart, from the countries-list package (ISO 3166-1 names and capitals). Run after
// changing the package version:
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
  // The others (El Salvador, Saudi Arabia, Sana'a, Port-au-Prince) folded to their letters, so that one string
  // keeps them apart; they name a kind of name, and are not used to tell spellings apart.
  const folded = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  const longer = [...new Set([...countries.map((c) => c.name), ...capitals].filter((s) => typeof s === 'string' && s !== '' && oneWord(s).length === 0).map(folded))].sort();
  return wordListModule({
    script: 'build-place-names.mjs', pkg: 'countries-list', version, license, name: 'PLACE_NAMES', words,
    summary: `The ${words.length} one-word English names of countries and capitals, lower case, without accents.`,
    more: [{ name: 'LONGER_PLACE_NAMES', words: longer, summary: `The ${longer.length} other names of countries and capitals, their letters only: elsalvador is El Salvador.` }],
  });
}

writeWhenRun(import.meta.url, new URL('../src/names/place-names.data.ts', import.meta.url), placeNamesModule);
