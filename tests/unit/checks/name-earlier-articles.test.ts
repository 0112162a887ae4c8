import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, runChecks } from '../../../src/analyze.js';
import { alignDocuments } from '../../../src/align/align.js';
import { findCheck } from '../../../src/checks/registry.js';
import type { AnalyzeOptions, Finding, Glossary, Segment } from '../../../src/model.js';
import { articleNameRecord, groupsWithin, poolRecords, type ArticleNameRecord } from '../../../src/names/name-memory.js';
import type { NameGroup } from '../../../src/names/types.js';
import { term } from '../../helpers/deeplSamples.js';
import { asIs, saved } from '../../helpers/savedReview.js';

const seedDir = fileURLToPath(new URL('../../fixtures/seed/', import.meta.url));

function check(arabic: string, english: string, earlierArticles: ArticleNameRecord[], options: Partial<AnalyzeOptions> = {}, glossary: Glossary = { terms: [] }): { segments: Segment[]; findings: Finding[] } {
  const segments = alignDocuments(arabic, english);
  return { segments, findings: runChecks(segments, glossary, { ...asIs, ...options, earlierArticles }) };
}

function applyFix(segs: readonly Segment[], f: Finding): string {
  const out = new Map(segs.map((s) => [s.id, s.target]));
  for (const r of [...(f.fix ?? [])].sort((a, b) => b.start - a.start)) {
    const t = out.get(r.segment)!;
    out.set(r.segment, t.slice(0, r.start) + r.text + t.slice(r.end));
  }
  return [...out.values()].join('\n\n');
}

const LAST_WEEK = saved('r1', 'Kadhimi meets Biden',
  'التقى رئيس الوزراء العراقي مصطفى الكاظمي الرئيس الأمريكي جو بايدن في واشنطن.\n\nوقال الكاظمي إن المحادثات كانت صريحة.',
  'Iraqi Prime Minister Mustafa Al-Kadhimi met US President Joe Biden in Washington.\n\nAl-Kadhimi said the talks were frank.');
const TODAY = ['أكد رئيس الوزراء مصطفى الكاظمي أن الانتخابات ستجرى في موعدها.\n\nوأضاف الكاظمي أن الحكومة مستعدة.',
  'Prime Minister Mustafa al-Kazemi confirmed that the elections will be held on time.\n\nAl-Kazemi added that the government is ready.'] as const;

test('the check is registered as a warning', () => {
  assert.equal(findCheck('name-earlier-articles')?.severity, 'warning');
});

test('a saved review remembers its Arabic names and how it spelled them, article style aside', () => {
  const kadhimi = LAST_WEEK.names.find((n) => n.arabic === 'الكاظمي');
  assert.ok(kadhimi, JSON.stringify(LAST_WEEK.names));
  assert.equal(kadhimi.key, 'كاظمي');
  assert.deepEqual(kadhimi.spellings, [{ key: 'kadhimi', written: 'Kadhimi', mentions: 2, article: 'Al-' }], 'with the article written mid-sentence');
  // بايدن has no letter only Arabic names have, so it is remembered as a word of the full name جو بايدن only.
  const biden = LAST_WEEK.names.find((n) => n.arabic === 'بايدن');
  assert.deepEqual(biden, { key: 'بايدن', arabic: 'بايدن', spellings: [{ key: 'biden', written: 'Biden', mentions: 1, article: '' }], writtenIn: ['جو بايدن'], person: 'جو بايدن', personEnglish: 'Joe Biden', joins: [{ pair: 'جو بايدن', join: ' ' }] });
  assert.equal(kadhimi.writtenIn, undefined, 'an Arabic name is remembered alone');
});

test('a foreign name is remembered only within a full name: a lone mention belongs to nobody for sure', () => {
  const r = saved('r6', 'Derby', 'أنقذ الحارس آلان ماكجريجور كرة من آلان ليثجو.\n\nوقال ليثجو إن المباراة صعبة.\n\nوأضاف آلان أن الفريق تعب.\n\nوصد آلان ماكجريجور ركلة جزاء.',
    'Goalkeeper Allan McGregor saved a shot from Alan Lithgow.\n\nLithgow said the match was hard.\n\nAlan added that the team was tired.\n\nAllan McGregor saved a penalty.');
  const alan = r.names.filter((n) => n.key === 'الان');
  assert.deepEqual(alan.map((n) => [n.writtenIn, n.spellings.map((s) => s.written)]), [[['الان ماكجريجور'], ['Allan']], [['الان ليثجو'], ['Alan']]],
    'two people, one Arabic word: each full name is one person, and the lone "Alan" is neither');
  assert.deepEqual(r.names.find((n) => n.key === 'ليثجو')?.spellings, [{ key: 'lithgow', written: 'Lithgow', mentions: 1, article: '' }], 'the lone Lithgow is not counted');
  const lone = saved('r7', 'Blinken', 'وقال بلينكن إن المحادثات مستمرة.', 'Blinken said the talks were continuing.');
  assert.deepEqual(lone.names, [], 'a foreign name never written within a full name is not remembered');
});

/** Linda Thomas-Greenfield as an earlier review wrote her: the seed's MT mangles her name into Granfield. */
const UN_VOTE = saved('r8', 'UN vote', 'وقالت المندوبة الأمريكية ليندا توماس غرينفيلد إن بلادها ستصوت ضد القرار.\n\nوأضافت توماس غرينفيلد أن المفاوضات مستمرة.',
  'US Ambassador Linda Thomas-Greenfield said her country would vote against the resolution.\n\nThomas-Greenfield added that negotiations were continuing.');

test('seed: "Linda Thomas Granfield" is flagged once an earlier review wrote Linda Thomas-Greenfield, and the fix writes Greenfield', () => {
  const ar = readFileSync(seedDir + 'article.ar.txt', 'utf8');
  const en = readFileSync(seedDir + 'article.en.txt', 'utf8');
  assert.equal(analyze(ar, en).findings.some((f) => f.message.includes('Granfield')), false, 'alone, nothing says Granfield is wrong');
  const segments = alignDocuments(ar, en);
  const findings = runChecks(segments, { terms: [] }, { ...asIs, earlierArticles: [UN_VOTE] });
  const f = findings.filter((x) => x.check === 'name-earlier-articles');
  assert.equal(f.length, 1, JSON.stringify(findings.map((x) => x.message)));
  assert.equal(f[0]!.message, 'غرينفيلد (in ليندا توماس غرينفيلد) is written "Granfield" here but "Greenfield" in an earlier article (“UN vote”). Use "Greenfield", or approve the spelling you want in the glossary.');
  assert.match(applyFix(segments, f[0]!), /Linda Thomas Greenfield, head of the US delegation/);
  // The desk's hyphen is a note of its own (name-joins), whose fix writes it between the same words.
  const joins = findings.filter((x) => x.check === 'name-joins');
  const thomas = joins.find((x) => x.message.startsWith('توماس غرينفيلد'));
  assert.equal(thomas?.message, 'توماس غرينفيلد is written with a space here ("Thomas Granfield", 1×) but with a hyphen in an earlier article (“UN vote”). Use a hyphen here too.');
  assert.equal(joins.some((x) => x.message.startsWith('ليندا توماس')), false, 'Linda Thomas was written with a space there too');
  assert.match(applyFix(segments, thomas!), /Linda Thomas-Granfield, head of the US delegation/);
  const both = applyFix(segments, { ...thomas!, fix: [...thomas!.fix!, ...f[0]!.fix!] });
  assert.match(both, /Linda Thomas-Greenfield, head of the US delegation/, 'both fixes: the name as the desk writes it');
});

test('a saved review keeps how a foreign name was joined to its neighbours, the join it wrote most', () => {
  assert.deepEqual(UN_VOTE.names.map((n) => [n.key, n.joins]), [
    ['ليندا', [{ pair: 'ليندا توماس', join: ' ' }]],
    ['توماس', [{ pair: 'ليندا توماس', join: ' ' }, { pair: 'توماس غرينفيلد', join: '-' }]],
    ['غرينفيلد', [{ pair: 'توماس غرينفيلد', join: '-' }]],
  ]);
  const mixed = saved('r11', 'Mixed', 'وقالت ليندا توماس غرينفيلد إن القرار سيفشل.\n\nوأضافت توماس غرينفيلد أن المفاوضات مستمرة.\n\nوختمت توماس غرينفيلد بأن بلادها ستصوت ضده.',
    'Linda Thomas Greenfield said the resolution would fail.\n\nThomas-Greenfield added that talks continue.\n\nThomas-Greenfield concluded that her country would vote against it.');
  assert.deepEqual(mixed.names.find((n) => n.key === 'غرينفيلد')?.joins, [{ pair: 'توماس غرينفيلد', join: '-' }], 'two hyphens to one space');
});

test('the desk’s join settles a name joined both ways here, and is no question where this article already writes it', () => {
  const ar = 'وقالت ليندا توماس غرينفيلد إن القرار سيفشل.\n\nوأضافت توماس غرينفيلد أن المفاوضات مستمرة.\n\nوختمت توماس غرينفيلد بأن بلادها ستصوت ضده.';
  const { segments, findings } = check(ar, 'Linda Thomas Greenfield said the resolution would fail.\n\nThomas Greenfield added that talks continue.\n\nThomas-Greenfield concluded that her country would vote against it.', [UN_VOTE]);
  const f = findings.filter((x) => x.check === 'name-joins');
  assert.deepEqual(f.map((x) => x.message), ['توماس غرينفيلد is written with a hyphen and with a space: "Thomas Greenfield" (2×), "Thomas-Greenfield" (1×). Use "Thomas-Greenfield", as an earlier article (“UN vote”) writes it.']);
  assert.equal(applyFix(segments, f[0]!).match(/Thomas-Greenfield/g)?.length, 3);
  const hyphenated = check(ar, 'Linda Thomas-Greenfield said the resolution would fail.\n\nThomas-Greenfield added that talks continue.\n\nThomas-Greenfield concluded that her country would vote against it.', [UN_VOTE]);
  assert.deepEqual(hyphenated.findings.filter((x) => x.check === 'name-joins'), []);
  // Another desk wrote the name with a space: "Thomas-Greenfield" here is then the one to change.
  const spaced = saved('r12', 'Spaced', ar.split('\n\n')[0]!, 'Linda Thomas Greenfield said the resolution would fail.');
  const other = check(ar, 'Linda Thomas-Greenfield said the resolution would fail.\n\nThomas-Greenfield added that talks continue.\n\nThomas-Greenfield concluded that her country would vote against it.', [spaced]);
  assert.deepEqual(other.findings.filter((x) => x.check === 'name-joins').map((x) => x.message),
    ['توماس غرينفيلد is written with a hyphen here ("Thomas-Greenfield", 3×) but with a space in an earlier article (“Spaced”). Use a space here too.']);
});

test('earlier articles disagreeing on a join: the one more articles wrote, a tie going to the newest record', () => {
  const ar = 'وقالت ليندا توماس غرينفيلد إن القرار سيفشل.';
  const hyphen = (id: string) => saved(id, `Hyphen ${id}`, ar, 'Linda Thomas-Greenfield said the resolution would fail.');
  const space = (id: string) => saved(id, `Space ${id}`, ar, 'Linda Thomas Greenfield said the resolution would fail.');
  const today = (records: ArticleNameRecord[]) => check(ar, 'Linda Thomas Greenfield said the resolution would fail.', records).findings.filter((x) => x.check === 'name-joins').length;
  assert.equal(today([space('a'), hyphen('b'), hyphen('c')]), 1, 'two articles hyphenate, one does not');
  assert.equal(today([space('a'), hyphen('b')]), 0, 'a tie: the newest (first) record wrote a space');
  assert.equal(today([hyphen('b'), space('a')]), 1);
});

test('a foreign name across articles is one person by a neighbour in common: Thomas Granfield matches, Granfield alone does not', () => {
  const partly = check('وقالت توماس غرينفيلد إن القرار سيفشل.', 'Thomas Granfield said the resolution would fail.', [UN_VOTE]).findings;
  assert.deepEqual(partly.filter((x) => x.check === 'name-earlier-articles').map((x) => x.data?.preferred), ['Greenfield']);
  const alone = check('وقالت غرينفيلد إن القرار سيفشل.', 'Granfield said the resolution would fail.', [UN_VOTE]).findings;
  assert.equal(alone.some((x) => x.check === 'name-earlier-articles'), false, 'غرينفيلد alone could be anyone of that name');
});

test('جون is Jon Stewart in one review and John Kerry in the next, both right; Jon Kerry after John Kerry is flagged', () => {
  const stewart = saved('r9', 'Daily Show', 'قال الإعلامي جون ستيوارت إن البرنامج سيعود.', 'The presenter Jon Stewart said the show would return.');
  const kerryToday = ['التقى وزير الخارجية جون كيري نظيره في باريس.', 'Secretary of State John Kerry met his counterpart in Paris.'] as const;
  assert.equal(check(...kerryToday, [stewart]).findings.some((x) => x.check === 'name-earlier-articles'), false);
  const kerry = saved('r10', 'Paris talks', ...kerryToday);
  const f = check('وصل جون كيري إلى بغداد.', 'Jon Kerry arrived in Baghdad.', [kerry, stewart]).findings.filter((x) => x.check === 'name-earlier-articles');
  assert.deepEqual(f.map((x) => [x.data?.forms, x.data?.preferred]), [[['Jon', 'John'], 'John']]);
  // With his middle name in one article and without it in the other, he is still one person.
  const forbes = saved('r13', 'Kerry profile', 'ولد جون فوربس كيري في دنفر.', 'John Forbes Kerry was born in Denver.');
  const short = check('وصل جون كيري إلى بغداد.', 'Jon Kerry arrived in Baghdad.', [forbes, stewart]).findings.filter((x) => x.check === 'name-earlier-articles');
  assert.deepEqual(short.map((x) => x.message), ['جون (in جون كيري) is written "Jon" here but "John" in an earlier article (“Kerry profile”). Use "John", or approve the spelling you want in the glossary.']);
});

test('an article that spells a name one way, unlike earlier articles, gets the earlier spelling with its own article style', () => {
  const { segments, findings } = check(...TODAY, [LAST_WEEK]);
  const f = findings.filter((x) => x.check === 'name-earlier-articles');
  assert.equal(f.length, 1, JSON.stringify(findings.map((x) => x.message)));
  assert.match(f[0]!.message, /^الكاظمي is written "al-Kazemi", "Al-Kazemi" here but "Kadhimi" in an earlier article \(“Kadhimi meets Biden”\)\. Use "al-Kadhimi", or approve/);
  assert.equal(f[0]!.data?.preferred, 'al-Kadhimi', 'the mid-sentence article shows this article’s style');
  assert.deepEqual(f[0]!.data?.forms, ['al-Kazemi', 'Al-Kazemi', 'al-Kadhimi']);
  const fixed = applyFix(segments, f[0]!);
  assert.match(fixed, /Mustafa al-Kadhimi confirmed/);
  assert.match(fixed, /\nAl-Kadhimi added/, 'a sentence keeps its capital');
  assert.equal(findings.some((x) => x.check === 'name-variants'), false, 'the article itself is consistent');
});

test('the house style sets the article of the earlier spelling', () => {
  const { findings } = check(...TODAY, [LAST_WEEK], { houseStyle: { article: 'Al-' } });
  const f = findings.find((x) => x.check === 'name-earlier-articles');
  assert.equal(f?.data?.preferred, 'Al-Kadhimi');
});

test('without earlier articles, or when they agree with this one, nothing is reported', () => {
  assert.equal(check(...TODAY, []).findings.some((x) => x.check === 'name-earlier-articles'), false);
  const sameSpelling = saved('r2', 'Election date', ...TODAY);
  assert.equal(check(...TODAY, [sameSpelling]).findings.some((x) => x.check === 'name-earlier-articles'), false);
});

test('seed: the earlier articles’ Kadhimi outweighs this article’s more frequent Al-Kazemi in name-variants, and is not reported twice', () => {
  const ar = readFileSync(seedDir + 'article.ar.txt', 'utf8');
  const en = readFileSync(seedDir + 'article.en.txt', 'utf8');
  const before = analyze(ar, en).findings.find((f) => f.check === 'name-variants' && f.key === 'name-variants:الكاظمي');
  assert.equal(before?.data?.preferred, 'Al-Kazemi', 'alone, the most frequent form');
  const older = saved('r3', 'Baghdad budget', 'وقال الكاظمي إن الموازنة جاهزة.', 'Al-Kadhimi said the budget was ready.');
  const findings = runChecks(alignDocuments(ar, en), { terms: [] }, { ...asIs, earlierArticles: [older, LAST_WEEK] });
  const f = findings.find((x) => x.key === 'name-variants:الكاظمي');
  assert.equal(f?.data?.preferred, 'Al-Kadhimi');
  assert.match(f!.message, /Use "Al-Kadhimi", the spelling of 2 earlier articles \(“Baghdad budget”, “Kadhimi meets Biden”\)/);
  assert.equal(findings.some((x) => x.check === 'name-earlier-articles' && x.key.endsWith('الكاظمي')), false);
});

test('an approved glossary form outranks earlier articles', () => {
  const glossary: Glossary = { terms: [term('مصطفى الكاظمي', 'Mustafa al-Kazemi')] };
  const { findings } = check(...TODAY, [LAST_WEEK], {}, glossary);
  assert.equal(findings.some((x) => x.check === 'name-earlier-articles'), false);
});

test('an earlier spelling that writes another name is a wrong anchor there, not the desk’s spelling', () => {
  const wrong: ArticleNameRecord = { id: 'r4', title: 'Tehran', recordedAt: '2026-11-01T00:00:00.000Z', names: [{ key: 'كاظمي', arabic: 'الكاظمي', spellings: [{ key: 'khomeini', written: 'Khomeini', mentions: 1 }] }] };
  const { findings } = check(...TODAY, [wrong]);
  assert.equal(findings.some((x) => x.check === 'name-earlier-articles'), false, JSON.stringify(findings.map((x) => x.message)));
});

test('a listed equivalence is no spelling across articles: Greece for اليونان does not make today’s Yunnan (يونان) a variant', () => {
  const athens = saved('r5', 'Athens talks', 'وصل وفد من اليونان إلى بغداد.\n\nوقالت اليونان إنها تدعم الحوار.', 'A delegation from Greece arrived in Baghdad.\n\nGreece said it supports the dialogue.');
  const yunnan: ArticleNameRecord = { ...athens, names: [{ key: 'يونان', arabic: 'اليونان', spellings: [{ key: 'greece', written: 'Greece', mentions: 2 }] }] };
  const { findings } = check('ضرب زلزال مقاطعة يونان الصينية.\n\nوقالت سلطات يونان إن الأضرار محدودة.', 'An earthquake struck China’s Yunnan province.\n\nYunnan authorities said the damage was limited.', [yunnan]);
  assert.equal(findings.some((x) => x.check === 'name-earlier-articles'), false, JSON.stringify(findings.map((x) => x.message)));
});

test('a foreign name’s finding says who it is, as this article’s Arabic writes the full name (hamza and all)', () => {
  const elysee = saved('r11', 'Elysee talks', 'استقبل الرئيس الفرنسي إيمانويل ماكرون الوفد العراقي.', 'French President Emmanuel Macron received the Iraqi delegation.');
  const f = check('وقال إيمانويل ماكرون إن فرنسا تدعم العراق.', 'Emanuel Macron said France supports Iraq.', [elysee]).findings.filter((x) => x.check === 'name-earlier-articles');
  assert.deepEqual(f.map((x) => x.message.split(' is written')[0]), ['إيمانويل (in إيمانويل ماكرون)']);
});

test('a compound the desk hyphenated is a join to write here, not another spelling; records of older builds pool with new ones', () => {
  const ar = 'قال رئيس الوزراء عادل عبد المهدي إن الحكومة مستعدة.\n\nوأضاف عبد المهدي أن الانتخابات قريبة.';
  const before = saved('r14', 'Cabinet', ar, 'Prime Minister Adil Abdul-Mahdi said the government was ready.\n\nAbdul-Mahdi added that elections were near.');
  // عبد المهدي is a name many people share: it is remembered as a word of the full name عادل عبد المهدي.
  const mahdi = before.names.find((n) => n.key === 'عبدالمهدي');
  assert.deepEqual([mahdi?.spellings, mahdi?.person], [[{ key: 'abdul mahdi', written: 'Abdul-Mahdi', mentions: 1, article: '' }], 'عادل عبد المهدي']);
  const today = 'Prime Minister Adil Abdul Mahdi said the government was ready.\n\nAbdul Mahdi added that elections were near.';
  const expected = ['عبد المهدي is written with a space here ("Abdul Mahdi", 2×) but with a hyphen in an earlier article (“Cabinet”). Use a hyphen here too.'];
  const names = (records: ArticleNameRecord[]) => check(ar, today, records).findings.filter((f) => f.check.startsWith('name-')).map((f) => f.message);
  assert.deepEqual(names([before]), expected);
  // An older build keyed the hyphenated spelling apart ("abdul-mahdi"): it is the same spelling still.
  const older: ArticleNameRecord = { ...before, names: before.names.map((n) => ({ ...n, spellings: n.spellings.map((s) => ({ ...s, key: s.written.toLowerCase() })) })) };
  assert.deepEqual(names([older]), expected);
  const again = saved('r15', 'Cabinet again', ar, 'Prime Minister Adil Abdul-Mahdi said the government was ready.\n\nAbdul-Mahdi added that elections were near.');
  const pooled = poolRecords([again, older]).names.find((n) => n.arabic === 'عبد المهدي');
  assert.deepEqual(pooled?.spellings.map((s) => [s.key, s.spelling, s.articles.length]), [['abdul mahdi', 'Abdul-Mahdi', 2]], 'one spelling, in two articles');
});

test('a record of the segments an editor vouched for keeps their mentions only', () => {
  const segments = alignDocuments('التقى رئيس الوزراء العراقي مصطفى الكاظمي الرئيس الأمريكي جو بايدن في واشنطن.\n\nوقال الكاظمي إن المحادثات كانت صريحة.',
    'Iraqi Prime Minister Mustafa Al-Kazemi met US President Joe Biden in Washington.\n\nAl-Kadhimi said the talks were frank.');
  const memo = new Map<string, unknown>();
  runChecks(segments, { terms: [] }, asIs, memo);
  const groups = memo.get('names') as NameGroup[];
  const second = segments.find((s) => s.target.startsWith('Al-Kadhimi'))!.id;
  const record = articleNameRecord({ id: 'r16', title: 'Half reviewed', recordedAt: '' }, groupsWithin(groups, new Set([second])));
  assert.deepEqual(record.names.map((n) => [n.arabic, n.spellings.map((s) => `${s.written} ${s.mentions}`)]), [['الكاظمي', ['Kadhimi 1']]],
    'the unreviewed first segment (Kazemi, Biden) teaches nothing');
  assert.equal(articleNameRecord({ id: 'r16', title: '', recordedAt: '' }, groupsWithin(groups, new Set())).names.length, 0);
});

test('a given name is many people’s: Mohammed bin Salman saved does not make Mohamed Salah or Mostafa Madbouly wrong, but Mohamed bin Salman is', () => {
  const mbs = saved('r17', 'Riyadh visit', 'التقى ولي العهد السعودي محمد بن سلمان الرئيس الأمريكي.\n\nوقال محمد بن سلمان إن العلاقات قوية.',
    'Saudi Crown Prince Mohammed bin Salman met the US president.\n\nMohammed bin Salman said relations were strong.');
  const pm = saved('r18', 'Baghdad talks', 'التقى رئيس الوزراء مصطفى الكاظمي الرئيس.', 'Prime Minister Mustafa al-Kadhimi met the president.');
  assert.deepEqual(mbs.names.find((n) => n.key === 'محمد')?.writtenIn, ['محمد سلمان'], 'remembered as a word of his full name, particle aside');
  const others = check('سجل محمد صلاح هدفين.\n\nوقال رئيس الوزراء المصري مصطفى مدبولي إن الاقتصاد ينمو.',
    'Mohamed Salah scored two goals.\n\nEgyptian Prime Minister Mostafa Madbouly said the economy was growing.', [mbs, pm]).findings;
  assert.deepEqual(others.filter((f) => f.check.startsWith('name-')).map((f) => f.message), []);
  const same = check('وصل محمد بن سلمان إلى باريس.', 'Mohamed bin Salman arrived in Paris.', [mbs, pm]).findings.filter((f) => f.check === 'name-earlier-articles');
  assert.deepEqual(same.map((f) => f.message), ['محمد (in محمد بن سلمان) is written "Mohamed" here but "Mohammed" in an earlier article (“Riyadh visit”). Use "Mohammed", or approve the spelling you want in the glossary.']);
});
