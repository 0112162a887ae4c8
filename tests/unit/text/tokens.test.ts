import { test } from 'node:test';
import assert from 'node:assert/strict';
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
