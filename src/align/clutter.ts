/**
 * Text that is page furniture rather than article: comment forms, share bars, reading-time badges,
 * e-mail addresses. The aligner lets such units stand alone (0-1 / 1-0) and never merges them into a
 * real sentence; the `clutter` check (not this module) decides what to tell the editor.
 */

const WEB_PHRASES =
  /leave a (?:reply|comment)|log ?(?:in|out)\b|sign (?:in|up)\b|subscribe|newsletter|share (?:this|on)\b|print (?:the |this )?(?:article|page|story)|minutes? read|reading time|follow us|read more|related (?:articles|posts|stories|news)|all rights reserved|copyright|©|cookies?\b|you are commenting|fill in your details|notify me|click an icon|advertisement|whatsapp|telegram|twitter|facebook|instagram|youtube|linkedin|connecting to %s|اترك (?:تعليقا|ردا)|تسجيل (?:الدخول|الخروج)|اشترك|النشرة البريدية|شارك(?:ها)?\b|طباعة|اطبع|دقائق? (?:للقراءة|قراءة)|تابعنا|اقرأ (?:أيضا|ايضا|المزيد)|جميع الحقوق محفوظة|حقوق النشر|واتساب|تويتر|فيسبوك|فيس بوك|تيليجرام|يوتيوب|أضف تعليق/iu;
const EMAIL_OR_URL = /[\p{L}\p{Nd}._%+-]+@[\p{L}\p{Nd}.-]+\.[a-z]{2,}|https?:\/\/|www\.[\p{L}\p{Nd}-]+\./iu;
const WORD = /[\p{L}\p{Nd}]+/gu;
const TERMINAL = /[.!?؟…。"”'’»)\]]\s*$/u;

export interface UnitShape {
  /** Page furniture: short, with a web phrase, an e-mail or a URL. */
  boilerplate: boolean;
  /** A heading, byline, date or caption: short and without closing punctuation. Merges of these are suspect. */
  fragment: boolean;
  words: number;
}

export function unitShape(text: string): UnitShape {
  const words = text.match(WORD)?.length ?? 0;
  const boilerplate = words <= 24 && (EMAIL_OR_URL.test(text) || WEB_PHRASES.test(text));
  const fragment = words <= 12 && !TERMINAL.test(text);
  return { boilerplate, fragment, words };
}
