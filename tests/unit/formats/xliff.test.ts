import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { exportXliff12, exportXliff2 } from '../../../src/formats/exportXliff.js';
import { importDocument, type ImportedBilingual } from '../../../src/formats/import.js';
import { ImportError } from '../../../src/formats/importError.js';
import { validateXliff } from './xsd.js';
import { sampleCorrectedParagraphs, samplePieces, sampleReview } from './sample.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url));

/** The sample's Arabic paragraphs (omission included), as the XLIFF carries them. */
const sourceParagraphs = samplePieces.map((para) => para.map((p) => p.ar).filter(Boolean).join(' ')).filter(Boolean);

async function bilingual(xml: string, name: string): Promise<ImportedBilingual> {
  const doc = await importDocument(utf8(xml), name);
  assert.equal(doc.kind, 'xliff');
  return doc as ImportedBilingual;
}

test('XLIFF 2.1 export is valid against the OASIS XLIFF 2 core schema', async () => {
  assert.deepEqual(await validateXliff(exportXliff2(sampleReview()), '2'), []);
});

test('XLIFF 1.2 export is valid against the OASIS XLIFF 1.2 strict schema', async () => {
  assert.deepEqual(await validateXliff(exportXliff12(sampleReview()), '1.2'), []);
});

test('the schema check itself catches an invalid document (so the tests above can fail)', async () => {
  const broken = exportXliff2(sampleReview()).replace('<segment state="reviewed">', '<segment state="approved">');
  const errors = await validateXliff(broken, '2');
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /approved/);
  assert.notDeepEqual(await validateXliff(exportXliff12(sampleReview()).replace('<body>', '<body><unit/>'), '1.2'), []);
});

test('XLIFF 2.1 round trip: Arabic paragraphs and corrected English come back, clutter left out', async () => {
  const xml = exportXliff2(sampleReview());
  assert.doesNotMatch(xml, /Leave a Reply|Kazemi|Granfield/);
  const doc = await bilingual(xml, 'back.xlf');
  assert.equal(doc.version, '2.1');
  assert.equal(doc.sourceLang, 'ar');
  assert.equal(doc.targetLang, 'en');
  assert.deepEqual(doc.source.split('\n'), sourceParagraphs);
  assert.deepEqual(doc.target.split('\n'), sampleCorrectedParagraphs);
});

test('XLIFF 1.2 round trip: the same paragraphs come back', async () => {
  const doc = await bilingual(exportXliff12(sampleReview()), 'back.xliff');
  assert.equal(doc.version, '1.2');
  assert.deepEqual(doc.source.split('\n'), sourceParagraphs);
  assert.deepEqual(doc.target.split('\n'), sampleCorrectedParagraphs);
});

test('an omitted Arabic sentence goes out untranslated: state initial, no target', () => {
  const xml = exportXliff2(sampleReview());
  assert.match(xml, /<unit id="s6">\s*<segment state="initial">\s*<source>وهي الغارات[^<]*<\/source>\s*<\/segment>/);
  assert.match(exportXliff12(sampleReview()), /<trans-unit id="s6">\s*<source xml:lang="ar">وهي الغارات[^<]*<\/source>\s*<\/trans-unit>/);
});

test('markup characters, quotes and control characters in the English stay valid XML and come back as text', async () => {
  const review = sampleReview();
  review.edits.s4 = 'Al-Kadhimi said "<no>" & \u0007meant it’s over.';
  for (const [xml, v] of [[exportXliff2(review), '2'], [exportXliff12(review), '1.2']] as const) {
    assert.deepEqual(await validateXliff(xml, v), []);
    const doc = await bilingual(xml, 'x.xlf');
    assert.match(doc.target, /Al-Kadhimi said "<no>" & meant it’s over\./);
  }
});

test('edited segments are marked reviewed (2.1) / signed-off (1.2), unedited ones translated', () => {
  assert.match(exportXliff2(sampleReview()), /<unit id="s1">\s*<segment state="translated">/);
  assert.match(exportXliff2(sampleReview()), /<unit id="s3">\s*<segment state="reviewed">/);
  assert.match(exportXliff12(sampleReview()), /<target xml:lang="en" state="signed-off">Al-Kadhimi was very frank/);
});

test('a segment the editor marked reviewed goes out reviewed (2.1) / signed-off (1.2) even when unedited, and still validates', async () => {
  const review = sampleReview();
  const s1 = review.segments.find((s) => s.id === 's1')!;
  review.decisions.reviewed = { s1: s1.target };
  assert.match(exportXliff2(review), /<unit id="s1">\s*<segment state="reviewed">/);
  assert.match(exportXliff12(review), /<trans-unit id="s1">\s*<source[^>]*>[^<]*<\/source>\s*<target xml:lang="en" state="signed-off">/);
  // A mark on English that has changed since is no longer a review of it.
  review.decisions.reviewed = { s1: 'an older English' };
  assert.match(exportXliff2(review), /<unit id="s1">\s*<segment state="translated">/);
});

test('XLIFF 1.2 from another CAT tool: inline <g> text kept, <x/> dropped, seg-source ignored, untranslated unit kept', async () => {
  const doc = (await importDocument(fixture('other-tool-1.2.xlf'), 'kadhimi-visit.xlf')) as ImportedBilingual;
  assert.equal(doc.sourceLang, 'ar-IQ');
  assert.equal(doc.targetLang, 'en-US');
  assert.equal(doc.units.length, 3);
  assert.equal(doc.units[0]!.source, 'من المقرر أن يزور رئيس الوزراء العراقي مصطفى الكاظمي واشنطن نهاية شهر يوليو.');
  assert.equal(doc.units[0]!.target, 'Iraqi Prime Minister Mustafa Al-Kadhimi is scheduled to visit Washington at the end of July.');
  assert.equal(doc.units[1]!.source, 'قالت ليندا توماس غرينفيلد مساء الثلاثاء ٢٩ يونيو ٢٠٢١ إن بلادها شنت ضربات جوية.');
  assert.equal(doc.units[2]!.source, 'الحشد الشعبي & القوات المسلحة');
  assert.equal(doc.units[2]!.target, '');
  assert.equal(doc.source.split('\n').length, 3);
  assert.equal(doc.target.split('\n').length, 2);
});

test('XLIFF 2.0 from another tool: segments and ignorables joined per unit, <pc> text kept, <ph/> dropped, <cp/> decoded', async () => {
  const doc = (await importDocument(fixture('other-tool-2.0.xlf'), 'other.xlf')) as ImportedBilingual;
  assert.deepEqual(doc.units.map((u) => u.id), ['u1', 'u2']);
  assert.equal(doc.units[0]!.source, 'وكان الكاظمي شديد الصراحة. واختتم الكاظمي كلمته.');
  assert.equal(doc.units[0]!.target, 'Al-Kazemi was very frank. Al-Kadhimi concluded his speech.');
  assert.equal(doc.units[1]!.source, 'الحشد الشعبي');
  assert.equal(doc.target, 'Al-Kazemi was very frank. Al-Kadhimi concluded his speech.\nPopular Mobilization Forces');
});

test('a damaged XLIFF file is refused with the line of the problem', async () => {
  const cut = exportXliff2(sampleReview()).slice(0, 700);
  await assert.rejects(importDocument(utf8(cut), 'cut.xlf'), (e: unknown) => {
    assert.ok(e instanceof ImportError);
    assert.match(e.message, /"cut\.xlf" is not well-formed XML \(line \d+/);
    return true;
  });
});

test('an XML file that is not XLIFF is refused', async () => {
  await assert.rejects(importDocument(utf8('<?xml version="1.0"?><tmx version="1.4"><body/></tmx>'), 'memory.xlf'), /not XLIFF/);
});

test('an XLIFF file declaring entities (an expansion bomb) is refused before parsing', async () => {
  const bomb = '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xliff version="1.2"><file><body><trans-unit id="1"><source>&b;</source></trans-unit></body></file></xliff>';
  await assert.rejects(importDocument(utf8(bomb), 'bomb.xlf'), /declares XML entities/);
});
