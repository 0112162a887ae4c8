/**
 * Name mentions in English machine translation. A mention is one name word as the check compares it:
 * "Al-Kazemi" (article and all), "Abdul Hamid" (a compound is one Arabic name), "Nasr Allah", "Salah al-Din".
 * Titles (Sheikh, Prime Minister) and particles (bin, Abu) join a multi-word name but are not
 * themselves compared. Possessives are left outside the mention ("Al-Kazemi’s" → "Al-Kazemi").
 */
import { DIN_TAIL, splitArticle } from './article.js';
import { isKoreanGivenName } from './korean-given-names.js';

export interface EnglishMention {
  /** Offsets into the text the mention was found in. */
  start: number;
  end: number;
  /** The text as written (may hold a line break). */
  text: string;
  /** The text as one would type it: line breaks joined. */
  form: string;
  /** The article as written ("Al-", "al ", "") and the name without it. */
  article: string;
  core: string;
  /** The mention opens a sentence, where any word is capitalized. */
  sentenceInitial: boolean;
  /** The mention is one word of a multi-word name (Mustafa Al-Kadhimi), itself evidence of a name. */
  inMultiWordName: boolean;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

// A word: letters, with apostrophes and hyphens inside; a hyphen may be followed by a line break. An apostrophe
// ends the word unless a letter follows (O'Brien, Ma'arib), so a closing quote ('Scotland') is not part of it.
const WORD = /\p{L}(?:[\p{L}\p{M}]|['’](?=\p{L})|[-\u2010\u2011](?:[ \t]*\r?\n[ \t]*)?(?=\p{L}))*/gu;
/** English contractions: I'm, We're, They'll, Don't, He'd are never names (Sa'd, with its ع, is). */
const CONTRACTION = /^(?:i['’]m|\p{L}+['’](?:re|ll|ve)|\p{L}+n['’]t|(?:i|you|he|she|we|they|it|that|who|there)['’]d)$/iu;
const POSSESSIVE = /(?:['’]s|s['’])$/u;

/** Words that are capitalized for reasons other than being a name: titles, months, days. */
const TITLES = new Set([
  'sheikh', 'shaikh', 'sheik', 'president', 'prime', 'minister', 'king', 'prince', 'princess', 'emir', 'amir', 'sultan',
  'dr', 'mr', 'mrs', 'ms', 'sayyid', 'sayed', 'imam', 'ayatollah', 'grand', 'general', 'gen', 'colonel', 'col', 'major',
  'field', 'marshal', 'his', 'her', 'holiness', 'excellency', 'highness', 'crown', 'deputy', 'foreign', 'speaker',
  'commander', 'chief', 'secretary', 'ambassador', 'senator', 'judge', 'mufti', 'pope', 'haj', 'hajj', 'mullah',
  // Saint, Mount, Fort as abbreviations: St Mirren, St. Louis, Mt Lebanon.
  'st', 'mt', 'ft',
]);
const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Particles inside a multi-word name, never names themselves. */
// Ould (ولد) is the Mauritanian bin: Mohamed Ould Ghazouani.
const PARTICLES = new Set(['bin', 'ibn', 'bint', 'ben', 'ould', 'abu', 'abou', 'abo', 'bou', 'umm', 'um', 'of', 'de']);
const ARTICLE_WORDS = new Set(['al', 'el', 'Al', 'El']);
const ABD = /^(abd|abdul|abdel|abdal|abdol|abdur|abdu|abdi|abed)$/i;
const ALLAH = /^allah$/i;
/** الدين as the second word of a name, with or without its article: Din, al-Din, ad-Din, ud-Din, Eddine, Uddin. */
const DIN = new RegExp(`^(?:[AaEeUu][ldtrsnz][-\u2010\u2011]?)?[Dd]${DIN_TAIL}$`, 'u');

/** "Hamid", and also "al-Kuwari": a lower-case article before a capitalized name. */
function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // A plain lower-case word without a hyphen cannot hold "al-Name".
  if (c >= 97 && c <= 122 && !/[-\u2010\u2011\u2012\u2013 ]/u.test(word)) return false;
  if (/^\p{Lu}/u.test(word)) return true;
  const { article, core } = splitArticle(word);
  return article !== '' && /^\p{Lu}/u.test(core);
}

function isAcronym(word: string): boolean {
  // "Kadhimi": a lower-case ASCII second letter settles it.
  const c1 = word.charCodeAt(1);
  if (c1 >= 97 && c1 <= 122) return false;
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function joinLines(text: string): string {
  // Most mentions are on one line with single spaces: nothing to join.
  if (!/[^\S ]| {2}/u.test(text)) return text;
  // "Kad-\nhimi" (a word broken by hyphenation) joins solid; "Al-\nKadhimi" keeps its hyphen.
  return text
    .replace(/(\p{Ll})[-\u2010\u2011][ \t]*\r?\n[ \t]*(\p{Ll})/gu, '$1$2')
    .replace(/([-\u2010\u2011])[ \t]*\r?\n[ \t]*/gu, '$1')
    .replace(/\s+/gu, ' ');
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  // exec on the shared regex, not matchAll (which copies it per text): this runs over every word of the article.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    let word = m[0];
    // Not a name inside an e-mail address or a web address.
    const before = text.slice(Math.max(0, start - 1), start);
    const after = text[start + word.length] ?? '';
    if (before === '@' || before === '.' && /\p{L}/u.test(text[start - 2] ?? '') || after === '@' || (after === '.' && /\p{L}/u.test(text[start + word.length + 1] ?? ''))) {
      continue;
    }
    const last = word[word.length - 1]!;
    if ((word.includes('\'') || word.includes('’')) && CONTRACTION.test(word)) continue;
    const poss = last === 's' || last === '\'' || last === '’' ? POSSESSIVE.exec(word) : null;
    if (poss && word.length > poss[0].length + 1) word = word.slice(0, word.length - (poss[0].startsWith('s') ? 1 : 2));
    // Most words have no hyphen: nothing to split.
    if (!/[-\u2010\u2011]/u.test(word)) {
      out.push({ start, end: start + word.length, text: word });
      continue;
    }
    // "Iraqi-American", "US-Iranian" are two words; "al-Kadhimi", "ad-Din" are one name with its article.
    let from = 0;
    let partFrom = 0;
    for (const h of word.matchAll(/[-\u2010\u2011](?:[ \t]*\r?\n[ \t]*)?/gu)) {
      const piece = word.slice(from, h.index);
      // The part since the last hyphen: "al" in "Abd-al-Rahman".
      const part = word.slice(partFrom, h.index);
      partFrom = h.index + h[0].length;
      // "Abdul-Mahdi", "Abdel-Fattah", "Abd-al-Rahman": عبد and the name of God after it are one compound name, as with a space.
      if (ARTICLE_PIECE.test(part) || ABD.test(part)) continue;
      // "Nasr-Allah", "Nour-Eddine", "Salah-ad-Din": the name before الله or الدين is one name with it.
      const rest = word.slice(partFrom);
      if (ALLAH.test(rest) || DIN.test(rest)) continue;
      // "Kad-\nhimi": a word hyphenated at a line end, not two words.
      if (h[0].includes('\n') && /^\p{Ll}/u.test(word.slice(h.index + h[0].length))) continue;
      // "Jong-un", "Jae-in": a Korean given name is one name of two syllables.
      if (isKoreanGivenName(part, rest)) continue;
      out.push({ start: start + from, end: start + h.index, text: piece });
      from = h.index + h[0].length;
    }
    out.push({ start: start + from, end: start + word.length, text: word.slice(from) });
  }
  return out;
}

const ARTICLE_PIECE = /^(?:[AaEeUu]l|[AaEeUu][tdrzsn]h?)$/u;

/** True when only spaces (and at most one line break) separate two tokens of one name. */
function joinable(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[ \t]*(?:\r?\n[ \t]*)?$/.test(gap) && gap.length > 0 && !/['’]/.test(text.slice(a.end - 1, a.end + 1));
}

function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'(«\[]/u.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?؟:;…]/u.test(text[i]!);
}

/** Name mentions in one text (a segment's target). */
export function findEnglishMentions(text: string): EnglishMention[] {
  const toks = tokens(text);
  const out: EnglishMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!isCapitalized(t.text) || isAcronym(t.text)) {
      i++;
      continue;
    }
    // Gather the span: capitalized words, with particles and standalone articles between them.
    const span: Token[] = [t];
    let j = i + 1;
    while (j < toks.length && joinable(text, toks[j - 1]!, toks[j]!)) {
      const w = toks[j]!.text;
      const lower = w.toLowerCase();
      if ((isCapitalized(w) && !isAcronym(w)) || ((PARTICLES.has(lower) || ARTICLE_WORDS.has(w)) && toks[j + 1] && isCapitalized(toks[j + 1]!.text) && joinable(text, toks[j]!, toks[j + 1]!))) {
        span.push(toks[j]!);
        j++;
      } else break;
    }
    i = j;
    emitUnits(text, span, out);
  }
  return out;
}

function emitUnits(text: string, span: readonly Token[], out: EnglishMention[]): void {
  const nameWords = span.filter((w) => {
    const l = w.text.toLowerCase();
    return !TITLES.has(l) && !PARTICLES.has(l) && !ARTICLE_WORDS.has(w.text) && !CALENDAR.has(l);
  });
  const multi = nameWords.length > 1;
  let k = 0;
  while (k < span.length) {
    const w = span[k]!;
    const lower = w.text.toLowerCase();
    if (TITLES.has(lower) || PARTICLES.has(lower) || CALENDAR.has(lower)) {
      k++;
      continue;
    }
    const first = w;
    let last = w;
    // "Al Thani", "al Kadhimi": a standalone article belongs to the next word.
    if (ARTICLE_WORDS.has(w.text)) {
      const next = span[k + 1];
      if (!next) {
        k++;
        continue;
      }
      last = next;
      k++;
    }
    // "Abdul Hamid", "Abd al-Rahman", "Abd al Rahman": one Arabic compound name.
    if (ABD.test(last.text) && span[k + 1]) {
      k++;
      if (ARTICLE_WORDS.has(span[k]!.text) && span[k + 1]) k++;
      last = span[k]!;
    }
    // "Nasr Allah", "Abd Allah": the word before Allah is one name with it; so is the word before الدين
    // ("Salah al-Din", "Nur ud-Din", "Nasr Eddine", "Salah al Din").
    if (span[k + 1] && (ALLAH.test(span[k + 1]!.text) || DIN.test(span[k + 1]!.text))) {
      k++;
      last = span[k]!;
    } else if (span[k + 2] && ARTICLE_WORDS.has(span[k + 1]!.text) && DIN.test(span[k + 2]!.text)) {
      k += 2;
      last = span[k]!;
    }
    k++;
    const raw = text.slice(first.start, last.end);
    const form = joinLines(raw);
    const { article, core } = splitArticle(form);
    if (core.length < 2) continue;
    out.push({
      start: first.start,
      end: last.end,
      text: raw,
      form,
      article,
      core,
      sentenceInitial: startsSentence(text, first.start),
      inMultiWordName: multi,
    });
  }
}
