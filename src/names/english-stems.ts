/**
 * English words built on one stem: Democrat, Democrats, Democratic; Turk, Turks, Turkish; Brexit, Brexiteer;
 * Premier, Premiership. They are grammar, not spelling: an article that says "the Democrats" and "the
 * Democratic Party" has not spelled one name two ways, though both render الديمقراطي.
 *
 * Bare vowel endings (Hamza/Hamze, Fatima/Fatime) are not on the list: those are the spelling questions
 * this tool exists for. Nor is the nisba -i alone a reason to part two spellings here; cluster.ts keeps
 * Kadhim and Kadhimi apart already.
 */

/** Endings English adds to a stem. '' is the bare stem. */
const ENDINGS = new Set([
  '', 's', 'es', 'n', 'ns', 'an', 'ans', 'ian', 'ians', 'ean', 'eans', 'ese', 'ic', 'ics', 'ical', 'ish', 'y', 'ies',
  'er', 'ers', 'eer', 'eers', 'ship', 'ism', 'ist', 'ists', 'ite', 'ites', 'al', 'ally', 'ed', 'ing',
]);

/** The shortest stem two words must share before their endings are compared. */
const MIN_STEM = 4;

/** True when a and b (lower-case cores) are one stem with two different English endings. */
export function sameEnglishStem(a: string, b: string): boolean {
  if (a === b) return false;
  let k = 0;
  const n = Math.min(a.length, b.length);
  while (k < n && a[k] === b[k]) k++;
  // The stem may end before the shared letters do (Democrat-s / Democrat-ic share "democrat"; Turk-s /
  // Turk-ish share "turk"; Germ-any would be wrong, so try the longest stems first).
  for (let cut = k; cut >= MIN_STEM && k - cut <= 2; cut--) {
    const ea = a.slice(cut);
    const eb = b.slice(cut);
    if (ENDINGS.has(ea) && ENDINGS.has(eb)) return true;
    // A place's final vowel gives way to its demonym ending: Europa/European, Tennessee/Tennessean.
    if ((FINAL_VOWEL.test(ea) && DEMONYM_ENDINGS.has(eb)) || (FINAL_VOWEL.test(eb) && DEMONYM_ENDINGS.has(ea))) return true;
  }
  return false;
}

const FINAL_VOWEL = /^(?:a|e|o|ee)$/u;
const DEMONYM_ENDINGS = new Set(['an', 'ans', 'ean', 'eans', 'ian', 'ians', 'ese']);
