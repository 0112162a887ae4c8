import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNumbers, extractNumbers, parseNumeral, type NumberMention } from '../../../src/text/numbers.js';

const ar = (t: string): NumberMention[] => extractNumbers(t, 'ar');
const en = (t: string): NumberMention[] => extractNumbers(t, 'en');
const hard = (ms: NumberMention[]): string[] => ms.filter((m) => !m.soft).map((m) => m.text);

/** The comparison an editor sees: which numbers each side lacks. */
function mismatch(arabic: string, english: string): { arabicOnly: string[]; englishOnly: string[] } {
  const r = compareNumbers(ar(arabic), en(english));
  return { arabicOnly: r.missingInTarget.map((m) => m.text), englishOnly: r.missingInSource.map((m) => m.text) };
}
const agree = { arabicOnly: [], englishOnly: [] };

test('Arabic-Indic and Persian digits with ٫ and ٬ read as numbers, offsets into the text', () => {
  const text = 'بلغ عدد النازحين ٣٠٠٬٠٠٠ شخص، ونسبة ١٢٫٥ بالمئة، و۱۴۰۰ عائلة';
  const ms = ar(text);
  assert.deepEqual(ms.filter((m) => !m.soft).map((m) => [m.text, m.value]), [['٣٠٠٬٠٠٠', 300000], ['١٢٫٥ بالمئة', 12.5], ['۱۴۰۰', 1400]]);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  assert.equal(ms[1]!.kind, 'percent');
});

test('parseNumeral: thousands commas, decimals, Arabic decimal comma', () => {
  assert.equal(parseNumeral('300,000'), 300000);
  assert.equal(parseNumeral('1,500.75'), 1500.75);
  assert.equal(parseNumeral('3.5'), 3.5);
  assert.equal(parseNumeral('3,5'), 3.5);
  assert.equal(parseNumeral('1.500.000'), 1500000);
});

test('scale words: "300 ألف" is 300,000, "1.5 million" is 1,500,000', () => {
  assert.equal(ar('قتل ٣٠٠ ألف شخص')[0]!.value, 300000);
  assert.equal(ar('نحو 3 آلاف جندي')[0]!.value, 3000);
  assert.equal(ar('1.5 مليون دولار')[0]!.value, 1500000);
  assert.equal(ar('2 مليار دولار')[0]!.value, 2e9);
  assert.equal(en('1.5 million dollars')[0]!.value, 1500000);
  assert.equal(en('a $2bn deal')[0]!.value, 2e9);
  assert.deepEqual(mismatch('نزح ٣٠٠ ألف شخص', 'displacing 300,000 people'), agree);
  assert.deepEqual(mismatch('خسائر بقيمة 1.5 مليار دولار', 'losses of $1.5 million'), { arabicOnly: ['1.5 مليار'], englishOnly: ['1.5 million'] });
});

test('the seed\'s dates: 27/6 2021 = June 27, 2021 = 27 يونيو/حزيران 2021', () => {
  const [seed] = en('raids on Sunday 27/6 2021 on the Iraqi-Syrian border');
  assert.deepEqual(seed!.date, { day: 27, month: 6, year: 2021 });
  assert.equal(seed!.text, '27/6 2021');
  assert.deepEqual(en('Tuesday evening, June 29, 2021, said')[0]!.date, { day: 29, month: 6, year: 2021 });
  assert.deepEqual(ar('مساء الثلاثاء 29 يونيو/حزيران 2021')[0]!.date, { day: 29, month: 6, year: 2021 });
  assert.deepEqual(ar('في ٢٩ حزيران ٢٠٢١')[0]!.date, { day: 29, month: 6, year: 2021 });
  assert.deepEqual(ar('يوم 7 من شهر أبريل من عام 2021')[0]!.date, { day: 7, month: 4, year: 2021 });
  assert.deepEqual(mismatch('يوم الأحد ٢٧ حزيران ٢٠٢١', 'on Sunday 27/6 2021'), agree);
  assert.deepEqual(mismatch('يوم الأحد 27/6/2021', 'on Sunday, June 27, 2021'), agree);
  assert.deepEqual(mismatch('في 7 نيسان/أبريل 2021', 'on April 7, 2021'), agree);
  assert.deepEqual(mismatch('في 7 تموز 2021', 'on June 7, 2021'), { arabicOnly: ['7 تموز 2021'], englishOnly: ['June 7, 2021'] });
});

test('Egyptian and Levantine month series name the same months', () => {
  const pairs: [string, string][] = [['يناير', 'كانون الثاني'], ['فبراير', 'شباط'], ['مارس', 'آذار'], ['أبريل', 'نيسان'], ['مايو', 'أيار'],
    ['يونيو', 'حزيران'], ['يوليو', 'تموز'], ['أغسطس', 'آب'], ['سبتمبر', 'أيلول'], ['أكتوبر', 'تشرين الأول'], ['نوفمبر', 'تشرين الثاني'], ['ديسمبر', 'كانون الأول']];
  pairs.forEach(([egyptian, levantine], i) => {
    assert.equal(ar(`في 5 ${egyptian} 2020`)[0]!.date?.month, i + 1, egyptian);
    assert.equal(ar(`في 5 ${levantine} 2020`)[0]!.date?.month, i + 1, levantine);
  });
});

test('month and year without a day; bare months are evidence only', () => {
  assert.deepEqual(mismatch('في يونيو وأغسطس 2020', 'in June and August 2020'), agree);
  const bare = en('at the end of July to meet');
  assert.equal(bare.length, 1);
  assert.equal(bare[0]!.soft, true);
  assert.equal(en('He may visit in May').length, 0);
});

test('percentages in all spellings agree', () => {
  assert.deepEqual(mismatch('ارتفعت البطالة إلى ١٢٫٥٪', 'unemployment rose to 12.5%'), agree);
  assert.deepEqual(mismatch('بنسبة 40 في المائة', 'by 40 percent'), agree);
  assert.deepEqual(mismatch('بنسبة 40 في المئة', 'by 45 per cent'), { arabicOnly: ['40 في المئة'], englishOnly: ['45 per cent'] });
});

test('numbers in words satisfy digits on the other side but are never reported themselves', () => {
  assert.deepEqual(mismatch('الجولة الرابعة من نوعها بعد ثلاث جولات', 'the fourth of its kind after 3 rounds'), agree);
  assert.deepEqual(mismatch('أكثر من ثلاثمائة ألف نازح', 'more than 300,000 displaced'), agree);
  assert.deepEqual(mismatch('خمسة وعشرين قتيلا', '25 dead'), agree);
  assert.deepEqual(mismatch('في الذكرى السابعة لتأسيسه', 'the 7th anniversary of its founding'), agree);
  assert.deepEqual(mismatch('قبل 3 أسابيع', 'less than three weeks before'), agree);
  assert.deepEqual(mismatch('أقل من ثلاثة أسابيع', 'less than four weeks'), agree);
});

test('decades: "التسعينيات" is "the 1990s"', () => {
  assert.deepEqual(mismatch('منذ التسعينيات', 'since the 1990s'), agree);
  assert.deepEqual(mismatch('منذ تسعينيات القرن الماضي', "since the '90s"), agree);
  assert.deepEqual(mismatch('منذ الثمانينيات', 'since the 1990s'), { arabicOnly: [], englishOnly: ['1990s'] });
});

test('times compare on a 12-hour clock', () => {
  assert.deepEqual(mismatch('الساعة 15:30', 'at 3:30 pm'), agree);
  assert.deepEqual(mismatch('9 يوليو 2021 00:17 ص', 'July 9, 2021 00:17 am'), agree);
});

test('English "2 days" for an Arabic dual ("يومين") is not a mismatch; other lone digits are', () => {
  assert.deepEqual(mismatch('بعد يومين من الغارات', 'two days after the raids'), agree);
  assert.deepEqual(mismatch('بعد يومين من الغارات', 'after 2 days of raids'), agree);
  assert.deepEqual(mismatch('بعد يومين من الغارات', 'after 5 days of raids'), { arabicOnly: [], englishOnly: ['5'] });
});

test('a different number is reported on both sides', () => {
  assert.deepEqual(mismatch('قتل ١٧ شخصا في الهجوم', 'The attack killed 71 people'), { arabicOnly: ['١٧'], englishOnly: ['71'] });
  assert.deepEqual(hard(en('seventh anniversary on 7/7')), ['7/7']);
});

test('Arabic number words: teens, compound ordinals, construct forms and "ونصف"', () => {
  const soft = (t: string): number[] => ar(t).filter((m) => m.soft).map((m) => m.value);
  assert.deepEqual(soft('قتل ثلاثة عشر شخصا'), [13]);
  assert.deepEqual(soft('في السابع والعشرين من الشهر'), [27]);
  assert.deepEqual(soft('القرن الحادي والعشرين'), [21]);
  assert.deepEqual(soft('نحو ألفي جندي'), [2000]);
  assert.deepEqual(soft('مليون ونصف المليون نازح'), [1500000]);
  assert.deepEqual(soft('مليون ونصف نازح وألف'), [1500000, 1000]);
  assert.deepEqual(mismatch('نزح مليون ونصف شخص', 'displacing 1.5 million people'), agree);
  assert.deepEqual(mismatch('في السابع والعشرين من يونيو 2021', 'on June 27, 2021'), agree);
  assert.deepEqual(mismatch('في السابع من يونيو 2021', 'on June 27, 2021'), { arabicOnly: [], englishOnly: ['June 27, 2021'] });
});

test('British "10.30am" is a time, "%5" typed sign-first is a percentage', () => {
  assert.deepEqual(mismatch('في الساعة 10:30 صباحا', 'at 10.30am local time'), agree);
  assert.equal(en('at 10.30 a.m.')[0]!.kind, 'time');
  assert.equal(en('a rise of 10.30 points')[0]!.kind, 'number');
  assert.deepEqual(mismatch('ارتفع التضخم بنسبة %5', 'inflation rose 5%'), agree);
});

test('month names are whole words: "5 Decisions" and "5 آباء" are not dates', () => {
  assert.equal(en('The council took 5 Decisions')[0]!.kind, 'number');
  assert.equal(ar('فقد 5 آباء أبناءهم')[0]!.kind, 'number');
  assert.equal(ar('في 5 آب 2020')[0]!.kind, 'date');
  assert.equal(en('on 5 Dec. 2020')[0]!.kind, 'date');
});

test('a Hijri month is known however its name is spelled (جمادى الأولى, جمادي الاولي, ذي القعده)', () => {
  const months = (t: string) => extractNumbers(t, 'ar').flatMap((m) => m.provides.filter((k) => k.startsWith('hm:')));
  assert.deepEqual(months('يوم ١٥ جمادى الأولى ١٤٤٢ هـ'), ['hm:5']);
  assert.deepEqual(months('يوم ١٥ جمادي الاولي ١٤٤٢ هـ'), ['hm:5']);
  assert.deepEqual(months('يوم ٣ ذي القعده ١٤٤٢ هـ'), ['hm:11']);
  assert.deepEqual(months('في ١٠ رمضان'), ['hm:9']);
});

test('a percentage that is a simple fraction agrees with the fraction in words on the other side', () => {
  assert.deepEqual(mismatch('يجب أن تكون نسبة المشاركة أكثر من النصف بصوت واحد إضافي.', 'Turnout needs to be 50 percent plus one vote.'), agree);
  assert.deepEqual(mismatch('صوّت ربع الناخبين فقط.', 'Only 25% of voters cast a ballot.'), agree);
  assert.deepEqual(mismatch('سيطرت القوات على ثلث المدينة.', 'The forces control 33 percent of the city.'), agree);
  assert.deepEqual(mismatch('ارتفعت الأسعار بنسبة 50 في المائة.', 'Prices rose by half.'), agree);
  // Another share is still a mismatch: النصف is not 40 percent.
  assert.deepEqual(mismatch('فاز بأكثر من النصف.', 'He won more than 40 percent.'), { arabicOnly: [], englishOnly: ['40 percent'] });
});

test('"a decade" and "two decades" account for 10 and 20 years in the Arabic', () => {
  assert.deepEqual(mismatch('مرت أكثر من 10 سنوات منذ آخر قضية.', 'It has been a decade since the last case.'), agree);
  assert.deepEqual(mismatch('بعد 20 عاما من الحرب', 'after two decades of war'), agree);
  assert.deepEqual(mismatch('بعد 30 عاما من الحرب', 'after two decades of war'), { arabicOnly: ['30'], englishOnly: [] });
});

test('"220 2/3" is a whole number and a fraction, not 2 March; the Arabic may write the fraction in words', () => {
  const [m] = en('300 strikeouts in 220 2/3 innings').filter((x) => x.text.includes('/'));
  assert.equal(m!.kind, 'fraction');
  assert.equal(m!.text, '220 2/3');
  assert.deepEqual(mismatch('300 رمية في 220 شوطا وثلثي الشوط', '300 strikeouts in 220 2/3 innings'), agree);
  assert.deepEqual(mismatch('300 رمية في 220 شوطا', '300 strikeouts in 220 2/3 innings'), { arabicOnly: [], englishOnly: ['220 2/3'] });
});
