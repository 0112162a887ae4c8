import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Segment } from '../../../src/model.js';
import { runCheck, seedParagraphs, segmentFactory } from '../../helpers/checkFixtures.js';
import { untranslated } from '../../../src/checks/untranslated.js';
import { findCheck } from '../../../src/checks/registry.js';

const segment = segmentFactory();
const run = (...segments: Segment[]): Finding[] => runCheck(untranslated, segments);

const SOURCE = 'وتفاقمت الضغوط بسبب أزمة انقطاع الكهرباء التي دفعت الكاظمي إلى قبول استقالة وزير الكهرباء.';

test('is registered as an error', () => {
  assert.equal(findCheck('untranslated'), untranslated);
  assert.equal(untranslated.severity, 'error');
});

test('clean English raises nothing, even with Arabic punctuation copied over', () => {
  assert.deepEqual(run(segment(SOURCE, 'The pressures of the power outage crisis led Al-Kadhimi to accept the resignation of the Minister of Electricity.')), []);
  assert.deepEqual(run(segment(SOURCE, 'Did he accept the resignation؟ He did، reportedly.')), []);
});

test('each run of Arabic left in the English is an occurrence; words of one phrase are one run', () => {
  const target = 'The pressures of the أزمة انقطاع الكهرباء led Al-Kadhimi to accept the resignation of the وزير.';
  const [f, ...rest] = run(segment(SOURCE, target, 'p7'));
  assert.equal(rest.length, 0);
  assert.equal(f!.severity, 'error');
  assert.deepEqual(f!.occurrences.map((o) => o.text), ['أزمة انقطاع الكهرباء', 'وزير']);
  for (const o of f!.occurrences) {
    assert.equal(o.segment, 'p7');
    assert.equal(o.side, 'target');
    assert.equal(target.slice(o.start, o.end), o.text);
  }
  assert.match(f!.message, /"أزمة انقطاع الكهرباء", "وزير"/);
});

test('diacritics and Arabic-Indic digits belong to the run', () => {
  const [f] = run(segment(SOURCE, 'He met the الحَشْد on ٢٧ June.'));
  assert.deepEqual(f!.occurrences.map((o) => o.text), ['الحَشْد', '٢٧']);
});

test('target-only text (no source) is checked too, and keys are content-based and unique', () => {
  const findings = run(segment('', 'اترك تعليقاً'), segment('', 'اترك تعليقاً'), segment(SOURCE, 'the وزير'));
  assert.equal(findings.length, 3);
  assert.equal(new Set(findings.map((f) => f.key)).size, 3);
  const again = run(segment('', 'اترك تعليقاً'));
  assert.equal(again[0]!.key, findings[0]!.key);
});

test('the seed pair, paragraph for paragraph, raises nothing', () => {
  const ar = seedParagraphs('article.ar.txt');
  const en = seedParagraphs('article.en.txt');
  const body = ar.slice(4, 13).map((a, i) => segment(a, en[i + 5]!));
  assert.equal(body.length, 9);
  assert.deepEqual(run(...body), []);
  // Leaving one Arabic name in the English is caught.
  const leaked = segment(body[0]!.source, body[0]!.target.replace('Mustafa Al-Kadhimi', 'مصطفى الكاظمي'));
  assert.deepEqual(run(leaked)[0]!.occurrences.map((o) => o.text), ['مصطفى الكاظمي']);
});
