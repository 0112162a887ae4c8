import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseScanner } from '../../../src/text/phraseScan.js';

const PHRASES = ['he', 'she', 'his', 'hers', 'share this:', 'share', 'this', 'is', 's', '@', 'www.', ' newsletter', 'a b', 'aaa'];
const scanner = new PhraseScanner(PHRASES);

function expected(text: string): Uint8Array {
  const lower = text.toLowerCase();
  return Uint8Array.from(PHRASES, (p) => (lower.includes(p) ? 1 : 0));
}

function scanned(text: string): Uint8Array | null {
  const present = new Uint8Array(PHRASES.length);
  return scanner.scan(text, present) ? present : null;
}

test('finds every phrase a text holds, overlapping and nested ones too, in any ASCII case', () => {
  const texts = ['ushers', 'SHARE THIS:', 'Share this: now', 'this is his', 'aaaa', 'a  b', 'a b', 'x@y www.site', 'Our Newsletter',
    'the newsletter', '', 'h', 'sh', 'shee', 'Ünïcödé share 😀 this:', 'تابعنا share', 'hé', 'shé', 'a\nb', 'a\u00A0b'];
  for (const t of texts) assert.deepEqual(scanned(t), expected(t), JSON.stringify(t));
  assert.deepEqual([...scanned('ushers')!], PHRASES.map((p) => (['he', 'she', 'hers', 's'].includes(p) ? 1 : 0)));
});

test('random texts over a small alphabet agree with lower case and includes', () => {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const alphabet = ['a', 'A', 'b', 'h', 'H', 'e', 's', 'S', 'i', 'r', ' ', ':', 't', 'T', '@', 'w', '.', 'é', '\n'];
  for (let n = 0; n < 2000; n++) {
    const t = Array.from({ length: Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    assert.deepEqual(scanned(t), expected(t), JSON.stringify(t));
  }
});

test('İ and the Kelvin sign are the only characters whose lower case it cannot follow, and it says so', () => {
  const odd: number[] = [];
  for (let cp = 0x80; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (/[\x00-\x7F]/.test(String.fromCodePoint(cp).toLowerCase())) odd.push(cp);
  }
  assert.deepEqual(odd, [0x0130, 0x212a]);
  assert.equal(scanned('Kelvin \u212A'), null);
  assert.equal(scanned('İstanbul'), null);
});

test('rejects phrases it cannot scan for', () => {
  assert.throws(() => new PhraseScanner(['Share']));
  assert.throws(() => new PhraseScanner(['تابعنا']));
  assert.throws(() => new PhraseScanner(['']));
});
