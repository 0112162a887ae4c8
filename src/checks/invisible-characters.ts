/**
 * Invisible characters in the English: direction overrides and isolates (U+202A–U+202E, U+2066–U+2069),
 * which can make text read differently from how it is stored, and zero-width spaces, marks, soft hyphens and
 * stray byte-order marks that web pages and CMSs leave behind, which break search and spellchecking. The
 * review screen draws them as visible tokens; this check lists them and its fix removes them.
 */
import type { Check } from '../model.js';
import { textHash } from '../text/hash.js';
import { findingsInTranslatedSegments } from './translatedSegments.js';

const NAMES: Record<string, string> = {
  '\u00AD': 'SOFT HYPHEN',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2060': 'WORD JOINER',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
};

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export const invisibleCharacters: Check = {
  id: 'invisible-characters',
  title: 'Invisible characters',
  severity: 'warning',
  description: 'Direction overrides, zero-width characters or soft hyphens hidden in the English. The fix removes them.',
  run: (ctx) =>
    findingsInTranslatedSegments(ctx, (seg, unique) => {
      const hits = [...seg.target.matchAll(INVISIBLE)];
      if (hits.length === 0) return [];
      const counts = new Map<string, number>();
      for (const h of hits) counts.set(h[0], (counts.get(h[0]) ?? 0) + 1);
      const listed = [...counts].map(([ch, n]) => `${NAMES[ch] ?? 'an invisible character'} (${codePoint(ch)})${n > 1 ? ` ×${n}` : ''}`).join(', ');
      return [{
        key: unique(`invisible-characters:${textHash(seg.source)}`),
        check: 'invisible-characters',
        severity: 'warning',
        message: `The English has invisible characters that can change how it reads or is found: ${listed}. The fix removes them.`,
        occurrences: hits.map((h) => ({ segment: seg.id, side: 'target' as const, start: h.index, end: h.index + 1, text: h[0] })),
        fix: hits.map((h) => ({ segment: seg.id, start: h.index, end: h.index + 1, text: '' })),
        data: { characters: [...counts.keys()].map(codePoint) },
      }];
    }),
};
