/** Which side of a pair is Arabic: decided by script, so callers need not say (and the bench can swap sides). */
export type Lang = 'ar' | 'en';

/** 'ar' when Arabic letters outnumber Latin ones in a sample of the text. */
export function detectLang(text: string): Lang {
  const sample = text.length > 20000 ? text.slice(0, 10000) + text.slice(-10000) : text;
  const arabic = sample.match(/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic > latin ? 'ar' : 'en';
}
