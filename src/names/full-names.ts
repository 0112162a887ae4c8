/**
 * The longer names a name word was written in: "Linda Thomas Granfield" over ليندا توماس غرينفيلد is one
 * person's full name, three anchored words side by side in both languages. A foreign word alone says little about
 * who is meant (جون is John Kerry in one story and Jon Stewart in the next, both right); beside its neighbours it
 * names one person, whose spelling a newsroom keeps from story to story (name-memory.ts).
 */
import { stripArticle } from './preferred.js';
import { nameAsWord } from './arabic-candidates.js';

/** An anchored mention placed in its segment: where the English has it and where its Arabic is. */
export interface PlacedMention {
  segment: string;
  start: number;
  end: number;
  /** The Arabic it is anchored to, as written ("غرينفيلد"). */
  anchor: { segment: string; start: number; end: number; text: string };
  /** The same, normalized. */
  arabicNorm: string;
}

/**
 * A name word as full names and the name memory key it: normalized, without its article, in one piece
 * (عبد المهدي → عبدالمهدي, آل ثاني → ثاني), and without the "#2" a second group of one Arabic gets.
 */
export const nameWordKey = (arabicNorm: string): string => stripArticle(arabicNorm.replace(/#\d+$/u, '')).replace(/\s+/gu, '');

/** A full name: as the memory keys it (normalized, articles left out) and as the source writes it. */
export interface FullName {
  /** "ليندا توماس غرينفيلد"; "مصطفي كاظمي" for مصطفى الكاظمي. */
  key: string;
  /** "مصطفى الكاظمي". */
  text: string;
  /** As the English writes it, from its first word to its last ("Mustafa al-Kadhimi", "Mohammed bin Salman"). */
  english: string;
  /**
   * How the English joins each word to the next, one character per gap: "-" for a hyphen, " " for a space or a
   * no-break space (" -" for "Linda Thomas-Greenfield"). The hyphen is part of a name as its bearer writes it.
   */
  joins: string;
}

/** Segment texts by id: the English (target) and the Arabic (source). */
export type SegmentTexts = ReadonlyMap<string, { source: string; target: string }>;

/**
 * Longer runs of names side by side are a list or a heading written without commas more often than one person
 * (Juan Carlos Alfonso Víctor María de Borbón is six).
 */
export const MAX_FULL_NAME_WORDS = 6;

/** One space, a no-break space or a hyphen (of any kind): Thomas-Greenfield is one name as much as Thomas Greenfield. */
const JOIN = /^[ \u00A0\u2010-\u2013-]$/u;
/** A hyphen of any kind, of the joins above. */
const HYPHEN = /^[\u2010-\u2013-]$/u;

/** A particle between two words of one name, in English and in Arabic: Mohammed bin Salman (محمد بن سلمان). */
const PARTICLE_EN = /^[ \u00A0](?:bin|ibn|bint|ben|ould)[ \u00A0]$/iu;
const PARTICLE_AR = /^\s(?:بن|ابن|إبن|بنت|ولد)\s$/u;

/**
 * Side by side in both languages, in one order: the next word of one name, not two names in a list. An anchor
 * points at the first place its segment writes the word (groups.ts keeps one candidate per word), so the Arabic
 * word before the next anchor may be another place the segment writes the same word: آلان ليثجو after آلان
 * ماكجريجور.
 */
function nextWord(a: PlacedMention, b: PlacedMention, texts: SegmentTexts): boolean {
  if (a.segment !== b.segment || a.anchor.segment !== b.anchor.segment) return false;
  const target = texts.get(a.segment)?.target;
  const source = texts.get(a.anchor.segment)?.source;
  if (target === undefined || source === undefined) return false;
  const gap = target.slice(a.end, b.start);
  if (PARTICLE_EN.test(gap)) return PARTICLE_AR.test(source.slice(a.anchor.end, b.anchor.start));
  if (!JOIN.test(gap)) return false;
  if (JOIN.test(source.slice(a.anchor.end, b.anchor.start))) return true;
  const word = source.slice(a.anchor.start, a.anchor.end);
  const before = b.anchor.start - 1 - word.length;
  return before >= 0 && JOIN.test(source[b.anchor.start - 1]!) && source.startsWith(word, before) && wordStart(source, before);
}

/** What the Arabic writes between two words of a full name: a space, or a particle with its spaces (" بن "). */
function arabicGap(a: PlacedMention, b: PlacedMention, texts: SegmentTexts): string {
  const gap = texts.get(a.anchor.segment)?.source.slice(a.anchor.end, b.anchor.start) ?? ' ';
  return PARTICLE_AR.test(gap) ? gap : ' ';
}

/** Whether English text between two name words keeps them one name: a join, or a particle with its spaces. */
export const withinName = (gap: string): boolean => JOIN.test(gap) || PARTICLE_EN.test(gap);

/** The character between a mention and the next word of its full name in the English. */
function joinAfter(m: PlacedMention, texts: SegmentTexts): string {
  return texts.get(m.segment)?.target[m.end] ?? ' ';
}

/** Nothing of another word before `at`, but perhaps one clitic (و ف ب ل ك: وآلان). */
function wordStart(text: string, at: number): boolean {
  const letter = (i: number): boolean => i >= 0 && /\p{L}/u.test(text[i]!);
  return !letter(at - 1) || ('وفبلك'.includes(text[at - 1]!) && !letter(at - 2));
}

/**
 * The full name each mention is a word of, or undefined: runs of two or more anchored words side by side in
 * both languages. Index for index with `mentions`.
 */
export function fullNamesOf(mentions: readonly PlacedMention[], texts: SegmentTexts): Array<FullName | undefined> {
  const bySegment = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    let list = bySegment.get(m.segment);
    if (!list) bySegment.set(m.segment, (list = []));
    list.push(i);
  });
  const out: Array<FullName | undefined> = mentions.map(() => undefined);
  const record = (run: readonly number[]): void => {
    if (run.length < 2 || run.length > MAX_FULL_NAME_WORDS) return;
    // One key word per mention, so the key's words and the joins line up (عبد المهدي, آل ثاني are one word each).
    const key = run.map((i) => nameWordKey(mentions[i]!.arabicNorm)).join(' ');
    if (key.length > 200) return;
    const joins = run.slice(0, -1).map((i) => (HYPHEN.test(joinAfter(mentions[i]!, texts)) ? '-' : ' ')).join('');
    const first = mentions[run[0]!]!;
    const english = texts.get(first.segment)?.target.slice(first.start, mentions[run[run.length - 1]!]!.end) ?? '';
    const name = { key, text: run.map((i, n) => (n === 0 ? '' : arabicGap(mentions[run[n - 1]!]!, mentions[i]!, texts)) + nameAsWord(mentions[i]!.anchor.text, mentions[i]!.arabicNorm)).join(''), english, joins };
    for (const i of run) out[i] = name;
  };
  for (const list of bySegment.values()) {
    list.sort((a, b) => mentions[a]!.start - mentions[b]!.start);
    let run: number[] = [];
    for (const i of list) {
      const last = run[run.length - 1];
      if (last !== undefined && !nextWord(mentions[last]!, mentions[i]!, texts)) {
        record(run);
        run = [];
      }
      run.push(i);
    }
    record(run);
  }
  return out;
}

/**
 * The pairs of neighbouring words of a full name that hold the word ("توماس غرينفيلد" for غرينفيلد in ليندا
 * توماس غرينفيلد). Two records of a foreign word are one person when they share one: "Linda Thomas-Greenfield"
 * in one article and "Thomas-Greenfield" with no first name (توماس غرينفيلد) in the next. A middle name is
 * often left out (John Forbes Kerry, John Kerry), so the words either side of one are a pair too (جون كيري).
 */
export function neighbourPairs(word: string, fullNames: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of fullNames) {
    const words = name.split(' ');
    for (const step of [1, 2]) {
      for (let i = 0; i + step < words.length; i++) {
        if (words[i] !== word && words[i + step] !== word) continue;
        const pair = `${words[i]!} ${words[i + step]!}`;
        if (!out.includes(pair)) out.push(pair);
      }
    }
  }
  return out;
}

/**
 * A word's full names in one article, gathered into people: two full names sharing a pair of neighbours with the
 * word are one person (ليندا توماس غرينفيلد and توماس غرينفيلد); وايد in وايد سيمز and in ويل وايد is two.
 */
export function peopleOf(word: string, fullNames: readonly string[]): string[][] {
  const people: Array<{ names: string[]; pairs: Set<string> }> = [];
  for (const name of fullNames) {
    const pairs = neighbourPairs(word, [name]);
    const joined = people.filter((p) => pairs.some((x) => p.pairs.has(x)));
    const person = { names: [...joined.flatMap((p) => p.names), name], pairs: new Set([...pairs, ...joined.flatMap((p) => [...p.pairs])]) };
    for (const p of joined) people.splice(people.indexOf(p), 1);
    people.push(person);
  }
  return people.map((p) => p.names);
}
