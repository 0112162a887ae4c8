/**
 * A number in the Arabic that the English does not carry, or the reverse. Conservative by design
 * (DESIGN.md §8): scale words, dates, decades and numbers in words are normalized before comparing,
 * so "300 ألف" / "300,000" and "27/6 2021" / "June 27, 2021" agree.
 */
import type { Check, Finding, Occurrence, Segment } from '../model.js';
import { compareNumbers, extractNumbers, type NumberMention } from '../text/numbers.js';
import { keyDeduper, textHash } from '../text/hash.js';
import { insideMarkup, markupSpans } from '../text/markup.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How the number reads to an English-speaking editor: "300,000", "27 June 2021", "5.5%". */
export function describeNumber(m: NumberMention): string {
  if (m.kind === 'date' && m.date) {
    const { day, month, year } = m.date;
    return [day, month ? MONTH_NAMES[month - 1] : undefined, year].filter((p) => p !== undefined).join(' ');
  }
  if (m.kind === 'time') return `${Math.floor(m.value / 60)}:${String(m.value % 60).padStart(2, '0')}`;
  if (m.kind === 'decade') return m.value >= 100 ? `the ${m.value}s` : `the '${m.value}s`;
  // "220 2/3" reads best as written.
  if (m.kind === 'fraction') return m.text;
  const plain = m.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return m.kind === 'percent' ? `${plain}%` : plain;
}

/** What the number is, independent of where it stands: part of the finding key. */
function identity(m: NumberMention): string {
  return m.requires.map((g) => g[0]).join('+');
}

function finding(seg: Segment, m: NumberMention, side: 'source' | 'target', key: string): Finding {
  const shown = describeNumber(m);
  // Explain only what an English reader might not see at a glance: Arabic digits, words, dates, scales.
  const obvious = m.text === shown || (m.kind === 'time' && /^[\x20-\x7E]+$/.test(m.text));
  const written = obvious ? `"${m.text}"` : `"${m.text}" (${shown})`;
  const message = side === 'source'
    ? `The Arabic has ${written}, but the English does not.`
    : `The English has ${written}, but the Arabic does not.`;
  const occurrence: Occurrence = { segment: seg.id, side, start: m.start, end: m.end, text: m.text };
  return {
    key,
    check: 'number-mismatch',
    severity: 'warning',
    message,
    occurrences: [occurrence],
    data: { side, number: shown, kind: m.kind },
  };
}

/** Numbers a reader sees: not those inside markup (a "3" in an href), which the markup check reports. */
function readableNumbers(text: string, lang: 'ar' | 'en'): NumberMention[] {
  const found = extractNumbers(text, lang);
  const spans = found.length > 0 ? markupSpans(text) : [];
  return spans.length === 0 ? found : found.filter((m) => !insideMarkup(spans, m.start, m.end));
}

export const numberMismatch: Check = {
  id: 'number-mismatch',
  title: 'Number mismatch',
  severity: 'warning',
  description:
    'A number, date or percentage in the Arabic is missing from the English, or the English has one the Arabic does not. ' +
    'Arabic-Indic digits, scale words (ألف، مليون), month names and dates are normalized first.',
  run(ctx) {
    const findings: Finding[] = [];
    const unique = keyDeduper();
    for (const seg of ctx.segments) {
      // Omissions and additions are empty-or-missing's business.
      if (!seg.source.trim() || !seg.target.trim()) continue;
      const { missingInTarget, missingInSource } = compareNumbers(readableNumbers(seg.source, 'ar'), readableNumbers(seg.target, 'en'));
      // Hashing every segment's text cost more than finding its numbers: only segments with findings need a key.
      if (missingInTarget.length === 0 && missingInSource.length === 0) continue;
      const segmentKey = textHash(seg.source);
      for (const m of missingInTarget) {
        findings.push(finding(seg, m, 'source', unique(`number-mismatch:${segmentKey}:source:${identity(m)}`)));
      }
      for (const m of missingInSource) {
        findings.push(finding(seg, m, 'target', unique(`number-mismatch:${segmentKey}:target:${identity(m)}`)));
      }
    }
    return findings;
  },
};
