import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { alignDocuments } from '../../../src/align/align.js';
import { splitParagraphs } from '../../../src/text/paragraphs.js';

const ar = readFileSync(new URL('../../fixtures/seed/article.ar.txt', import.meta.url), 'utf8');
const en = readFileSync(new URL('../../fixtures/seed/article.en.txt', import.meta.url), 'utf8');
const segments = alignDocuments(ar, en);
const enParagraphs = splitParagraphs(en).map((r) => en.slice(r.start, r.end));
const arParagraphs = splitParagraphs(ar).map((r) => ar.slice(r.start, r.end));
/** 1-based English paragraph where the body starts ("Iraqi Prime Minister ...") and the comment form begins. */
const enBody = enParagraphs.findIndex((p) => p.startsWith('Iraqi Prime Minister')) + 1;
const enTail = enParagraphs.findIndex((p) => p.startsWith('mohamed.alsaid')) + 1;
const arBody = arParagraphs.findIndex((p) => p.startsWith('من المقرر')) + 1;

test('the seed pair has the shape the assertions below assume', () => {
  assert.ok(enBody > 0 && enTail > enBody && arBody > 0);
  assert.equal(enTail - enBody, arParagraphs.length - arBody + 1, 'as many English body paragraphs as Arabic ones');
});

test('the comment form and footer at the end are target-only, one segment per sentence, none glued to the article', () => {
  const tail = segments.filter((s) => s.paragraph >= enTail);
  assert.ok(tail.length >= 9);
  for (const s of tail) {
    assert.equal(s.shape, '0-1', s.target);
    assert.equal(s.source, '');
    assert.equal(s.sourceRange, null);
  }
  const lastBody = segments.filter((s) => s.paragraph === enTail - 1);
  for (const s of lastBody) assert.doesNotMatch(s.target, /gmail|Leave a Reply/);
});

test('the reading-time byline is target-only; title, date and author lines pair with the Arabic ones', () => {
  const badge = segments.filter((s) => s.target.includes('readingListenParticipate'));
  assert.equal(badge.length, 1);
  assert.equal(badge[0]!.shape, '0-1');
  const pairOf = (english: string): string | undefined => segments.find((s) => s.target.replace(/\s+/g, ' ') === english)?.source; // the MT has a no-break space in the title
  assert.equal(pairOf('The complexities of the Iraqi-American strategic dialogue'), 'تعقيدات الحوار الاستراتيجي العراقي - الأمريكي');
  assert.equal(pairOf('July 9, 2021 00:17 am'), '٩ يوليو ٢٠٢١ ٠٠:١٧ ص');
  assert.equal(pairOf('Muhammad Al-Saeed Idris'), 'محمد السعيد إدريس');
});

test('each Arabic body paragraph aligns with exactly the English paragraph at the same place, 1-1', () => {
  for (let k = 0; k < enTail - enBody; k++) {
    const arP = arBody + k;
    const enP = enBody + k;
    const fromSource = new Set(segments.filter((s) => s.sourceParagraph === arP).map((s) => s.paragraph));
    const intoTarget = new Set(segments.filter((s) => s.paragraph === enP).map((s) => s.sourceParagraph));
    assert.deepEqual([...fromSource], [enP], `Arabic paragraph ${arP}`);
    assert.deepEqual([...intoTarget], [arP], `English paragraph ${enP}`);
  }
  // Every Arabic sentence of the body found English: nothing is reported as omitted.
  assert.deepEqual(segments.filter((s) => s.shape.endsWith('-0')).map((s) => s.source), []);
});

test('the body segments cover the two texts exactly, in order', () => {
  const body = segments.filter((s) => s.paragraph >= enBody && s.paragraph < enTail);
  const arText = body.map((s) => s.source).join(' ').replace(/\s+/g, ' ');
  const enText = body.map((s) => s.target).join(' ').replace(/\s+/g, ' ');
  assert.equal(arText, arParagraphs.slice(arBody - 1).join(' ').replace(/\s+/g, ' '));
  assert.equal(enText, enParagraphs.slice(enBody - 1, enTail - 1).join(' ').replace(/\s+/g, ' '));
});
