/**
 * Broken plurals of the nouns a news glossary holds: وزير → وزراء, فصيل → فصائل, قائد → قادة. Arabic forms
 * these by changing the word's pattern, not by an ending, so no rule finds them (singularStems in
 * arabic.ts handles the sound plurals in ات, ون, ين and the dual); a glossary term وزير الخارجية should
 * still be found in وزراء الخارجية.
 *
 * The list is curated, not generated, and leaves out plurals a reader could take for another word after
 * normalization (كتب "books" and "he wrote", صور "pictures" and Tyre, فرق "teams" and "difference",
 * قوى "forces" and قوي "strong", عقود "contracts" and "decades", أحياء "districts" and "alive"), nouns whose English plural is irregular (child/children, woman/women:
 * the English side only adds -s), and nisba adjectives, whose English plural is another word
 * (Kurdish/Kurds).
 */
import { normalizeArabic } from '../text/normalize.js';
import { termWordKey } from './arabic.js';

/** Singular, then its broken plurals, as written in news (normalized when the table is built). */
const PLURALS: ReadonlyArray<readonly [string, ...string[]]> = [
  // People and offices
  ['وزير', 'وزراء'], ['رئيس', 'رؤساء'], ['سفير', 'سفراء'], ['زعيم', 'زعماء'], ['قائد', 'قادة'], ['عضو', 'أعضاء'],
  ['أمير', 'أمراء'], ['ملك', 'ملوك'], ['شيخ', 'شيوخ', 'مشايخ'], ['نائب', 'نواب'], ['قاض', 'قضاة'], ['قاضي', 'قضاة'],
  ['حاكم', 'حكام'], ['حليف', 'حلفاء'], ['شريك', 'شركاء'], ['خبير', 'خبراء'], ['عميل', 'عملاء'], ['سجين', 'سجناء'],
  ['شهيد', 'شهداء'], ['جندي', 'جنود'], ['ضابط', 'ضباط'], ['ناشط', 'نشطاء'], ['طبيب', 'أطباء'], ['شاهد', 'شهود'],
  ['رهينة', 'رهائن'], ['زائر', 'زوار'], ['عامل', 'عمال', 'عوامل'], ['وفد', 'وفود'], ['طرف', 'أطراف'],
  // Bodies and groups
  ['حزب', 'أحزاب'], ['فصيل', 'فصائل'], ['جيش', 'جيوش'], ['مجلس', 'مجالس'], ['لجنة', 'لجان'], ['عشيرة', 'عشائر'],
  ['قبيلة', 'قبائل'], ['طائفة', 'طوائف'], ['كتيبة', 'كتائب'], ['لواء', 'ألوية'], ['فوج', 'أفواج'], ['نظام', 'أنظمة'],
  ['جهاز', 'أجهزة'], ['مصرف', 'مصارف'], ['بنك', 'بنوك'], ['صندوق', 'صناديق'], ['محكمة', 'محاكم'],
  // Places
  ['دولة', 'دول'], ['بلد', 'بلدان'], ['منطقة', 'مناطق'], ['مدينة', 'مدن'], ['عاصمة', 'عواصم'], ['إقليم', 'أقاليم'],
  ['ميناء', 'موانئ'], ['معبر', 'معابر'], ['سجن', 'سجون'], ['مسجد', 'مساجد'], ['كنيسة', 'كنائس'], ['مدرسة', 'مدارس'],
  ['موقع', 'مواقع'], ['مركز', 'مراكز'], ['مكتب', 'مكاتب'], ['قاعدة', 'قواعد'], ['حقل', 'حقول'], ['بئر', 'آبار'],
  ['منزل', 'منازل'], ['شارع', 'شوارع'], ['جسر', 'جسور'], ['سوق', 'أسواق'], ['مصنع', 'مصانع'],
  // Arms and conflict
  ['سلاح', 'أسلحة'], ['صاروخ', 'صواريخ'], ['قنبلة', 'قنابل'], ['لغم', 'ألغام'], ['سفينة', 'سفن'], ['حرب', 'حروب'],
  ['هجوم', 'هجمات'], ['جريمة', 'جرائم'], ['مجزرة', 'مجازر'], ['حادث', 'حوادث'], ['تهمة', 'تهم'],
  // Law, money and documents
  ['قانون', 'قوانين'], ['دستور', 'دساتير'], ['حكم', 'أحكام'], ['حق', 'حقوق'], ['شرط', 'شروط'], ['بند', 'بنود'],
  ['وثيقة', 'وثائق'], ['رسالة', 'رسائل'], ['تقرير', 'تقارير'], ['مشروع', 'مشاريع'], ['برنامج', 'برامج'],
  ['خطة', 'خطط'], ['هدف', 'أهداف'], ['مصدر', 'مصادر'], ['قضية', 'قضايا'], ['ضحية', 'ضحايا'], ['منصب', 'مناصب'],
  ['مقعد', 'مقاعد'], ['صوت', 'أصوات'], ['سعر', 'أسعار'], ['ضريبة', 'ضرائب'], ['راتب', 'رواتب'], ['قرض', 'قروض'],
  ['دين', 'ديون'], ['مال', 'أموال'], ['برميل', 'براميل'], ['سهم', 'أسهم'], ['أنبوب', 'أنابيب'], ['دواء', 'أدوية'],
  ['موقف', 'مواقف'], ['مبدأ', 'مبادئ'], ['مشكلة', 'مشاكل'],
];

const key = (word: string): string => termWordKey(normalizeArabic(word).text);

let singularsByPlural: Map<string, string[]> | null = null;

function table(): Map<string, string[]> {
  if (singularsByPlural) return singularsByPlural;
  const m = new Map<string, string[]>();
  for (const [singular, ...plurals] of PLURALS) {
    for (const plural of plurals) {
      const k = key(plural);
      const list = m.get(k) ?? [];
      const s = key(singular);
      if (!list.includes(s)) list.push(s);
      m.set(k, list);
    }
  }
  return (singularsByPlural = m);
}

/** The singular term words a written plural word (article removed, normalized) stands for; empty when it is none. */
export function brokenPluralSingulars(word: string): readonly string[] {
  return table().get(word) ?? [];
}
