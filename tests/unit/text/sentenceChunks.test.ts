import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { splitSentences, type Lang } from '../../../src/text/sentences.js';
import { CHUNK_CHARS, chunkCuts } from '../../../src/text/sentenceChunks.js';
import { loadCorpus } from '../../fixtures/align/corpus.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const FILES = ['seed/article', 'pairs/libya', 'pairs/lebanon', 'names/gulf', 'names/iraq', 'names/levant', 'names/libya', 'glossary/next'];

/** Every fixture article of one language as one paragraph, as pasted text that lost its line breaks. */
function oneParagraph(lang: Lang): string {
  const articles = FILES.map((f) => fixture(`${f}.${lang}.txt`));
  const aligned = loadCorpus().map((c) => c[lang].map((p) => p.join(' ')).join(' '));
  return [...articles, ...aligned].join(' ').replace(/\s*\n\s*/g, ' ').trim();
}

const texts = (text: string, lang: Lang, chunkChars: number): string[] =>
  splitSentences(text, lang, undefined, chunkChars).map((r) => `${r.start}:${text.slice(r.start, r.end)}`);

/** The places segmentation and the abbreviation merge can go wrong, each next to a safe cut. */
const TRICKY_EN = [
  'Dr. Muhammad Al-Saeed Idris wrote it. Mr. Biden met Mrs. Thomas-Greenfield and Lt. Gen. Smith.',
  'He travels to the U.S. The talks start. U.S. forces struck. The U.N. Security Council met.',
  'Washington has a Plan B. The talks may fail. George W. Bush started it. J. R. R. Tolkien wrote.',
  'Turnout was 3.5 percent in district No. 5 on Jan. 12 this year. See e.g. the annex. Then, i.e. Monday.',
  'He said: “We abide by legitimacy.” . Al-Kadhimi concluded. Really?! Yes!! (Quoted.) Next one.',
  'Dr.. Muhammad Al-Saeed Idris. “Why?” He asked. \'Fine.\' She said. [Note.] End... Then more.',
  'The Prime Minister arrived.\u00A0Then he left.\tAnother. SHOUTING. ÉLAN is French. Ölmez too.',
  'Really? and then? (yes.) no! “stop” she said. Why? 12 men came! ‘quiet’ please. e.g. “the” one. What?! ok.',
].join(' ');
const TRICKY_AR = [
  'كتب د. محمد السعيد إدريس مقالا. وعلق أ. علي الموسوي عليه. وشارك أ.د. حسن في الندوة.',
  'زار الكاظمي بروكسل، والتقى ممثلي الناتو؛ ثم عاد. هل ينجح الحوار؟ نعم! ربما۔ لا أحد يعلم.',
  'طالبت المرأة بحقوقها.وأضاف المتحدث أن الحكومة ستنظر في الأمر. "قال." ثم مضى. (جملة.) وأخرى.',
  'وصل الوفد في 27/6 2021. U.S. قوات. Dr. أحمد. وقال: «نعم.» وانتهى الأمر؟ ولم ينته.',
  'هل انتهى؟ «لا» قال. لماذا؟ 12 رجلا! (نعم) وأضاف؟ and then! ok.',
].join(' ');

test('a long paragraph cut into pieces gives exactly the sentences and offsets of the uncut one', () => {
  for (const lang of ['en', 'ar'] as const) {
    const text = oneParagraph(lang);
    assert.ok(chunkCuts(text, 1000).length >= 5, `${lang}: the paragraph was not cut`);
    const whole = texts(text, lang, Infinity);
    assert.ok(whole.length > 50, `${lang}: only ${whole.length} sentences`);
    assert.deepEqual(texts(text, lang, 1000), whole);
    // Cut at every safe place: the hardest case for the merge layer across pieces.
    assert.deepEqual(texts(text, lang, 1), whole);
  }
});

test('cuts at every safe place around abbreviations, quotes, initials and numbers change nothing', () => {
  for (const [lang, text] of [['en', TRICKY_EN], ['ar', TRICKY_AR]] as const) {
    assert.ok(chunkCuts(text, 1).length >= 10, `${lang}: too few cuts to test anything`);
    assert.deepEqual(texts(text, lang, 1), texts(text, lang, Infinity));
  }
  // The merge still joins what a cut separated.
  const en = splitSentences(TRICKY_EN, 'en', undefined, 1).map((r) => TRICKY_EN.slice(r.start, r.end));
  assert.ok(en.includes('Mr. Biden met Mrs. Thomas-Greenfield and Lt. Gen. Smith.'));
  assert.ok(en.includes('He travels to the U.S.'));
});

test('cuts fall after a period only before a capital or an Arabic letter, after ! and ? before any letter', () => {
  const text = 'One. two. 3. Three. Dr. Smith! “Quote.” Next؟ وبعد۔ ثم.x y! and? 5 e.g. “the end';
  const cuts = chunkCuts(text, 1);
  assert.deepEqual(cuts.map((c) => text.slice(c, c + 3)), ['Thr', 'Dr.', 'Smi', '“Qu', 'Nex', 'وبع', 'ثم.', 'and', '5 e']);
  // Pieces are at least `size` long, and a short paragraph is never cut.
  assert.deepEqual(chunkCuts(text, 20).map((c) => text.slice(c, c + 3)), ['Smi', 'وبع']);
  assert.deepEqual(chunkCuts(TRICKY_EN.slice(0, CHUNK_CHARS)), []);
});

/** The longest piece the segmenter is given when a text is cut at chunkCuts. */
function longestPiece(text: string): number {
  const bounds = [0, ...chunkCuts(text), text.length];
  return Math.max(...bounds.slice(1).map((end, i) => end - bounds[i]!));
}

// The segmenter's cost grows faster than its input: linear time comes from never giving it a piece much longer than
// CHUNK_CHARS, however long the paragraph. The time itself is measured by `npm run bench -- align`.
test('one very long paragraph reaches the segmenter in pieces of bounded length, so splitting it grows linearly', () => {
  const unit = oneParagraph('ar');
  const small = Array.from({ length: 4 }, () => unit).join(' ');
  const large = Array.from({ length: 32 }, () => unit).join(' ');
  assert.ok(longestPiece(large) < 2 * CHUNK_CHARS, `longest piece ${longestPiece(large)} characters`);
  assert.ok(longestPiece(large) <= longestPiece(small) + CHUNK_CHARS, 'no longer for 8× the text');
  const pieces = (text: string) => chunkCuts(text).length + 1;
  const growth = pieces(large) / pieces(small);
  assert.ok(growth > 6 && growth < 10, `8× the text, ${growth.toFixed(1)}× the pieces`);
  assert.equal(splitSentences(large, 'ar').length, 8 * splitSentences(small, 'ar').length, 'the same sentences, eight times');
});

test('a long paragraph of exclamations and questions followed by lowercase words is cut too', () => {
  // No period before a capital anywhere, so only the ! and ? cuts keep the segmenter's pieces short.
  const paragraph = (n: number): string => Array.from({ length: n }, (_, i) => ['the', 'minister.', 'said', 'kadhimi!', 'talks', 'in', 'baghdad?'][i % 7]).join(' ');
  assert.ok(chunkCuts(paragraph(20_000)).length >= 20);
  const small = paragraph(5_000);
  const large = paragraph(40_000);
  // Uncut, the segmenter took about 60× the time for 8× this text.
  assert.ok(longestPiece(large) < 2 * CHUNK_CHARS, `longest piece ${longestPiece(large)} characters`);
  assert.equal(splitSentences(small, 'en').length, texts(small, 'en', Infinity).length);
});
