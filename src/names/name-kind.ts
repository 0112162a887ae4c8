/**
 * Whether a name is a place, a person or an organization, by what the text says around it: "clashes in Fallujah",
 * «في الفلوجة», "President Biden", «الرئيس بايدن», "Sadr, who…", "the al-Nusra Front", «تنظيم القاعدة». The place
 * lists (place-names.ts, cognates.ts) know countries, capitals and a few hundred places; a desk's news names many
 * more (Fallujah, Jurf al-Sakhar, Diyala), and the glossary kind an editor approves decides how a term is checked.
 * Each mention gives at most one cue; a name's cues are counted over its mentions and over the articles that saved
 * it, so one odd sentence does not decide.
 */
import { normalizeArabic } from '../text/normalize.js';
import { splitArticle } from './article.js';
import { isListedPlaceArabic, isPlaceName, placeOfOtherArabic } from './cognates.js';
import { isCountryOrCapital, isPlace } from './place-names.js';
import { headNounKind } from './head-noun-kind.js';
import { foldSpelling } from './spelling.js';

export type NameKind = 'person' | 'place' | 'organization';

/** How many mentions of a name read as each kind; organization absent in records of builds before it was read. */
export interface KindCues {
  place: number;
  person: number;
  organization?: number;
}

// Before the name (its article included): a preposition of place, or "the city of", "north of", "northern".
const PLACE_BEFORE = [
  // Without "the": "in the Emmy award-winning series" names no place.
  /\b(?:in|near|outside|inside|across|throughout|into|around|towards?)\s+$/i,
  // Singular or plural: "the cities of Phoenix, Flagstaff and Las Vegas".
  /\b(?:cit(?:y|ies)|towns?|villages?|provinces?|governorates?|districts?|regions?|capitals?|ports?|camps?|outskirts|suburbs?|neighbou?rhoods?|countryside)\s+of\s+(?:the\s+)?$/i,
  /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+(?:the\s+)?$/i,
  /\b(?:northern|southern|eastern|western|central)\s+$/i,
];
// After the name: "Diyala province", "Baghdad airport". Not "city": Sadr City and Kuwait City are names of their own.
const PLACE_AFTER = /^[\s-]+(?:province|governorate|district|region|airport|border\s+crossing|countryside|refugee\s+camp)\b/i;
// A capitalized word after the name makes it part of a longer one (Grayson Mews, Ryder Cup, Microsoft Research),
// whose cues are that name's.
const LONGER_NAME_AFTER = /^[ \t\u00A0-]+\p{Lu}/u;

// After the name: "the al-Nusra Front", "al-Shabab militants", "the Baath party", "the Zamalek club". Not "fighters"
// or "forces", which follow demonyms and people alike (Kurdish fighters, Haftar's forces), nor "team" (the Biden team).
const ORGANIZATION_AFTER = /^[\s-]+(?:group|movement|militia|militias|militants|insurgents|organi[sz]ation|network|party|front|brigades|club)\b/i;

// Titles are capitalized before a name ("General Soleimani"); the lower-case "general" is an adjective.
const PERSON_TITLE_BEFORE =
  /\b(?:President|Minister|Sheikh|Shaikh|Mr|Mrs|Ms|Dr|King|Queen|Prince|Princess|Emir|Sultan|General|Gen|Governor|Gov|Ambassador|Senator|Sen|Imam|Ayatollah|Pope|Cardinal|Judge|Colonel|Col|Lieutenant|Lt|Speaker|Chancellor|Commander|Secretary|Deputy|MP)\.?\s+$/;
const PERSON_ROLE_BEFORE = /\b(?:spokes(?:man|woman|person)|leader|cleric|lawmaker|envoy|counterpart|commander)\s+$/i;
// After the name: "Sadr, who…", "Kadhimi said", "Kadhimi himself". Not after a comma, where a place stands in
// apposition ("in Bethesda, Maryland, said"), and not "says": "Seoul says", "Syria says" head news stories.
const PERSON_AFTER = /^(?:\s*,?\s+(?:who|whom|whose)|\s+(?:himself|herself|said|told|added|stated|stressed|noted|explained|insisted|argued|tweeted|wrote))\b/i;
// "The" right before a name: "The Hill", "the Guardian".
const THE_BEFORE = /\bthe\s+$/i;
// A possessive makes the name a modifier: "in Kadhimi's government" says nothing of Kadhimi being a place.
const POSSESSIVE_AFTER = /^['’]s\b/;

// The Arabic word right before the name (normalized, a leading و removed): في، مدينة، محافظة…
const ARABIC_PLACE_BEFORE = new Set(
  ['في', 'مدينة', 'محافظة', 'بلدة', 'قرية', 'قضاء', 'ناحية', 'منطقة', 'العاصمة', 'مخيم', 'ريف', 'اقليم', 'ولاية', 'مطار', 'ضواحي', 'اطراف', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط',
    // and their plurals before the first of several: مدن فينيكس وفلاغستاف
    'مدن', 'محافظات', 'بلدات', 'قرى', 'مناطق', 'مخيمات', 'ولايات'].map(norm),
);
// The idafa of an organization's noun: تنظيم القاعدة, حركة الشباب, جبهة النصرة, حزب البعث; of a club or team,
// نادي الزمالك, فريق ريال مدريد (فريق with ال is the rank of الفريق, a title before a person); of a paper, an agency
// or a company, صحيفة الغارديان, وكالة رويترز, شركة أرامكو. Not قناة, which is a channel and a canal (قناة السويس).
const ARABIC_ORGANIZATION_BEFORE = new Set(
  ['تنظيم', 'حركة', 'جماعة', 'جبهة', 'حزب', 'ميليشيا', 'ميليشيات', 'مليشيا', 'كتائب', 'فصيل', 'فصائل', 'شبكة', 'نادي', 'فريق', 'صحيفة', 'جريدة', 'مجلة', 'وكالة', 'شركة'].map(norm),
);
const OPENING_QUOTE = /["«“'‘]$/u;
// Titles with ال stand beside a name (الرئيس بايدن); without it they govern the next word (رئيس العراق: the
// president of Iraq), so only the definite ones are cues. Verbs of saying come before their subject in Arabic.
const ARABIC_PERSON_BEFORE = new Set(
  ['الرئيس', 'السيد', 'السيدة', 'الشيخ', 'السفير', 'السفيرة', 'النائب', 'الوزير', 'الوزيرة', 'الملك', 'الملكة', 'الأمير', 'الأميرة', 'الجنرال', 'اللواء', 'العميد', 'العقيد', 'الفريق', 'الزعيم', 'الإمام', 'الدكتور', 'الدكتورة', 'القاضي'].map(norm),
);

// Verbs of saying and meeting, in both genders: قال الكاظمي، قالت تومسون.
for (const verb of ['قال', 'أكد', 'أضاف', 'أعلن', 'صرح', 'أشار', 'أوضح', 'شدد', 'زار', 'التقى']) {
  ARABIC_PERSON_BEFORE.add(norm(verb));
  ARABIC_PERSON_BEFORE.add(norm(verb.endsWith('ى') ? `${verb.slice(0, -1)}ت` : `${verb}ت`));
}

function norm(word: string): string {
  return normalizeArabic(word).text;
}

/** What the English around one mention says of it (offsets into the segment's target). */
export function englishKindCue(target: string, m: { start: number; end: number }): NameKind | null {
  const before = target.slice(Math.max(0, m.start - 40), m.start);
  const after = target.slice(m.end, m.end + 30);
  if (PERSON_TITLE_BEFORE.test(before) || PERSON_ROLE_BEFORE.test(before)) return 'person';
  if (PLACE_AFTER.test(after)) return 'place';
  if (ORGANIZATION_AFTER.test(after)) return 'organization';
  if (LONGER_NAME_AFTER.test(after)) return null;
  // "The Hill said", "the Guardian reported": people are not named with "the", papers and bands are.
  if (PERSON_AFTER.test(after)) return THE_BEFORE.test(before) ? null : 'person';
  if (!POSSESSIVE_AFTER.test(after) && PLACE_BEFORE.some((re) => re.test(before))) return 'place';
  return null;
}

/**
 * What the Arabic word before an anchored name says of it (offsets into the source). A name with a clitic
 * (بالفلوجة, للكاظمي) gives no cue: ب is "in" and "with", ل is "to" and "for", for places and people alike.
 */
export function arabicKindCue(source: string, anchor: { start: number; end: number }): NameKind | null {
  // An opening quotation mark may stand between the noun and a title's name: صحيفة "ذا هل", صحيفة «الأهرام».
  const lead = source.slice(Math.max(0, anchor.start - 30), anchor.start).replace(OPENING_QUOTE, '');
  if (!/\s$/u.test(lead)) return null;
  const words = lead.trim().split(/\s+/u);
  let word = norm(words[words.length - 1] ?? '');
  const known = (w: string) => ARABIC_PERSON_BEFORE.has(w) || ARABIC_PLACE_BEFORE.has(w) || ARABIC_ORGANIZATION_BEFORE.has(w);
  if (word.length > 2 && word.startsWith('و') && !known(word)) word = word.slice(1);
  if (ARABIC_PERSON_BEFORE.has(word)) return 'person';
  if (ARABIC_PLACE_BEFORE.has(word)) return 'place';
  if (ARABIC_ORGANIZATION_BEFORE.has(word)) return 'organization';
  return null;
}

/** One mention's cue: the English and the Arabic agree, or only one of them says anything. */
export function mentionKindCue(english: NameKind | null, arabic: NameKind | null): NameKind | null {
  if (english && arabic && english !== arabic) return null;
  return english ?? arabic;
}

// A possessive after the name, or after the rest of its full name: "Gerrard's side", "Gary Holt's team". Each word
// begins at its separator and holds letters only, so a run like "A-A-A-…" cannot be read two ways (no backtracking).
const OWNER_AFTER = /^(?:[ \u00A0-]+\p{Lu}\p{L}*)*['’]s\b/u;

/**
 * One anchored mention's cue from both sides. Arabic names a team or a party by its owner as well as by its own name
 * (فريق جيرارد is "Gerrard's side", حزب ترامب "Trump's party"): where the English writes the name as an owner, the
 * Arabic noun before it is not the name's kind.
 */
export function anchoredKindCue(target: string, m: { start: number; end: number }, source: string | undefined, anchor: { start: number; end: number } | undefined): NameKind | null {
  return withArabicCue(englishKindCue(target, m), target, m, source, anchor);
}

/** anchoredKindCue for a mention whose English cue is already read. */
function withArabicCue(english: NameKind | null, target: string, m: { start: number; end: number }, source: string | undefined, anchor: { start: number; end: number } | undefined): NameKind | null {
  let arabic = source !== undefined && anchor ? arabicKindCue(source, anchor) : null;
  if (arabic === 'organization' && OWNER_AFTER.test(target.slice(m.end, m.end + 60))) arabic = null;
  return mentionKindCue(english, arabic);
}

/**
 * What the words around one anchored mention say (see NameMention): of the mention's own word (kindCue), or, for an
 * organization's noun before the first word of a longer name, of that longer name (longerNameCue). صحيفة واشنطن بوست
 * says the Washington Post is a paper; Washington itself may be a city, and Tennessee of فريق تينيسي ستيت a state.
 */
export function mentionCues(target: string, m: { start: number; end: number }, source: string | undefined, anchor: { start: number; end: number } | undefined): { kindCue?: NameKind; longerNameCue?: NameKind } {
  const english = englishKindCue(target, m);
  const cue = withArabicCue(english, target, m, source, anchor);
  if (!cue) return {};
  // The English's own organization nouns name the word's organization: "Nusra Front", "the Democratic Party".
  const fromArabic = english === null;
  return cue === 'organization' && fromArabic && LONGER_NAME_AFTER.test(target.slice(m.end, m.end + 30)) ? { longerNameCue: cue } : { kindCue: cue };
}

/** The cues of many mentions counted, or undefined when none gave one. */
export function countKindCues(cues: Iterable<NameKind | null | undefined>): KindCues | undefined {
  const out = { place: 0, person: 0, organization: 0 };
  for (const c of cues) if (c) out[c]++;
  if (out.place + out.person + out.organization === 0) return undefined;
  // Kept only where counted, so records read the same by builds that know two kinds.
  const { organization, ...two } = out;
  return organization > 0 ? out : two;
}

/** Two counts added: one name over the articles that saved it. */
export function addKindCues(a: KindCues | undefined, b: KindCues | undefined): KindCues | undefined {
  if (!a) return b;
  if (!b) return a;
  const organization = (a.organization ?? 0) + (b.organization ?? 0);
  return { place: a.place + b.place, person: a.person + b.person, ...(organization > 0 ? { organization } : {}) };
}

/** The kind most cues say, or null when none says anything or two kinds are tied at the top. */
export function kindOfCues(cues: KindCues | undefined): NameKind | null {
  if (!cues) return null;
  const counts: Array<[NameKind, number]> = [['person', cues.person], ['place', cues.place], ['organization', cues.organization ?? 0]];
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > counts[1]![1] ? counts[0]![0] : null;
}

/** What one article's mentions of a name say it is, or null when they say nothing or are split evenly. */
export function mentionsKind(mentions: ReadonlyArray<{ kindCue?: NameKind }>): NameKind | null {
  return kindOfCues(countKindCues(mentions.map((m) => m.kindCue)));
}

/**
 * A name the place lists know: a country or capital of any length (place-names.ts: Baghdad, El Salvador), or a
 * place English names its own way (exonyms: Jerusalem for القدس). Where the lists also know the place's Arabic, the
 * anchored Arabic must be it: "Jordan" written over جوردان is someone named Jordan, not الأردن. A listed name the
 * article writes as a person's family name (fullNames: "Lewis Hamilton") is not listed here: Hamilton is Bermuda's
 * capital and a Formula One driver, and the sentences decide which.
 */
export function listedPlace(arabic: string | null, spellings: readonly string[], fullNames: readonly string[] = []): boolean {
  if (arabic !== null && isListedPlaceArabic(arabic)) return true;
  const listed = (s: string) => !(arabic !== null && placeOfOtherArabic(s, arabic)) && (isPlaceName(s) || isCountryOrCapital(s) || isPlace(foldSpelling(splitArticle(s.trim()).core)));
  return spellings.some((s) => listed(s) && !fullNames.some((name) => familyNameIn(s, name)));
}

/** The full names (as the English writes them) that mentions of one name were words of, for listedPlace and knownKind. */
export function writtenFullNames(mentions: ReadonlyArray<{ fullName?: { english: string } }>): string[] {
  return mentions.flatMap((m) => (m.fullName ? [m.fullName.english] : []));
}

/** Words before a place's name that make a longer place of it, not a person: Port Sudan, Mount Lebanon, Ras Tanura. */
const PLACE_FIRST_WORDS = new Set([
  'port', 'mount', 'fort', 'cape', 'lake', 'new', 'north', 'south', 'east', 'west', 'upper', 'lower', 'greater', 'little',
  'saint', 'st', 'san', 'santa', 'ras', 'wadi', 'jabal', 'jebel', 'tel', 'deir', 'beit', 'kafr', 'bab', 'ain', 'bir',
]);

/**
 * Whether a full name as the English writes it ("Lewis Hamilton", "Denzel Washington") ends with the spelling after
 * a given name: not a longer place (Port Sudan), a club (Real Madrid) or anything else its head noun names.
 */
function familyNameIn(spelling: string, fullName: string): boolean {
  const words = fullName.trim().split(/[\s\u00A0]+/u);
  if (words.length < 2 || headNounKind(fullName) !== null) return false;
  const core = (w: string) => foldSpelling(splitArticle(w).core);
  if (core(words[words.length - 1]!) !== core(spelling.trim())) return false;
  const first = words[0]!;
  return !PLACE_FIRST_WORDS.has(core(first)) && !isCountryOrCapital(first) && !isPlaceName(first);
}

/**
 * What a name is whatever its sentences say: a listed place, else what its own head noun makes it (head-noun-kind.ts:
 * the Federal Supreme Court, Sadr City), else null. fullNames are the longer names the article wrote it in (NameMention
 * fullName), which can make a listed place's name a person's.
 */
export function knownKind(arabic: string | null, spellings: readonly string[], fullNames: readonly string[] = []): NameKind | null {
  if (listedPlace(arabic, spellings, fullNames)) return 'place';
  for (const s of spellings) {
    const kind = headNounKind(s);
    if (kind) return kind;
  }
  return null;
}

/**
 * The kind a name is filed under until the editor says otherwise: what the lists and its own words know (they
 * outrank the cues: "Syria said" is still Syria, "in Congress" still Congress), else what the cues say, else a person.
 */
export function guessedKind(known: NameKind | null, cues: KindCues | undefined): NameKind {
  return known ?? kindOfCues(cues) ?? 'person';
}
