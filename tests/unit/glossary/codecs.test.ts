import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadGlossaryFile } from '../../../src/glossary/load.js';
import { formatCsv } from '../../../src/glossary/csv.js';
import { formatTbx } from '../../../src/glossary/tbx.js';
import { GlossaryFormatError } from '../../../src/glossary/problems.js';
import { makeTerm } from '../../../src/glossary/term.js';
import { emptyGlossaryDocument, formatGlossaryDocument } from '../../../src/glossary/storeFormat.js';
import type { Term } from '../../../src/model.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/glossary/${name}`, import.meta.url)));
const bytes = (s: string) => new TextEncoder().encode(s);
const content = (t: Term) => ({ source: t.source, target: t.target, variants: t.variants, forbidden: t.forbidden, kind: t.kind, note: t.note, status: t.status });

const sample: Term[] = [
  makeTerm({ source: 'الكاظمي', target: 'Al-Kadhimi', variants: ['Kadhimi'], forbidden: ['Al-Kazemi', 'Kazemi'], kind: 'person', note: 'Iraqi prime minister 2020–22, "the PM"', status: 'approved' }),
  makeTerm({ source: 'الحشد الشعبي', target: 'Popular Mobilization Forces', variants: ['Hashd al-Shaabi', 'PMF'], forbidden: ['the crowd'], kind: 'organization', status: 'proposed' }),
  makeTerm({ source: 'غرينفيلد', target: 'Granfield', variants: ['Grinfield'], kind: 'person', note: 'line one\nline two', status: 'rejected' }),
  makeTerm({ source: 'ديالى', target: 'Diyala', kind: 'place', status: 'approved' }),
];

test('CSV with header: BOM, quoted Arabic, lists with ; and |; empty rows, duplicates and conflicts reported by line', () => {
  const { glossary, problems, format } = loadGlossaryFile(fixture('desk.csv'), 'desk.csv');
  assert.equal(format, 'csv');
  assert.deepEqual(glossary.terms.map((t) => [t.source, t.target]), [
    ['الكاظمي', 'Al-Kadhimi'],
    ['الحشد الشعبي', 'Popular Mobilization'],
    ['غرينفيلد', 'Greenfield'],
  ]);
  assert.deepEqual(content(glossary.terms[0]!), { source: 'الكاظمي', target: 'Al-Kadhimi', variants: ['Kadhimi'], forbidden: ['Al-Kazemi', 'Kazemi'], kind: 'person', note: 'Iraqi prime minister 2020–22', status: 'approved' });
  assert.deepEqual(glossary.terms[1]!.variants, ['Hashd al-Shaabi', 'PMF']);
  assert.equal(glossary.terms[2]!.status, 'proposed');
  assert.deepEqual(problems.map((p) => p.line), [4, 6, 7, 8]);
  assert.match(problems[0]!.message, /Empty row/);
  assert.match(problems[1]!.message, /repeats line 2/);
  assert.match(problems[2]!.message, /conflicts with line 2 \("al-Kazimi" here, "Al-Kadhimi" there\)/);
  assert.match(problems[3]!.message, /no English target/);
});

test('plain two-column forms: OmegaT TSV (comment column), DeepL CSV with language columns, English-first swapped', () => {
  const omegat = loadGlossaryFile(fixture('omegat.tsv'), 'omegat.tsv');
  assert.equal(omegat.format, 'tsv');
  assert.deepEqual(omegat.glossary.terms.map((t) => [t.source, t.target, t.note ?? '', t.status]), [
    ['الكاظمي', 'Al-Kadhimi', '', 'approved'],
    ['الحشد الشعبي', 'Popular Mobilization Forces', 'OmegaT comment: use the full name', 'approved'],
  ]);
  const deepl = loadGlossaryFile(bytes('الكاظمي,Al-Kadhimi,ar,en\r\nبايدن,Biden,ar,en\r\n'), 'deepl.csv');
  assert.deepEqual(deepl.glossary.terms.map((t) => [t.source, t.target, t.note]), [['الكاظمي', 'Al-Kadhimi', undefined], ['بايدن', 'Biden', undefined]]);
  assert.deepEqual(deepl.problems, []);
  const swapped = loadGlossaryFile(fixture('deepl-en-ar.csv'), 'deepl-en-ar.csv');
  assert.deepEqual(swapped.glossary.terms.map((t) => [t.source, t.target]), [['الكاظمي', 'Al-Kadhimi'], ['غرينفيلد', 'Greenfield']]);
  assert.match(swapped.problems[0]!.message, /read the other way round/);
});

test('CSV and TSV round trips keep every field, including quotes, commas, newlines and Arabic', () => {
  for (const [name, delimiter] of [['out.csv', ','], ['out.tsv', '\t']] as const) {
    const text = formatCsv(sample, delimiter);
    assert.ok(text.startsWith('\uFEFFsource'), 'BOM and header for Excel');
    const back = loadGlossaryFile(bytes(text), name);
    assert.deepEqual(back.problems, []);
    assert.deepEqual(back.glossary.terms.map(content), sample.map(content));
  }
});

test('malformed CSV: an unclosed quote, a header without a target column, a binary file — all refused with the line', () => {
  assert.throws(
    () => loadGlossaryFile(bytes('source,target\nالكاظمي,Al-Kadhimi\n"الحشد,Popular\n'), 'broken.csv'),
    (e: unknown) => e instanceof GlossaryFormatError && e.line === 3 && /never closed/.test(e.message) && /broken\.csv/.test(e.message),
  );
  assert.throws(() => loadGlossaryFile(bytes('source,english_term\nا,b\n'), 'x.csv'), /must name both a "source"/);
  assert.throws(() => loadGlossaryFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), 'terms.csv'), GlossaryFormatError);
  assert.throws(() => loadGlossaryFile(bytes('just one column\nno tabs\n'), 'x.txt'), /no row has two columns/);
});

test('TBX-Basic written by another tool: statuses mapped, kinds hinted, other languages and duplicates reported by line', () => {
  const { glossary, problems, format } = loadGlossaryFile(fixture('iraq-desk.tbx'), 'iraq-desk.tbx');
  assert.equal(format, 'tbx');
  const [kadhimi, pmf, greenfield, diyala, kadhimiShort, ...rest] = glossary.terms;
  assert.equal(rest.length, 0);
  assert.deepEqual(content(kadhimi!), { source: 'مصطفى الكاظمي', target: 'Mustafa al-Kadhimi', variants: ['Mustafa Kadhimi'], forbidden: ['Mustafa Al-Kazemi'], kind: 'person', note: 'Iraqi prime minister 2020–22', status: 'approved' });
  assert.deepEqual(content(pmf!), { source: 'الحشد الشعبي', target: 'Popular Mobilization Forces', variants: ['Hashd al-Shaabi'], forbidden: ['Popular Crowd'], kind: 'organization', note: undefined, status: 'approved' });
  assert.deepEqual(greenfield!.forbidden, ['Linda Thomas Granfield']);
  // No administrative status at all: another tool's plain entry, taken as a proposal.
  assert.deepEqual([diyala!.target, diyala!.kind, diyala!.status], ['Diyala', 'place', 'proposed']);
  assert.equal(kadhimiShort!.target, 'al-Kadhimi');
  const text = new TextDecoder().decode(fixture('iraq-desk.tbx'));
  const lineOf = (id: string) => text.split('\n').findIndex((l) => l.includes(`<termEntry id="${id}">`)) + 1;
  assert.deepEqual(problems.map((p) => p.line), [lineOf('c1005'), lineOf('c1007')]);
  assert.match(problems[0]!.message, /"c1005" has no Arabic term/);
  assert.match(problems[1]!.message, new RegExp(`conflicts with line ${lineOf('c1006')}`));
});

test('TBX 3 (conceptEntry/langSec/termSec) reads the same way', () => {
  const { glossary } = loadGlossaryFile(fixture('iraq-desk.tbx3.tbx'), 'desk.tbx');
  assert.deepEqual(glossary.terms.map(content), [{ source: 'الحشد الشعبي', target: 'Popular Mobilization Forces', variants: [], forbidden: ['the crowd'], kind: 'term', note: undefined, status: 'approved' }]);
});

test('TBX round trip: export then import gives back every term exactly, and the export is TBX-Basic', () => {
  const xml = formatTbx(sample);
  assert.match(xml, /<martif type="TBX-Basic"/);
  assert.match(xml, /<langSet xml:lang="ar">/);
  assert.match(xml, /<termNote type="administrativeStatus">preferredTerm-admn-sts<\/termNote>/);
  assert.match(xml, /<term>Kazemi<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts/);
  const back = loadGlossaryFile(bytes(xml), 'out.tbx');
  assert.deepEqual(back.problems, []);
  assert.deepEqual(back.glossary.terms.map(content), sample.map(content));
  // And what came from another tool survives our export.
  const theirs = loadGlossaryFile(fixture('iraq-desk.tbx'), 'iraq-desk.tbx').glossary.terms;
  const again = loadGlossaryFile(bytes(formatTbx(theirs)), 'again.tbx').glossary.terms;
  assert.deepEqual(again.map(content), theirs.map(content));
});

test('malformed TBX: broken XML names its line; XML that is not TBX is refused', () => {
  assert.throws(
    () => loadGlossaryFile(bytes('<?xml version="1.0"?>\n<martif>\n<text><body>\n<termEntry></langSet>\n</body></text></martif>'), 'bad.tbx'),
    (e: unknown) => e instanceof GlossaryFormatError && e.line === 4,
  );
  assert.throws(() => loadGlossaryFile(bytes('<html><body>hi</body></html>'), 'page.xml'), /not TBX/);
});

test('the store JSON loads; a newer schema and a foreign JSON are refused with a clear message', () => {
  const doc = { ...emptyGlossaryDocument(), terms: sample };
  const back = loadGlossaryFile(bytes(formatGlossaryDocument(doc)), 'glossary.json');
  assert.deepEqual(back.glossary.terms, sample);
  assert.throws(() => loadGlossaryFile(bytes(JSON.stringify({ ...doc, version: 99 })), 'g.json'), /newer Tadqiq/);
  assert.throws(() => loadGlossaryFile(bytes('{"hello": 1}'), 'g.json'), /not a Tadqiq glossary/);
  assert.throws(() => loadGlossaryFile(bytes('{"terms": [ }'), 'g.json'), /JSON is broken/);
});

test('CSV export defuses spreadsheet formulas and import restores the text', () => {
  const risky = [makeTerm({ source: 'مساواة', target: '=HYPERLINK("http://x")', variants: ['+1', '@home'], status: 'approved' })];
  const text = formatCsv(risky, ',');
  assert.doesNotMatch(text, /(^|,)=HYPERLINK/m, 'no cell starts with =');
  assert.deepEqual(loadGlossaryFile(bytes(text), 'x.csv').glossary.terms.map(content), risky.map(content));
});
