/**
 * Bilingual XLIFF with the corrected English as target, for CAT tools and DeepL document translation.
 * One <group> per English paragraph (so paragraphs survive the round trip) holding one unit per
 * segment. Valid against the OASIS schemas: XLIFF 2.1 (core 2.0 namespace) and XLIFF 1.2 strict.
 */
import type { Review } from '../review/types.js';
import { correctedSegments, type CorrectedOptions, type CorrectedSegment } from '../review/corrected.js';
import { escapeXml } from './escape.js';
import { isReviewed } from '../review/reviewed.js';

export interface XliffOptions extends CorrectedOptions {
  sourceLang?: string;
  targetLang?: string;
}

/** Corrected segments plus the source-only ones (omissions), which go out untranslated for a translator. */
function units(review: Review, options: CorrectedOptions): CorrectedSegment[][] {
  const shown = new Map(correctedSegments(review, options).map((s) => [s.id, s]));
  const groups: CorrectedSegment[][] = [];
  let lastParagraph = -1;
  for (const s of review.segments) {
    const seg: CorrectedSegment | undefined =
      shown.get(s.id) ??
      (s.source.trim() !== '' ? { id: s.id, paragraph: s.paragraph, source: s.source, mt: s.target, text: '', edited: false, targetOnly: false } : undefined);
    if (!seg) continue;
    if (seg.paragraph !== lastParagraph || groups.length === 0) groups.push([]);
    groups[groups.length - 1]!.push(seg);
    lastParagraph = seg.paragraph;
  }
  return groups;
}

/** XLIFF ids are NMTOKENs: keep letters, digits and . - _ : */
function nmtoken(id: string): string {
  return id.replace(/[^\p{L}\p{Nd}._:-]/gu, '_') || '_';
}

export function exportXliff2(review: Review, options: XliffOptions = {}): string {
  const src = options.sourceLang ?? 'ar';
  const trg = options.targetLang ?? 'en';
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="${escapeXml(src)}" trgLang="${escapeXml(trg)}">`,
    `  <file id="f1" original="${escapeXml(review.source.name || 'source')}" srcDir="rtl" trgDir="ltr">`,
    `    <notes><note category="title">${escapeXml(review.title)}</note></notes>`,
  ];
  units(review, options).forEach((group, i) => {
    out.push(`    <group id="p${i + 1}">`);
    for (const u of group) {
      // Edited or marked reviewed by the editor: reviewed; the machine translation as it came: translated.
      const state = u.text === '' ? 'initial' : u.edited || isReviewed(review.decisions, u.id, u.text) ? 'reviewed' : 'translated';
      out.push(`      <unit id="${escapeXml(nmtoken(u.id))}">`);
      out.push(`        <segment state="${state}">`);
      out.push(`          <source>${escapeXml(u.source)}</source>`);
      if (u.text !== '') out.push(`          <target>${escapeXml(u.text)}</target>`);
      out.push('        </segment>');
      out.push('      </unit>');
    }
    out.push('    </group>');
  });
  out.push('  </file>', '</xliff>', '');
  return out.join('\n');
}

export function exportXliff12(review: Review, options: XliffOptions = {}): string {
  const src = options.sourceLang ?? 'ar';
  const trg = options.targetLang ?? 'en';
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
    `  <file original="${escapeXml(review.source.name || 'source')}" source-language="${escapeXml(src)}" target-language="${escapeXml(trg)}" datatype="plaintext">`,
    '    <header>',
    '      <tool tool-id="tadqiq" tool-name="Tadqiq"/>',
    `      <note from="tadqiq">${escapeXml(review.title)}</note>`,
    '    </header>',
    '    <body>',
  ];
  units(review, options).forEach((group, i) => {
    out.push(`      <group id="p${i + 1}">`);
    for (const u of group) {
      out.push(`        <trans-unit id="${escapeXml(u.id)}">`);
      out.push(`          <source xml:lang="${escapeXml(src)}">${escapeXml(u.source)}</source>`);
      if (u.text !== '') {
        out.push(`          <target xml:lang="${escapeXml(trg)}" state="${u.edited || isReviewed(review.decisions, u.id, u.text) ? 'signed-off' : 'translated'}">${escapeXml(u.text)}</target>`);
      }
      out.push('        </trans-unit>');
    }
    out.push('      </group>');
  });
  out.push('    </body>', '  </file>', '</xliff>', '');
  return out.join('\n');
}
