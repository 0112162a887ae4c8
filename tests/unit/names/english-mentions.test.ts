import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEnglishMentions } from '../../../src/names/index.js';

/** Mentions away from a sentence start (where every word is capitalized and evidence decides later). */
const forms = (text: string): string[] => findEnglishMentions(text).filter((m) => !m.sentenceInitial).map((m) => m.form);

test('multi-word names with titles and particles: each name word is one mention, titles and particles are not', () => {
  assert.deepEqual(forms('Iraqi Prime Minister Mustafa Al-Kadhimi arrived.').slice(-2), ['Mustafa', 'Al-Kadhimi']);
  assert.deepEqual(forms('He mourned Abu Mahdi al-Muhandis yesterday.'), ['Mahdi', 'al-Muhandis']);
  assert.deepEqual(forms('Then Sheikh Tamim bin Hamad Al Thani spoke.'), ['Tamim', 'Hamad', 'Al Thani']);
  assert.deepEqual(forms('Then President Mohamed Ould Ghazouani spoke.'), ['Mohamed', 'Ghazouani']);
  assert.deepEqual(forms('They met Abdul Hamid Dbeibah in Tripoli.'), ['Abdul Hamid', 'Dbeibah', 'Tripoli']);
  assert.deepEqual(forms('Later Abd al-Rahman and Nasr Allah spoke.'), ['Abd al-Rahman', 'Nasr Allah']);
});

test('possessives stay outside the mention, with straight and curly apostrophes', () => {
  const [m] = findEnglishMentions('Then Saif al-Islam\'s office spoke.').filter((x) => x.form === 'al-Islam');
  assert.ok(m);
  const text = 'Then Saif al-Islam\'s office spoke.';
  assert.equal(text.slice(m.start, m.end), 'al-Islam');
  const curly = findEnglishMentions('It was Al-Kazemi’s visit.').filter((x) => !x.sentenceInitial);
  assert.deepEqual(curly.map((x) => x.text), ['Al-Kazemi']);
});

test('article variants: hyphen, space, solid, el-', () => {
  const got = findEnglishMentions('We saw Al Kadhimi, al-Kadhimi, AlKadhimi and el-Sisi.').filter((m) => !m.sentenceInitial);
  assert.deepEqual(got.map((m) => [m.article, m.core]), [['Al ', 'Kadhimi'], ['al-', 'Kadhimi'], ['Al', 'Kadhimi'], ['el-', 'Sisi']]);
});

test('a name broken across a line is one mention with offsets over the break', () => {
  const text = 'He said Mustafa Al-\nKadhimi would go, and Kad-\nhimi agreed.';
  const got = findEnglishMentions(text);
  const broken = got.find((m) => m.form === 'Al-Kadhimi')!;
  assert.equal(text.slice(broken.start, broken.end), 'Al-\nKadhimi');
  assert.ok(got.some((m) => m.form === 'Kadhimi' && m.text === 'Kad-\nhimi'));
});

test('sentence-initial words are marked; e-mail addresses and acronyms are not names', () => {
  const got = findEnglishMentions('Meanwhile, NATO met. Write to mohamed.alsaid.idries@gmail.com today.');
  assert.deepEqual(got.map((m) => [m.form, m.sentenceInitial]), [['Meanwhile', true], ['Write', true]]);
});

test('hyphenated compounds of two words split; the article stays on its name', () => {
  assert.deepEqual(forms('So the Iraqi-American dialogue and the US-Iranian scores.'), ['Iraqi', 'American', 'Iranian']);
  assert.deepEqual(forms('So Saif al-Islam spoke.'), ['Saif', 'al-Islam']);
});

test('an عبد compound with a hyphen is one name, as with a space: Abdul-Mahdi, Abdel-Fattah el-Sisi, Abd-al-Rahman', () => {
  assert.deepEqual(forms('Then Adil Abdul-Mahdi resigned.'), ['Adil', 'Abdul-Mahdi']);
  assert.deepEqual(forms('So Abdel-Fattah el-Sisi met Abed-Rabbo Mansour Hadi.'), ['Abdel-Fattah', 'el-Sisi', 'Abed-Rabbo', 'Mansour', 'Hadi']);
  assert.deepEqual(forms('Then Abd-al-Rahman spoke.'), ['Abd-al-Rahman']);
});

test('a Korean given name is one word of two syllables (Kim Jong-un, Moon Jae-in); an English compound still splits', () => {
  assert.deepEqual(forms('Then Kim Jong-un met Moon Jae-in and Ban Ki-moon.'), ['Kim', 'Jong-un', 'Moon', 'Jae-in', 'Ban', 'Ki-moon']);
  assert.deepEqual(forms('So Yoon Suk-yeol spoke to Kim Yo-jong.'), ['Yoon', 'Suk-yeol', 'Kim', 'Yo-jong']);
  assert.deepEqual(forms('Then Hezbollah-backed fighters and Kremlin-run media met.'), ['Hezbollah', 'Kremlin']);
});

test('so is a name with a hyphen before الله or الدين: Nasr-Allah, Nour-Eddine, Salah-ad-Din', () => {
  assert.deepEqual(forms('Then Hassan Nasr-Allah said so.'), ['Hassan', 'Nasr-Allah']);
  assert.deepEqual(forms('Then Nour-Eddine and Salah-ad-Din spoke.'), ['Nour-Eddine', 'Salah-ad-Din']);
  assert.deepEqual(forms('Then Saif-al-Islam spoke.'), ['Saif', 'al-Islam'], 'al-Islam is a name of its own');
});

test('a name with الدين is one mention however the article is written: Salah al-Din, Nur ud-Din, Nasr Eddine, Salah al Din', () => {
  assert.deepEqual(forms('Police in Salah al-Din said so.'), ['Salah al-Din']);
  assert.deepEqual(forms('Then Nur ud-Din took Aleppo.'), ['Nur ud-Din', 'Aleppo']);
  assert.deepEqual(forms('Coach Nasr Eddine Nabi spoke.').slice(-2), ['Nasr Eddine', 'Nabi']);
  assert.deepEqual(forms('They reached Salah al Din at dawn.'), ['Salah al Din']);
  // Zia ul-Haq: the u article of South Asian spellings is split off like al-.
  assert.deepEqual(findEnglishMentions('General Zia ul-Haq ruled.').filter((m) => m.core === 'Haq').map((m) => m.article), ['ul-']);
});
