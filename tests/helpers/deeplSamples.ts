/**
 * Arabic news text and glossary terms for the DeepL tests: the seed story (Kadhimi's Washington visit),
 * with clitics (والكاظمي), Arabic-Indic digits and the names the seed's MT got wrong.
 */
import type { Glossary, Term, TermStatus } from '../../src/model.js';

export const ARTICLE_AR = [
  'تعقيدات الحوار الاستراتيجي العراقي الأمريكي',
  'من المقرر أن يزور رئيس الوزراء العراقي مصطفى الكاظمي واشنطن في نهاية تموز للقاء الرئيس الأمريكي جو بايدن لأول مرة، ضمن جولة جديدة من الحوار الاستراتيجي بين العراق والولايات المتحدة، هي الرابعة من نوعها.',
  'وكانت زيارة الكاظمي قبل أيام إلى الفاتيكان ولقاؤه البابا، ثم إلى بروكسل، مؤشرات مهمة على حواره المرتقب في واشنطن.',
  'وقالت ليندا توماس غرينفيلد، رئيسة الوفد الأمريكي لدى الأمم المتحدة، مساء الثلاثاء ٢٩ حزيران ٢٠٢١، إن بلادها شنت ضربات جوية على فصائل مسلحة في سوريا والعراق.',
  'ووضعت الصراحة الأمريكية الكاظمي في حرج كبير مع إيران ومع الحشد الشعبي.',
].join('\n\n');

let next = 0;
export function term(source: string, target: string, status: TermStatus = 'approved', kind: Term['kind'] = 'person'): Term {
  next += 1;
  return {
    id: `t${next}`,
    source,
    target,
    variants: [],
    forbidden: [],
    kind,
    status,
    history: [{ at: '2026-11-28T00:00:00Z', by: 'Test Editor', action: 'created' }],
  };
}

export function seedGlossary(): Glossary {
  return {
    terms: [
      term('الكاظمي', 'Al-Kadhimi'),
      term('الحشد الشعبي', 'Popular Mobilization Forces', 'approved', 'organization'),
      term('ليندا توماس غرينفيلد', 'Linda Thomas-Greenfield'),
      term('بروكسل', 'Bruxelles', 'proposed', 'place'),
      term('واشنطن', 'Washington DC', 'rejected', 'place'),
    ],
  };
}

/** A long article: `count` numbered paragraphs made from the seed sentences. */
export function longArticle(count: number): string {
  const paragraphs = ARTICLE_AR.split('\n\n');
  const digits = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
  return Array.from({ length: count }, (_, i) => `الفقرة ${digits(i + 1)}: ${paragraphs[i % paragraphs.length]}`).join('\n\n');
}
