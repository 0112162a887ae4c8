/**
 * The list of QA checks. Adding a check is adding a module and one line here; the UI and CLI read
 * ids, titles, severities and descriptions from this list and never name a check themselves.
 */
import type { Check } from '../model.js';
import { termMismatch } from './term-mismatch.js';
import { forbiddenTerm } from './forbidden-term.js';
import { termInconsistency } from './term-inconsistency.js';
import { numberMismatch } from './number-mismatch.js';
import { untranslated } from './untranslated.js';
import { lengthRatio } from './length-ratio.js';
import { clutter } from './clutter.js';
import { nameVariants } from './name-variants.js';
import { nameArticleStyle } from './name-article-style.js';
import { nameEarlierArticles } from './name-earlier-articles.js';
import { nameJoins } from './name-joins.js';
import { unaligned } from './unaligned.js';
import { repeatedWord } from './repeated-word.js';
import { doubledPunctuation } from './doubled-punctuation.js';
import { markup } from './markup.js';
import { invisibleCharacters } from './invisible-characters.js';
import { sentenceCase } from './sentence-case.js';

/** In this order within a severity in the findings panel and reports: names first, as what Tadqiq exists to catch. */
export const checks: readonly Check[] = [
  nameVariants, nameEarlierArticles, nameArticleStyle, nameJoins,
  termMismatch, forbiddenTerm, termInconsistency,
  numberMismatch, untranslated, lengthRatio, clutter, unaligned,
  markup, invisibleCharacters, repeatedWord, doubledPunctuation, sentenceCase,
];

export function findCheck(id: string): Check | undefined {
  return checks.find((c) => c.id === id);
}
