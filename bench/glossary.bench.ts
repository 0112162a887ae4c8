/**
 * `npm run bench -- glossary`: the glossary checks (term-mismatch, forbidden-term, term-inconsistency) on a
 * 100,000-word article pair with glossaries of 0 to 10,000 terms. Baseline in the same run: normalizing every
 * segment on both sides (the floor any matcher pays). The matcher is indexed by first word, so time should
 * hardly grow with the glossary's size.
 */
import type { Bench } from './run.js';
import type { CheckContext, Term } from '../src/model.js';
import { defaultAnalyzeOptions } from '../src/model.js';
import { alignDocuments } from '../src/align/align.js';
import { normalizeArabic, normalizeEnglish } from '../src/text/normalize.js';
import { makeTerm } from '../src/glossary/term.js';
import { termMismatch } from '../src/checks/term-mismatch.js';
import { forbiddenTerm } from '../src/checks/forbidden-term.js';
import { termInconsistency } from '../src/checks/term-inconsistency.js';
import { buildPair } from './fixturePairs.js';
import { fmt, table, timeMs } from './timing.js';

const REAL: Term[] = [
  makeTerm({ source: 'الكاظمي', target: 'Al-Kadhimi', forbidden: ['Al-Kazemi', 'Kazemi'], kind: 'person', status: 'approved' }),
  makeTerm({ source: 'الحشد الشعبي', target: 'Popular Mobilization', forbidden: ['the crowd'], status: 'approved' }),
  makeTerm({ source: 'ليندا توماس غرينفيلد', target: 'Linda Thomas-Greenfield', forbidden: ['Linda Thomas Granfield'], kind: 'person', status: 'approved' }),
];

const AR_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const EN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Deterministic made-up terms that never occur in the text: they cost lookups, not findings. */
function synthetic(n: number): Term[] {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const word = (letters: string, len: number) => Array.from({ length: len }, () => letters[Math.floor(rnd() * letters.length)]).join('');
  return Array.from({ length: n }, () =>
    makeTerm({ source: `${word(AR_LETTERS, 5)} ${word(AR_LETTERS, 4)}`, target: `${word(EN_LETTERS, 6)} ${word(EN_LETTERS, 7)}`, forbidden: [word(EN_LETTERS, 8)], status: 'approved' }),
  );
}

const bench: Bench = {
  name: 'glossary',
  description: 'glossary checks on 100k words with 0 to 10,000 terms, against a normalize-every-segment floor',
  needsPath: false,
  async run() {
    const pair = buildPair(100_000);
    const segments = alignDocuments(pair.source, pair.target);
    const floor = timeMs(() => {
      for (const s of segments) {
        normalizeArabic(s.source);
        normalizeEnglish(s.target);
      }
    });
    const rows: Array<Record<string, string | number>> = [];
    for (const size of [0, 10, 1_000, 10_000]) {
      const terms = size === 0 ? [] : [...REAL, ...synthetic(size - REAL.length)];
      let findings = 0;
      const ms = timeMs(() => {
        const memo = new Map<string, unknown>();
        const ctx: CheckContext = {
          segments,
          glossary: { terms },
          options: defaultAnalyzeOptions,
          memo: <T>(k: string, f: () => T): T => (memo.has(k) ? (memo.get(k) as T) : (memo.set(k, f()), memo.get(k) as T)),
        };
        findings = [termMismatch, forbiddenTerm, termInconsistency].reduce((n, c) => n + c.run(ctx).length, 0);
      });
      rows.push({ terms: size, 'glossary checks': fmt(ms), 'normalize floor': fmt(floor), 'checks / floor': (ms / floor).toFixed(1), findings });
    }
    console.log(`${pair.words} words, ${segments.length} segments`);
    console.log(table(rows));
  },
};

export default bench;
