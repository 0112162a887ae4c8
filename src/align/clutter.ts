/**
 * Text that is page furniture rather than article: comment forms, share bars, reading-time badges,
 * e-mail addresses. The aligner lets such units stand alone (0-1 / 1-0) and never merges them into a
 * real sentence; the `clutter` check (not this module) decides what to tell the editor.
 */

const WEB_PHRASES_EN =
  /leave a (?:reply|comment)|log ?(?:in|out)\b|sign (?:in|up)\b|subscribe|newsletter|share (?:this|on)\b|print (?:the |this )?(?:article|page|story)|minutes? read|reading time|follow us|read more|related (?:articles|posts|stories|news)|all rights reserved|copyright|©|cookies?\b|you are commenting|fill in your details|notify me|click an icon|advertisement|connecting to %s/iu;
const WEB_PHRASES_AR =
  /اترك (?:تعليقا|ردا)|تسجيل (?:الدخول|الخروج)|اشترك|النشرة البريدية|شارك(?:ها)?\b|طباعة|اطبع|دقائق? (?:للقراءة|قراءة)|تابعنا|اقرأ (?:أيضا|ايضا|المزيد)|جميع الحقوق محفوظة|حقوق النشر|أضف تعليق/iu;
/**
 * Names of social networks: a share bar ("Facebook Twitter WhatsApp Email") is mostly these, while a news
 * sentence that names one ("took to Instagram to announce") is not furniture.
 */
const PLATFORMS = /\b(?:whatsapp|telegram|twitter|facebook|instagram|youtube|linkedin|pinterest|reddit|e-?mail)\b|واتساب|تويتر|فيسبوك|فيس بوك|تيليجرام|تلغرام|يوتيوب|انستغرام|انستجرام|إنستغرام/giu;
const EMAIL_OR_URL = /[\p{L}\p{Nd}._%+-]+@[\p{L}\p{Nd}.-]+\.[a-z]{2,}|https?:\/\/|www\.[\p{L}\p{Nd}-]+\./iu;
const TERMINAL = /[.!?؟…。"”'’»)\]]\s*$/u;

export interface UnitShape {
  /** Page furniture: short, with a web phrase, an e-mail or a URL. */
  boilerplate: boolean;
  /** A heading, byline, date or caption: short and without closing punctuation. Merges of these are suspect. */
  fragment: boolean;
  /** Words, counted up to one past the boilerplate limit. */
  words: number;
}

function hasArabic(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) return true;
  }
  return false;
}

const MAX_BOILERPLATE_WORDS = 24;
const MAX_FRAGMENT_WORDS = 12;

/** Whitespace-separated words in text[start, end), counting no further than `cap + 1`. */
function countWords(text: string, start: number, end: number, cap: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 0x20 || c === 0xa0;
    if (!space && !inWord && ++words > cap) return words;
    inWord = !space;
  }
  return words;
}

/** Shape of text[start, end). Long units are neither furniture nor fragments, so they cost one quick count. */
export function unitShape(text: string, start = 0, end = text.length): UnitShape {
  const words = countWords(text, start, end, MAX_BOILERPLATE_WORDS);
  if (words > MAX_BOILERPLATE_WORDS) return { boilerplate: false, fragment: false, words };
  const slice = text.slice(start, end);
  // The address pattern backtracks on long words: only try it when an address is possible.
  const address = (slice.includes('@') || slice.includes('//') || slice.includes('www.')) && EMAIL_OR_URL.test(slice);
  const platforms = slice.match(PLATFORMS)?.length ?? 0;
  const boilerplate = address || WEB_PHRASES_EN.test(slice) || (hasArabic(slice) && WEB_PHRASES_AR.test(slice)) || platforms * 2 >= words;
  const fragment = words <= MAX_FRAGMENT_WORDS && !TERMINAL.test(slice);
  return { boilerplate, fragment, words };
}
