/**
 * A small review built by hand from the seed article (Arabic original and its machine translation),
 * with hand-made segments so export tests do not depend on the aligner being written concurrently.
 * It has: a headline, a paragraph of two segments, Arabic-Indic digits, an omission (source-only
 * segment), web clutter (target-only segments), and the editor's fixes for Kazemi→Kadhimi and
 * Granfield→Greenfield.
 */
import type { Segment } from '../../../src/model.js';
import type { Review } from '../../../src/review/types.js';
import { REVIEW_SCHEMA_VERSION } from '../../../src/review/file.js';

type Piece = { ar: string; en: string };

export const samplePieces: Piece[][] = [
  [{ ar: 'تعقيدات الحوار الاستراتيجي العراقي - الأمريكي', en: 'The complexities of the Iraqi-American strategic dialogue' }],
  [{ ar: 'د. محمد السعيد إدريس', en: 'Dr.. Muhammad Al-Saeed Idris' }],
  [
    {
      ar: 'وكان الكاظمي شديد الصراحة في التعبير عن ذلك كي تصل رسائله إلى واشنطن قبل أقل من ثلاثة أسابيع من زيارته.',
      en: 'Al-Kazemi was very frank in expressing this so that his messages reached Washington less than three weeks before his visit.',
    },
    {
      ar: 'واختتم الكاظمي كلمته بالرفض القاطع «لاستخدام أراضيه للاعتداء على جيرانه».',
      en: 'Al-Kadhimi concluded his speech by categorically refusing to “use its lands to attack its neighbors.”',
    },
  ],
  [
    {
      ar: 'تلتها ليندا توماس غرينفيلد رئيسة الوفد الأمريكي لدى الأمم المتحدة مساء الثلاثاء ٢٩ يونيو ٢٠٢١.',
      en: 'Linda Thomas Granfield, head of the US delegation to the United Nations, said Tuesday evening, June 29, 2021.',
    },
    { ar: 'وهي الغارات التي تعمدت الإدارة الأمريكية تأكيد أهدافها.', en: '' },
  ],
  [{ ar: '', en: 'Leave a Reply' }],
  [{ ar: '', en: 'You are commenting using your Twitter account. Log Out /  Change )' }],
];

function build(pieces: Piece[][]): { source: string; target: string; segments: Segment[] } {
  let source = '';
  let target = '';
  const segments: Segment[] = [];
  let sPara = 0;
  pieces.forEach((para, pi) => {
    const hasAr = para.some((p) => p.ar);
    const hasEn = para.some((p) => p.en);
    if (hasAr) {
      if (source) source += '\n';
      sPara++;
    }
    if (hasEn && target) target += '\n';
    let firstAr = true;
    let firstEn = true;
    for (const p of para) {
      let sourceRange = null;
      let targetRange = null;
      if (p.ar) {
        if (!firstAr) source += ' ';
        sourceRange = { start: source.length, end: source.length + p.ar.length };
        source += p.ar;
        firstAr = false;
      }
      if (p.en) {
        if (!firstEn) target += ' ';
        targetRange = { start: target.length, end: target.length + p.en.length };
        target += p.en;
        firstEn = false;
      }
      segments.push({
        id: `s${segments.length + 1}`,
        paragraph: pi + 1,
        sourceParagraph: p.ar ? sPara : 0,
        source: p.ar,
        target: p.en,
        sourceRange,
        targetRange,
        shape: `${p.ar ? 1 : 0}-${p.en ? 1 : 0}`,
      });
    }
  });
  return { source: `${source}\n`, target: `${target}\n`, segments };
}

export function sampleReview(): Review {
  const { source, target, segments } = build(samplePieces);
  return {
    schema: REVIEW_SCHEMA_VERSION,
    id: 'b3f1c2d4-0000-4000-8000-000000000007',
    title: 'The complexities of the Iraqi-American strategic dialogue',
    createdAt: '2026-11-28T04:00:00.000Z',
    updatedAt: '2026-11-28T04:30:00.000Z',
    source: { name: 'article.ar.txt', encoding: 'utf-8', text: source },
    target: { name: 'article.en.txt', encoding: 'windows-1252', text: target, origin: 'file' },
    segments,
    edits: {
      s2: 'Dr. Muhammad Al-Saeed Idris',
      s3: 'Al-Kadhimi was very frank in expressing this so that his messages reached Washington less than three weeks before his visit.',
      s5: 'Linda Thomas-Greenfield, head of the US delegation to the United Nations, said on Tuesday evening, June 29, 2021.',
    },
    decisions: {
      ignored: ['length-ratio:s1'],
      preferred: { 'name-variants:الكاظمي': 'Al-Kadhimi' },
      approvals: [
        { findingKey: 'name-variants:الكاظمي', source: 'الكاظمي', target: 'Al-Kadhimi', variants: [], forbidden: ['Al-Kazemi'], at: '2026-11-28T04:20:00.000Z' },
      ],
    },
  };
}

/** The corrected English of sampleReview() without clutter, paragraph by paragraph. */
export const sampleCorrectedParagraphs = [
  'The complexities of the Iraqi-American strategic dialogue',
  'Dr. Muhammad Al-Saeed Idris',
  'Al-Kadhimi was very frank in expressing this so that his messages reached Washington less than three weeks before his visit. Al-Kadhimi concluded his speech by categorically refusing to “use its lands to attack its neighbors.”',
  'Linda Thomas-Greenfield, head of the US delegation to the United Nations, said on Tuesday evening, June 29, 2021.',
];
