/** Builds large Arabic–English article pairs out of the test fixtures, for benchmarks. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const PAIRS = ['seed/article', 'pairs/libya', 'pairs/lebanon'];

function load(name: string, lang: 'ar' | 'en'): string {
  return readFileSync(`${fixtures}${name}.${lang}.txt`, 'utf8').replace(/\r\n?/g, '\n').trim();
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** A pair whose English side has about `words` words: the fixtures repeated, paragraphs kept apart. */
export function buildPair(words: number): { source: string; target: string; words: number } {
  const parts = PAIRS.map((p) => ({ ar: load(p, 'ar'), en: load(p, 'en') }));
  const src: string[] = [];
  const tgt: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const part = parts[i % parts.length]!;
    src.push(part.ar);
    tgt.push(part.en);
    count += countWords(part.en);
  }
  return { source: src.join('\n\n'), target: tgt.join('\n\n'), words: count };
}
