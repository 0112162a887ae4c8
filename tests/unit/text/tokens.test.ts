import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tokenize, isArabicLetter, hasArabicScript } from '../../../src/text/tokens.js';

const words = (t: string): string[] => tokenize(t).map((x) => x.text);

test('Arabic words keep diacritics and tatweel inside the token', () => {
  const text = 'قالَ رئيسُ الوزراءِ مصطفى الكاظـــمي';
  assert.deepEqual(words(text), ['قالَ', 'رئيسُ', 'الوزراءِ', 'مصطفى', 'الكاظـــمي']);
  for (const t of tokenize(text)) {
    assert.equal(t.kind, 'arabic');
    assert.equal(text.slice(t.start, t.end), t.text);
  }
});

test('Arabic punctuation separates words: ، ؛ ؟ and the period with no space', () => {
  assert.deepEqual(words('الحشد الشعبي،والقوات الأمريكية؛ حقوقها.وأضاف؟'), ['الحشد', 'الشعبي', 'والقوات', 'الأمريكية', 'حقوقها', 'وأضاف']);
});

test('Latin names keep internal hyphens and apostrophes, not trailing ones', () => {
  assert.deepEqual(words("Al-Kadhimi's visit to al-Muhandis’ home, 'el-Sisi' - done"), [
    "Al-Kadhimi's", 'visit', 'to', 'al-Muhandis', 'home', 'el-Sisi', 'done',
  ]);
});

test('numbers are tokens, in any digit script with separators', () => {
  const toks = tokenize('killed 300,000 people, ٣٠٠٬٠٠٠ شخص، 5.5% ٥٫٥٪ COVID-19');
  assert.deepEqual(toks.filter((t) => t.kind === 'number').map((t) => t.text), ['300,000', '٣٠٠٬٠٠٠', '5.5', '٥٫٥', '19']);
});

test('a range limits the tokens and offsets index the whole text', () => {
  const text = 'Dr.. Muhammad Al-Saeed Idris';
  const start = text.indexOf('Al-Saeed');
  const toks = tokenize(text, { start, end: text.length });
  assert.deepEqual(toks.map((t) => t.text), ['Al-Saeed', 'Idris']);
  assert.equal(toks[0]!.start, start);
});

test('isArabicLetter and hasArabicScript', () => {
  assert.equal(isArabicLetter('ك'), true);
  assert.equal(isArabicLetter('َ'), false); // a fatha is a mark, not a letter
  assert.equal(isArabicLetter('٣'), false);
  assert.equal(isArabicLetter('K'), false);
  assert.equal(hasArabicScript('Al-Kadhimi met الحشد leaders'), true);
  assert.equal(hasArabicScript('He asked ؟ and said ،'), false);
  assert.equal(hasArabicScript('born in ١٩٦٧'), true);
});

/** The definition tokenize implements, as the regular expression it used to run. */
const ARABIC_CHAR = String.raw`[\p{Script_Extensions=Arabic}&&[\p{L}\p{M}]]`;
const LATIN_CHAR = String.raw`[[\p{L}\p{M}]--\p{Script_Extensions=Arabic}]`;
const REFERENCE = new RegExp(
  String.raw`(${ARABIC_CHAR}+)|(\p{Nd}+(?:[.,٫٬]\p{Nd}+)*)|(${LATIN_CHAR}+(?:['’\-‐]${LATIN_CHAR}+)*)`, 'gv');

function reference(text: string, range = { start: 0, end: text.length }): { start: number; end: number; text: string; kind: string }[] {
  const out: { start: number; end: number; text: string; kind: string }[] = [];
  const re = new RegExp(REFERENCE.source, REFERENCE.flags);
  re.lastIndex = range.start;
  const slice = text.slice(0, range.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: m[1] !== undefined ? 'arabic' : m[2] !== undefined ? 'number' : 'latin' });
  }
  return out;
}

test('tokens are exactly the matches of the Unicode-class definition, on fixtures and random mixed text', () => {
  const fixtures = ['seed/article', 'pairs/libya', 'pairs/lebanon', 'names/gulf', 'names/iraq'].flatMap((f) =>
    ['ar', 'en'].map((l) => readFileSync(new URL(`../../fixtures/${f}.${l}.txt`, import.meta.url), 'utf8')));
  for (const t of fixtures) assert.deepEqual(tokenize(t), reference(t));
  // Letters, marks and digits of several scripts, joiners, a surrogate pair, a lone surrogate, a combining accent.
  const alphabet = ['a', 'Z', 'é', 'ك', 'ـ', 'َ', 'ٰ', '1', '٣', '۴', '८', '.', ',', '٫', '٬', "'", '’', '-', '‐', ' ', '،', '؟',
    '\u0301', '𝐀', '😀', '\uD800', 'ß', 'ω', 'ﷺ', 'ﻻ', '\u200C', '٪', '%'];
  let seed = 11;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < 3000; n++) {
    const t = Array.from({ length: Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    assert.deepEqual(tokenize(t), reference(t), JSON.stringify(t));
    const start = Math.floor(next() * (t.length + 1));
    const end = start + Math.floor(next() * (t.length - start + 1));
    assert.deepEqual(tokenize(t, { start, end }), reference(t, { start, end }), `${JSON.stringify(t)} [${start}, ${end})`);
  }
});
