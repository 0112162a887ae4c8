/**
 * The numbers a reader compares between an Arabic article and its English translation, with offsets
 * into the text the user sees and normalized values.
 *
 * DESIGN.md §8: comparing raw digit strings misfires on 16% of good translations ("300 ألف" is
 * "300,000", "27/6 2021" is "June 27, 2021", "التسعينيات" is "the 1990s", ordinals and numbers written
 * as words). So each mention says what it *provides* as evidence (normalized keys such as "n:300000",
 * "m:6", "y:2021") and what it *requires* the other side to provide. Numbers written in words and bare
 * month names only provide: they can satisfy a digit on the other side but are never reported missing,
 * which keeps the check conservative.
 */
import type { TextRange } from '../model.js';
import { latinDigit, normalizeArabic } from './normalize.js';
import { tokenize } from './tokens.js';

export type NumberLang = 'ar' | 'en';
export type NumberKind = 'number' | 'year' | 'percent' | 'date' | 'time' | 'ordinal' | 'decade' | 'month' | 'words' | 'fraction';

export interface DateParts {
  day?: number;
  month?: number;
  year?: number;
}

export interface NumberMention {
  start: number;
  end: number;
  /** As written. */
  text: string;
  kind: NumberKind;
  /** The number (for dates: the year, else the day; for times: hours*60+minutes). */
  value: number;
  date?: DateParts;
  /** Written in words or a bare month name: evidence only, never reported missing. */
  soft: boolean;
  /** Normalized keys this mention offers the other side. */
  provides: string[];
  /** Every group needs one of its keys provided by the other side. Empty when soft. */
  requires: string[][];
}

const MONTHS_EN: [string, number][] = [
  ['January', 1], ['February', 2], ['March', 3], ['April', 4], ['May', 5], ['June', 6], ['July', 7], ['August', 8],
  ['September', 9], ['October', 10], ['November', 11], ['December', 12],
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8], ['Sept', 9], ['Sep', 9], ['Oct', 10],
  ['Nov', 11], ['Dec', 12],
];

/** Egyptian/Gulf (يونيو), Levantine/Iraqi (حزيران) and Maghrebi (جوان) month names, with common spellings. */
const MONTHS_AR: [string, number][] = [
  ['كانون الثاني', 1], ['كانون الأول', 12], ['كانون الاول', 12], ['تشرين الأول', 10], ['تشرين الاول', 10], ['تشرين الثاني', 11],
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['أبريل', 4], ['إبريل', 4], ['ابريل', 4], ['أبريل', 4], ['مايو', 5], ['يونيو', 6],
  ['يونية', 6], ['يوليو', 7], ['يولية', 7], ['أغسطس', 8], ['اغسطس', 8], ['سبتمبر', 9], ['أكتوبر', 10], ['اكتوبر', 10],
  ['نوفمبر', 11], ['ديسمبر', 12],
  ['شباط', 2], ['آذار', 3], ['اذار', 3], ['نيسان', 4], ['أيار', 5], ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['آب', 8],
  ['أيلول', 9], ['ايلول', 9],
  ['جانفي', 1], ['فيفري', 2], ['أفريل', 4], ['افريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['أوت', 8], ['اوت', 8],
];

/**
 * Hijri months, as Arabic news writes them beside (or instead of) the Gregorian date. A Hijri date is evidence
 * only: English news usually keeps just the Gregorian date ("الموافق ٢٥ يونيو"), so it is never reported missing.
 */
const HIJRI_MONTHS: [string, number][] = [
  ['محرم', 1], ['صفر', 2], ['ربيع الأول', 3], ['ربيع الآخر', 4], ['ربيع الثاني', 4], ['جمادى الأولى', 5], ['جمادى الآخرة', 6],
  ['جمادى الثانية', 6], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10], ['ذو القعدة', 11], ['ذي القعدة', 11],
  ['ذو الحجة', 12], ['ذي الحجة', 12],
];

/** A Hijri month name as a pattern that accepts the usual spelling variants (ة/ه, ى/ي, أ/ا, آ/ا). */
function hijriSpelling(name: string): string {
  return name.replace(/ /g, '\\s+').replace(/ة/g, '[ةه]').replace(/ى/g, '[ىي]').replace(/[أآ]/g, '[أآا]');
}

const HIJRI_MONTH = `(${[...HIJRI_MONTHS].sort((a, b) => b[0].length - a[0].length).map(([n]) => hijriSpelling(n)).join('|')})(?![\\p{L}])`;
/** هـ, 1442ه, للهجرة, هجري(ة) after a year. */
const HIJRI_MARK = String.raw`\s*(?:هـ|ه(?![\p{L}])|للهجر[ةه]|هجري[ةه]?)`;

/** Hijri month by its normalized spelling (ة/ه, ى/ي, hamza forms, spaces as one), as the matching code reads Arabic. */
const hijriByName = new Map(HIJRI_MONTHS.map(([name, m]) => [normalizeArabic(name).text, m]));

function hijriMonth(written: string): number {
  return hijriByName.get(normalizeArabic(written.replace(/\s+/g, ' ')).text) ?? 0;
}

/** Evidence only (see HIJRI_MONTHS): offers its day and year, requires nothing. */
function hijriDate(day: number | undefined, monthNo: number, year: number | undefined): Omit<NumberMention, 'start' | 'end' | 'text'> {
  const provides: string[] = [];
  if (day !== undefined) provides.push(`hd:${day}`, n(day));
  if (monthNo) provides.push(`hm:${monthNo}`);
  if (year !== undefined) provides.push(`hy:${year}`, n(year));
  return { kind: 'date', value: year ?? day ?? 0, soft: true, provides, requires: [] };
}

/** Proper fractions written with a slash ("3/4"): the same digits are also a day and a month. */
function fractionKey(a: number, b: number): string | null {
  return a > 0 && b > 1 && a < b && b <= 10 ? `f:${round(a / b)}` : null;
}

const monthByName = new Map<string, number>([...MONTHS_EN.map(([n, m]) => [n.toLowerCase(), m] as const), ...MONTHS_AR]);

function alternation(names: string[]): string {
  return [...names].sort((a, b) => b.length - a.length).map((n) => n.replace(/ /g, '\\s+')).join('|');
}

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const NB = String.raw`(?<![\p{N}.,])`; // no digit (or decimal part) just before
const NA = String.raw`(?![\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
// Whole words only: "Dec" must not start "Decisions", "آب" must not start "آباء".
const EN_MONTH = `(${alternation(MONTHS_EN.map(([n]) => n))})(?![\\p{L}])\\.?`;
const AR_MONTH_ONE = alternation(MONTHS_AR.map(([n]) => n));
/** "يونيو/حزيران", "حزيران (يونيو)": both series side by side. */
const AR_MONTH = `(${AR_MONTH_ONE})(?![\\p{L}])(?:\\s*[/(\\-]\\s*(?:${AR_MONTH_ONE})(?![\\p{L}])\\s*\\)?)?`;
const AR_YEAR_LEAD = String.raw`(?:\s*(?:من\s+)?(?:عام|العام|سنة)?\s*)`;
const ORD = String.raw`(?:st|nd|rd|th)?`;

const SCALES: Record<string, number> = {
  thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6,
  'ألف': 1e3, 'الف': 1e3, 'آلاف': 1e3, 'الاف': 1e3, 'مليون': 1e6, 'ملايين': 1e6, 'مليار': 1e9, 'مليارات': 1e9,
  'بليون': 1e9, 'تريليون': 1e12,
};
const SCALE_RE = alternation(Object.keys(SCALES));
const PERCENT = String.raw`(?:\s*%|\s*(?:percent|per\s+cent|pct)${WORD_END}|\s*(?:في\s*الما?ئ[ةه]|بالما?ئ[ةه]))`;

type Builder = (m: RegExpExecArray) => Omit<NumberMention, 'start' | 'end' | 'text'> | null;

interface Pattern {
  re: RegExp;
  build: Builder;
  lang?: NumberLang;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** "300,000", "1,500.75", "3.5", Arabic decimal comma "3,5". Null when the digits are not one number. */
export function parseNumeral(raw: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw)) return Number(raw.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(raw)) return Number(raw.replace(/\./g, ''));
  if (/^\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
  if (/^\d+,\d+$/.test(raw)) return Number(raw.replace(',', '.'));
  return null;
}

const n = (v: number): string => `n:${round(v)}`;

function plain(value: number, kind: NumberKind = 'number', alternatives: readonly number[] = []): Omit<NumberMention, 'start' | 'end' | 'text'> {
  const keys = [n(value), ...alternatives.map(n)];
  return { kind, value, soft: false, provides: keys, requires: [keys] };
}

/**
 * Other values the same digits may stand for. A period before exactly three digits is a decimal point in
 * one convention and a thousands separator in another: Arabic news writes 76.000 for 76,000 as well as
 * 1.500 for 1.5, so the other side settles which was meant. (A comma before three digits is read as
 * thousands only: taking 30,000 for 30 as well would hide a dropped ألف.)
 */
function otherReadings(raw: string): number[] {
  return /^\d{1,3}\.\d{3}$/.test(raw) ? [Number(raw.replace('.', ''))] : [];
}

function dateMention(day: number | undefined, month: number | undefined, year: number | undefined): Omit<NumberMention, 'start' | 'end' | 'text'> | null {
  if (day !== undefined && (day < 1 || day > 31)) return null;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  const provides: string[] = [];
  const requires: string[][] = [];
  const date: DateParts = {};
  if (day !== undefined) {
    date.day = day;
    provides.push(`d:${day}`, n(day));
    requires.push([`d:${day}`, n(day)]);
  }
  if (month !== undefined) {
    date.month = month;
    provides.push(`m:${month}`);
    requires.push([`m:${month}`]);
  }
  if (year !== undefined) {
    date.year = year;
    provides.push(`y:${year}`, n(year));
    requires.push([`y:${year}`, n(year)]);
  }
  return { kind: 'date', value: year ?? day ?? month ?? 0, date, soft: false, provides, requires };
}

/** Day and month in d/m order (Arabic and British news), swapped when only m/d makes sense. */
function numericDate(a: string, b: string, y: string | undefined): Omit<NumberMention, 'start' | 'end' | 'text'> | null {
  let day = Number(a);
  let month = Number(b);
  if (month > 12 && day <= 12) [day, month] = [month, day];
  let year = y === undefined ? undefined : Number(y);
  if (year !== undefined && y!.length === 2) year += year < 50 ? 2000 : 1900;
  const date = dateMention(day, month, year);
  // "3/4" with no year may be three quarters: the other side may answer with either reading.
  const fraction = y === undefined ? fractionKey(Number(a), Number(b)) : null;
  if (!date || !fraction) return date;
  return { ...date, provides: [...date.provides, fraction], requires: date.requires.map((g) => [...g, fraction]) };
}

function month(name: string): number {
  return monthByName.get(name.toLowerCase()) ?? monthByName.get(name.replace(/\s+/g, ' ')) ?? 0;
}

const CLOCK_WORD = String.raw`(?:[ap]\.?m\.?(?![\p{L}])|GMT|صباح|مساء|ص(?![\p{L}])|م(?![\p{L}]))`;

function time(hours: string, minutes: string): Omit<NumberMention, 'start' | 'end' | 'text'> | null {
  const h = Number(hours);
  const min = Number(minutes);
  if (h > 24 || min > 59) return null;
  const key = `t:${h % 12}:${min}`;
  // "04:00" may be "الساعة 4" on the other side: on the hour, the bare hour answers for it.
  const keys = min === 0 ? [...new Set([key, n(h), n(h % 12)])] : [key];
  return { kind: 'time', value: h * 60 + min, soft: false, provides: keys, requires: [keys] };
}

function percent(raw: string): Omit<NumberMention, 'start' | 'end' | 'text'> | null {
  const v = parseNumeral(raw);
  if (v === null) return null;
  // "50 percent" may be النصف on the other side, "25%" الربع, "33%" الثلث: the fraction answers for it.
  const f = percentAsFraction(v);
  return { kind: 'percent', value: v, soft: false, provides: [n(v), `pct:${round(v)}`], requires: [f ? [n(v), f] : [n(v)]] };
}

/** The fraction key (see fractionKey) of a percentage that is a simple fraction, to the nearest whole percent for thirds. */
function percentAsFraction(v: number): string | null {
  for (let b = 2; b <= 10; b++) {
    const a = Math.round((v * b) / 100);
    if (a > 0 && a < b && Math.abs((100 * a) / b - v) < (100 % b === 0 ? 1e-9 : 0.5)) return fractionKey(a, b);
  }
  return null;
}

const PATTERNS: Pattern[] = [
  // "24/7" is round the clock, not the 24th of July: consumed as evidence of nothing.
  { re: /(?<![\p{N}/])24\s*\/\s*7(?![\p{N}/])/gu, build: () => ({ kind: 'words', value: 0, soft: true, provides: [], requires: [] }) },
  // ١٥ ذو القعدة ١٤٤٢ هـ, ١٥ من رمضان
  {
    lang: 'ar',
    re: new RegExp(`${NB}(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?${HIJRI_MONTH}(?:${AR_YEAR_LEAD}(\\d{3,4})${NA}(?:${HIJRI_MARK})?)?`, 'gu'),
    build: (m) => hijriDate(Number(m[1]), hijriMonth(m[2]!), m[3] ? Number(m[3]) : undefined),
  },
  // رمضان ١٤٤٢ هـ
  { lang: 'ar', re: new RegExp(`(?:شهر\\s+)?${HIJRI_MONTH}${AR_YEAR_LEAD}(\\d{3,4})${NA}(?:${HIJRI_MARK})?`, 'gu'), build: (m) => hijriDate(undefined, hijriMonth(m[1]!), Number(m[2])) },
  // ١٤٤٢ هـ
  { lang: 'ar', re: new RegExp(`${NB}(\\d{3,4})${NA}${HIJRI_MARK}`, 'gu'), build: (m) => hijriDate(undefined, 0, Number(m[1])) },
  // 2021-06-27
  { re: new RegExp(`${NB}(\\d{4})-(\\d{1,2})-(\\d{1,2})${NA}`, 'gu'), build: (m) => dateMention(Number(m[3]), Number(m[2]), Number(m[1])) },
  // 27/6/2021, 27-6-2021, 27.6.2021, 27/6/21
  { re: new RegExp(`${NB}(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})${NA}`, 'gu'), build: (m) => numericDate(m[1]!, m[3]!, m[4]) },
  // 220 2/3 (innings), 5 3/4 (inches): a whole number and a proper fraction, not a date.
  {
    lang: 'en',
    re: new RegExp(`${NB}(\\d{1,4})\\s+([1-9])/([2-9]|10)(?![\\p{N}/])`, 'gu'),
    build: (m) => {
      const whole = Number(m[1]);
      const f = fractionKey(Number(m[2]), Number(m[3]));
      if (!f) return null;
      const value = round(whole + Number(m[2]) / Number(m[3]));
      return { kind: 'fraction', value, soft: false, provides: [n(value), n(whole), f], requires: [[n(whole), n(value)], [f, n(value)]] };
    },
  },
  // 27/6 2021 (the seed's form), 27/6
  { re: new RegExp(`${NB}(\\d{1,2})/(\\d{1,2})(?:\\s+(\\d{4}))?(?![\\p{N}/])`, 'gu'), build: (m) => numericDate(m[1]!, m[2]!, m[3]) },
  // June 29, 2021 / June 29 / Jan. 5
  { lang: 'en', re: new RegExp(`${EN_MONTH}\\s+(\\d{1,2})${ORD}${NA}(?:,?\\s+(\\d{4})${NA})?`, 'gu'), build: (m) => dateMention(Number(m[2]), month(m[1]!), m[3] ? Number(m[3]) : undefined) },
  // 29 June 2021 / 29th of June
  { lang: 'en', re: new RegExp(`${NB}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${EN_MONTH}(?:,?\\s+(\\d{4})${NA})?`, 'gu'), build: (m) => dateMention(Number(m[1]), month(m[2]!), m[3] ? Number(m[3]) : undefined) },
  // June 2021
  { lang: 'en', re: new RegExp(`${EN_MONTH},?\\s+(?:of\\s+)?(\\d{4})${NA}`, 'gu'), build: (m) => dateMention(undefined, month(m[1]!), Number(m[2])) },
  // 27 يونيو 2021, 27 حزيران/يونيو من عام 2021, 27 من شهر يونيو
  { lang: 'ar', re: new RegExp(`${NB}(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?${AR_MONTH}(?:${AR_YEAR_LEAD}(\\d{4})${NA})?`, 'gu'), build: (m) => dateMention(Number(m[1]), month(m[2]!), m[3] ? Number(m[3]) : undefined) },
  // يونيو 2021, شهر حزيران من العام 2021
  { lang: 'ar', re: new RegExp(`(?:شهر\\s+)?${AR_MONTH}${AR_YEAR_LEAD}(\\d{4})${NA}`, 'gu'), build: (m) => dateMention(undefined, month(m[1]!), Number(m[2])) },
  // 00:17, 3:30 (compared on a 12-hour clock: "15:00" is "3:00 pm")
  { re: new RegExp(`${NB}(\\d{1,2}):(\\d{2})${NA}`, 'gu'), build: (m) => time(m[1]!, m[2]!) },
  // British "10.30am": a period is a time only with the clock word after it, else it is a decimal.
  { re: new RegExp(`${NB}(\\d{1,2})\\.(\\d{2})\\s*(?=${CLOCK_WORD})`, 'gu'), build: (m) => time(m[1]!, m[2]!) },
  // 5%, 5 ٪, 5 percent, 5 في المائة
  { re: new RegExp(`${NB}(${NUM})${PERCENT}`, 'gu'), build: (m) => percent(m[1]!) },
  // %5: Arabic typed with the sign first.
  { lang: 'ar', re: new RegExp(`%\\s*(${NUM})`, 'gu'), build: (m) => percent(m[1]!) },
  // £125m, $2bn, €10k: after a currency sign, m and k are million and thousand (not metres or kilos).
  {
    lang: 'en',
    re: new RegExp(`(?<=[£$€]\\s?)(${NUM})\\s?(m|bn|k)(?![\\p{L}\\p{N}])`, 'giu'),
    build: (m) => {
      const v = parseNumeral(m[1]!);
      const scale = ({ m: 1e6, bn: 1e9, k: 1e3 } as Record<string, number>)[m[2]!.toLowerCase()];
      return v === null || scale === undefined ? null : plain(v * scale);
    },
  },
  // 1950-53, 2019–20: the second year keeps the first one's century.
  {
    re: new RegExp(`${NB}((?:1[5-9]|20)(\\d\\d))\\s*[-–]\\s*(\\d\\d)${NA}(?![.,]\\d)`, 'gu'),
    build: (m) => {
      const first = Number(m[1]);
      const second = Math.floor(first / 100) * 100 + Number(m[3]);
      if (second <= first) return null;
      return { kind: 'year', value: first, soft: false, provides: [n(first), `y:${first}`, n(second), `y:${second}`, n(Number(m[3]))], requires: [[n(first), `y:${first}`], [n(second), `y:${second}`, n(Number(m[3]))]] };
    },
  },
  // 30 000, 116 123: thousands grouped with spaces. The groups may also be separate numbers, so each answers for itself too.
  {
    re: new RegExp(`${NB}(\\d{1,3})((?:[ \\u00A0\\u202F]\\d{3})+)${NA}(?![.,]\\d)`, 'gu'),
    build: (m) => {
      const parts = [m[1]!, ...m[2]!.trim().split(/[ \u00A0\u202F]/u)];
      const whole = Number(parts.join(''));
      const keys = parts.map((p) => n(Number(p)));
      return { kind: 'number', value: whole, soft: false, provides: [n(whole), ...keys], requires: keys.map((k) => [n(whole), k]) };
    },
  },
  // 300 ألف, 1.5 million, $2bn
  {
    re: new RegExp(`${NB}(${NUM})\\s*-?\\s*(${SCALE_RE})(?:اً|ا|ً)?${WORD_END}`, 'giu'),
    build: (m) => {
      const v = parseNumeral(m[1]!);
      const scale = SCALES[m[2]!.toLowerCase()];
      return v === null || scale === undefined ? null : plain(v * scale);
    },
  },
  // 1990s, '90s, 90s
  {
    lang: 'en',
    re: /(?<![\p{N}])(?:(1[5-9]|20)(\d)0|['’]?(\d)0)['’]?s(?![\p{L}\p{N}])/gu,
    build: (m) => {
      const tens = Number(m[2] ?? m[3]) * 10;
      const full = m[1] ? Number(m[1]) * 100 + tens : null;
      // The other side may write the decade as its bare number: "في الثمانينيات" or "الـ80".
      const keys = [`dec:${tens}`, n(tens), ...(full !== null ? [`dec:${full}`, n(full)] : [])];
      return { kind: 'decade', value: full ?? tens, soft: false, provides: keys, requires: [keys] };
    },
  },
  // 7th, 21st
  { lang: 'en', re: /(?<![\p{N}.,])(\d+)(?:st|nd|rd|th)(?![\p{L}\p{N}])/gu, build: (m) => plain(Number(m[1]), 'ordinal') },
  // Any other number.
  {
    re: new RegExp(`${NB}${NUM}`, 'gu'),
    build: (m) => {
      const v = parseNumeral(m[0]);
      if (v === null) return null;
      return plain(v, /^(1[89]|20)\d\d$/.test(m[0]) ? 'year' : 'number', otherReadings(m[0]));
    },
  },
];

const ARABIC_PUNCTUATION: Record<string, string> = { '٫': '.', '٬': ',', '٪': '%' };
const NEEDS_LATINIZING = /[\u0660-\u0669\u06F0-\u06F9\u066A-\u066C]/u;

/** The Arabic comma between digit groups is a thousands separator: "30،000". */
const ARABIC_COMMA_IN_NUMBER = /(?<=\d)\u060C(?=\d{3}(?!\d))/gu;

/** Digits of any script to Latin, ٫ ٬ ٪ to . , %: one UTF-16 unit for one, so offsets stay valid. */
function latinize(s: string): string {
  let out = s;
  if (NEEDS_LATINIZING.test(s)) {
    out = '';
    for (const ch of s) out += latinDigit(ch) ?? ARABIC_PUNCTUATION[ch] ?? ch;
  }
  // Most Arabic sentences have a comma, few have one between digits: the cheap scan decides.
  return out.includes('\u060C') ? out.replace(ARABIC_COMMA_IN_NUMBER, ',') : out;
}

const DIGIT = /\d/;

/** Numbers in text[range], offsets into the whole text, in text order. */
export function extractNumbers(text: string, lang: NumberLang, range: TextRange = { start: 0, end: text.length }): NumberMention[] {
  const slice = latinize(text.slice(range.start, range.end));
  const taken: NumberMention[] = [];
  const overlaps = (s: number, e: number): boolean => taken.some((t) => s < t.end && e > t.start);
  // Every pattern needs a digit: most sentences have none and skip them all.
  for (const p of DIGIT.test(slice) ? PATTERNS : []) {
    if (p.lang && p.lang !== lang) continue;
    const re = p.re;
    re.lastIndex = 0; // shared global regexes: safe because matching is synchronous
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = range.start + m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const built = p.build(m);
      if (built) taken.push({ start, end, text: text.slice(start, end), ...built });
    }
  }
  for (const w of lang === 'ar' ? arabicWordNumbers(text, range) : englishWordNumbers(text, range)) {
    if (!overlaps(w.start, w.end)) taken.push(w);
  }
  // Evidence only, beside what overlaps it ("a third" round may be an ordinal, "three" starts "three quarters"),
  // unless a number holds it whole: "ونصف" in "مليون ونصف" is part of one and a half million.
  for (const f of fractionWords(text, lang, range)) {
    if (!taken.some((t) => t.kind !== 'ordinal' && t.start <= f.start && f.end <= t.end)) taken.push(f);
  }
  return taken.sort((a, b) => a.start - b.start);
}

// ---- Numbers written in words, bare month names and decades: evidence only ("soft"). ----

type WordValue = { unit: number } | { scale: number } | { ordinal: number } | { decade: number } | { month: number } | { half: true } | { skip: true };

const EN_WORDS: Record<string, WordValue> = {};
['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].forEach((w, i) => (EN_WORDS[w] = { unit: i }));
['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].forEach((w, i) => {
  EN_WORDS[w] = { unit: (i + 2) * 10 };
  EN_WORDS[w.replace(/y$/, 'ies')] = { decade: (i + 2) * 10 };
});
['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
  .forEach((w, i) => (EN_WORDS[w] = { ordinal: i + 1 }));
Object.assign(EN_WORDS, {
  hundred: { scale: 100 }, thousand: { scale: 1e3 }, million: { scale: 1e6 }, billion: { scale: 1e9 }, trillion: { scale: 1e12 },
  dozen: { unit: 12 }, and: { skip: true }, a: { skip: true },
  // "a decade" is 10 years and "two decades" 20, "a century" 100: what an Arabic "10 سنوات" is rendered as.
  decade: { scale: 10 }, decades: { scale: 10 }, century: { scale: 100 }, centuries: { scale: 100 },
});

/** Arabic number words in normalized spelling (no hamza on alef, ة→ه, ى→ي). */
const AR_WORDS: Record<string, WordValue> = {};
const arUnits: [string[], number][] = [
  [['واحد', 'واحده', 'احد', 'احدي'], 1], [['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي'], 2], [['ثلاث', 'ثلاثه'], 3], [['اربع', 'اربعه'], 4],
  [['خمس', 'خمسه'], 5], [['ست', 'سته'], 6], [['سبع', 'سبعه'], 7], [['ثمان', 'ثماني', 'ثمانيه'], 8], [['تسع', 'تسعه'], 9],
  [['عشر', 'عشره'], 10], [['عشرون', 'عشرين'], 20], [['ثلاثون', 'ثلاثين'], 30], [['اربعون', 'اربعين'], 40],
  [['خمسون', 'خمسين'], 50], [['ستون', 'ستين'], 60], [['سبعون', 'سبعين'], 70], [['ثمانون', 'ثمانين'], 80], [['تسعون', 'تسعين'], 90],
  [['مائه', 'مئه'], 100], [['مائتان', 'مائتين', 'مئتان', 'مئتين', 'مائتي', 'مئتي'], 200],
];
for (const [forms, v] of arUnits) for (const f of forms) AR_WORDS[f] = { unit: v };
['ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].forEach((w, i) => {
  AR_WORDS[`${w}مائه`] = { unit: (i + 3) * 100 };
  AR_WORDS[`${w}مئه`] = { unit: (i + 3) * 100 };
});
const arOrdinals: [string[], number][] = [
  [['اول', 'اولي', 'حادي', 'حاديه'], 1], [['ثاني', 'ثانيه'], 2], [['ثالث', 'ثالثه'], 3], [['رابع', 'رابعه'], 4], [['خامس', 'خامسه'], 5],
  [['سادس', 'سادسه'], 6], [['سابع', 'سابعه'], 7], [['ثامن', 'ثامنه'], 8], [['تاسع', 'تاسعه'], 9], [['عاشر', 'عاشره'], 10],
];
for (const [forms, v] of arOrdinals) for (const f of forms) AR_WORDS[f] = { ordinal: v };
['عشرين', 'ثلاثين', 'اربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين'].forEach((w, i) => {
  AR_WORDS[`${w}يات`] = { decade: (i + 2) * 10 };
  AR_WORDS[`${w}ات`] = { decade: (i + 2) * 10 };
});
Object.assign(AR_WORDS, {
  'الف': { scale: 1e3 }, 'الاف': { scale: 1e3 }, 'الفين': { unit: 2000 }, 'الفان': { unit: 2000 }, 'الفي': { unit: 2000 },
  'مليون': { scale: 1e6 }, 'ملايين': { scale: 1e6 }, 'مليونين': { unit: 2e6 }, 'مليوني': { unit: 2e6 },
  'مليار': { scale: 1e9 }, 'مليارات': { scale: 1e9 }, 'مليارين': { unit: 2e9 }, 'ملياري': { unit: 2e9 },
  // "مليون ونصف" is a million and a half: the half is of the scale before it.
  'نصف': { half: true },
});
for (const [name, m] of MONTHS_AR) if (!name.includes(' ')) AR_WORDS[normalizeArabic(name).text] = { month: m };

/**
 * Words already looked up: an article repeats its words, and normalizing each occurrence again was most
 * of the time spent on Arabic numbers. Null is "not a number word". Bounded so a long session cannot grow it.
 */
const arabicLookups = new Map<string, WordValue | null>();

/** Look a word up, peeling the clitics Arabic attaches: و ف ب ل, then the article ال. */
function lookupArabic(word: string): WordValue | undefined {
  let v = arabicLookups.get(word);
  if (v === undefined) {
    if (arabicLookups.size > 50_000) arabicLookups.clear();
    v = lookupArabicUncached(word) ?? null;
    arabicLookups.set(word, v);
  }
  return v ?? undefined;
}

function lookupArabicUncached(word: string): WordValue | undefined {
  const w = normalizeArabic(word).text;
  const candidates = [w, w.replace(/^[وفبل]/, ''), w.replace(/^[وفبل]?(?:ال|لل)/, '')];
  for (const c of candidates) {
    const v = AR_WORDS[c];
    if (v) return v;
  }
  return undefined;
}

interface WordHit {
  start: number;
  end: number;
  value: WordValue;
}

/**
 * Words joined by "and"/و may be one number ("خمسة وعشرين" 25, "twenty-five") or two ("خمسة وعشرين
 * وثلاثمائة ألف"). A word starts a new number when its place (units, tens, hundreds) is already filled.
 */
function startsNewNumber(total: number, current: number, unit: number): boolean {
  const below100 = current % 100;
  if (unit >= 1000) return current !== 0 || total !== 0;
  if (unit >= 100) return current !== 0;
  if (unit >= 20) return below100 >= 10;
  // Arabic teens put the unit first: "ثلاثة عشر" is 13.
  if (unit === 10 && below100 >= 1 && below100 <= 9) return false;
  return below100 % 10 !== 0 || (below100 >= 10 && below100 < 20);
}

const PLURAL_SCALES = new Set(['thousands', 'millions', 'billions', 'الاف', 'ملايين', 'مليارات']);

function groupWords(hits: WordHit[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < hits.length) {
    const first = hits[i]!;
    const v = first.value;
    if ('skip' in v) { i++; continue; }
    const single = (kind: NumberKind, value: number, provides: string[]): void => {
      out.push({ start: first.start, end: first.end, text: text.slice(first.start, first.end), kind, value, soft: true, provides, requires: [] });
      i++;
    };
    if ('ordinal' in v) {
      // "السابع والعشرين" (27th), "الحادي عشر" (11th): an Arabic ordinal unit, then its tens or ten.
      const next = hits[i + 1];
      const gap = next ? text.slice(first.end, next.start) : '';
      if (next && 'unit' in next.value && /^\s+$/.test(gap) && v.ordinal < 10 && (next.value.unit === 10 || (next.value.unit >= 20 && next.value.unit < 100 && next.value.unit % 10 === 0))) {
        const value = v.ordinal + next.value.unit;
        out.push({ start: first.start, end: next.end, text: text.slice(first.start, next.end), kind: 'ordinal', value, soft: true, provides: [n(value)], requires: [] });
        i += 2;
        continue;
      }
      single('ordinal', v.ordinal, [n(v.ordinal)]);
      continue;
    }
    if ('half' in v) { i++; continue; }
    if ('decade' in v) { single('decade', v.decade, [`dec:${v.decade}`]); continue; }
    if ('month' in v) { single('month', v.month, [`m:${v.month}`]); continue; }
    // A run of cardinal words joined by spaces, hyphens, "and" or و: "three hundred thousand", "خمسة وعشرين".
    let total = 0;
    let current = 0;
    let seen = false;
    let lastScale = 0;
    let halved = 0;
    let j = i;
    let end = first.end;
    for (; j < hits.length; j++) {
      const h = hits[j]!;
      if (j > i && !/^[\s\-]*(?:and\s+)?$/i.test(text.slice(hits[j - 1]!.end, h.start))) break;
      const hv = h.value;
      if ('skip' in hv) continue;
      if ('unit' in hv) {
        if (startsNewNumber(total, current, hv.unit)) break;
        current += hv.unit;
        seen = true;
      } else if ('scale' in hv) {
        // "آلاف"/"millions" with no number before is "thousands of", not 1000.
        const plural = PLURAL_SCALES.has(normalizeArabic(text.slice(h.start, h.end).toLowerCase()).text.replace(/^[وفبل]/, ''));
        if (plural && current === 0) break;
        // "مليون ونصف المليون": the repeated scale belongs to the half already counted.
        if (halved === hv.scale && current === 0) { halved = 0; end = h.end; continue; }
        current = (current || 1) * hv.scale;
        if (hv.scale >= 1000) { total += current; current = 0; }
        lastScale = hv.scale;
        seen = true;
      } else if ('half' in hv && lastScale >= 1000 && current === 0) {
        total += lastScale / 2;
        halved = lastScale;
        lastScale = 0;
      } else break;
      end = h.end;
    }
    if (!seen) { i = Math.max(j, i + 1); continue; }
    const value = total + current;
    out.push({ start: first.start, end, text: text.slice(first.start, end), kind: 'words', value, soft: true, provides: [n(value)], requires: [] });
    i = Math.max(j, i + 1);
  }
  return out;
}

function arabicWordNumbers(text: string, range: TextRange): NumberMention[] {
  const hits: WordHit[] = [];
  for (const t of tokenize(text, range)) {
    if (t.kind !== 'arabic') continue;
    const value = lookupArabic(t.text);
    // Arabic writes "and" as a prefix: "وعشرين" is one token, so no separate skip word is needed.
    if (value) hits.push({ start: t.start, end: t.end, value });
  }
  return groupWords(hits, text);
}

/** Full month names written as in a date ("June", not "May", which is mostly the verb): first entry wins. */
const EN_MONTH_WORDS = new Map<string, number>();
for (const [name, m] of MONTHS_EN) if (name.length > 3 && name !== 'May' && !EN_MONTH_WORDS.has(name)) EN_MONTH_WORDS.set(name, m);

/** Number words inside one Latin token, offsets relative to it ("twenty-five" has two). */
type TokenHits = Array<{ offset: number; length: number; value: WordValue }>;

/** Per distinct token, as for Arabic: most tokens are ordinary words with no hits. */
const englishLookups = new Map<string, TokenHits>();

function englishTokenHits(token: string): TokenHits {
  let hits = englishLookups.get(token);
  if (hits === undefined) {
    if (englishLookups.size > 50_000) englishLookups.clear();
    hits = [];
    for (const part of token.split(/[-‐]/)) {
      const monthNo = EN_MONTH_WORDS.get(part);
      const value: WordValue | undefined = monthNo ? { month: monthNo } : EN_WORDS[part.toLowerCase()];
      if (value) hits.push({ offset: token.indexOf(part), length: part.length, value });
    }
    englishLookups.set(token, hits);
  }
  return hits;
}

function englishWordNumbers(text: string, range: TextRange): NumberMention[] {
  const hits: WordHit[] = [];
  for (const t of tokenize(text, range)) {
    if (t.kind !== 'latin') continue;
    for (const h of englishTokenHits(t.text)) hits.push({ start: t.start + h.offset, end: t.start + h.offset + h.length, value: h.value });
  }
  // "a" and "and" only glue number words together; alone they are not numbers.
  return groupWords(hits, text);
}

// ---- Fractions in words ("three quarters", "ثلاثة أرباع"): evidence for a "3/4" on the other side. ----

const EN_NUMERATOR: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const EN_DENOMINATOR: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};
const EN_FRACTION = /(?<![\p{L}])(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(halves|half|thirds|third|quarters|quarter|fourths|fourth|fifths|fifth|tenths|tenth)(?![\p{L}])/giu;
const EN_BARE_HALF = /(?<![\p{L}])half(?![\p{L}])/giu;
/** ربع, الثلث, ثلثي, نصف (with the clitics and article Arabic attaches), and ثلاثة أرباع. */
const AR_FRACTION = /(?<![\p{L}])(?:(ثلاث[ةه]?)\s+[أا]رباع|[وفبل]?(?:ال|لل)?(ربع|ثلثي|ثلثا|ثلث|نصف))(?![\p{L}])/gu;
const AR_DENOMINATOR: Record<string, [number, number]> = { 'ربع': [1, 4], 'ثلث': [1, 3], 'ثلثي': [2, 3], 'ثلثا': [2, 3], 'نصف': [1, 2] };

function fractionWords(text: string, lang: NumberLang, range: TextRange): NumberMention[] {
  const slice = text.slice(range.start, range.end);
  const out: NumberMention[] = [];
  const push = (index: number, length: number, value: number): void => {
    const start = range.start + index;
    out.push({ start, end: start + length, text: text.slice(start, start + length), kind: 'words', value, soft: true, provides: [`f:${round(value)}`], requires: [] });
  };
  if (lang === 'en') {
    for (const m of slice.matchAll(EN_FRACTION)) push(m.index, m[0].length, EN_NUMERATOR[m[1]!.toLowerCase()]! / EN_DENOMINATOR[m[2]!.toLowerCase()]!);
    // "by half", "half of the voters": half needs no numerator (a bare "third" or "quarter" is often an ordinal or a period).
    for (const m of slice.matchAll(EN_BARE_HALF)) if (!out.some((o) => o.start <= range.start + m.index && range.start + m.index < o.end)) push(m.index, m[0].length, 0.5);
  } else {
    for (const m of slice.matchAll(AR_FRACTION)) {
      const [a, b] = m[1] ? [3, 4] : AR_DENOMINATOR[m[2]!]!;
      push(m.index, m[0].length, a / b);
    }
  }
  return out;
}

// ---- Comparison ----

export interface NumberComparison {
  /** Source numbers the target does not account for. */
  missingInTarget: NumberMention[];
  /** Target numbers the source does not account for. */
  missingInSource: NumberMention[];
}

/**
 * Compare an Arabic source's numbers with its English target's. Sets, not counts: a number said twice
 * on one side and once on the other is not an error an editor cares about.
 */
export function compareNumbers(source: readonly NumberMention[], target: readonly NumberMention[]): NumberComparison {
  const sourceKeys = new Set(source.flatMap((m) => m.provides));
  const targetKeys = new Set(target.flatMap((m) => m.provides));
  const unmet = (m: NumberMention, other: Set<string>): boolean => !m.soft && m.requires.some((g) => !g.some((k) => other.has(k)));
  return {
    missingInTarget: source.filter((m) => unmet(m, targetKeys)),
    // English "2 days" is often Arabic's dual ("يومين") with no number at all: one and two alone prove nothing.
    missingInSource: target.filter((m) => !(m.kind === 'number' && m.value <= 2 && Number.isInteger(m.value)) && unmet(m, sourceKeys)),
  };
}
