/** Test helpers: the name fixtures as segments, paragraph N of the Arabic against paragraph N of the English. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Segment } from '../../../src/model.js';

const dir = fileURLToPath(new URL('../../fixtures/names/', import.meta.url));

export function lines(file: string): string[] {
  return readFileSync(dir + file, 'utf8').replace(/\r\n/g, '\n').trim().split('\n');
}

/** Segments of a fixture pair; with `withSource: false` the English stands alone (no source found). */
export function fixtureSegments(name: string, withSource = true): Segment[] {
  const ar = lines(`${name}.ar.txt`);
  const en = lines(`${name}.en.txt`);
  return en.map((target, i) => segment(`s${i + 1}`, withSource ? ar[i] ?? '' : '', target, i + 1));
}

export function segment(id: string, source: string, target: string, paragraph = 1): Segment {
  return {
    id,
    paragraph,
    sourceParagraph: source ? paragraph : 0,
    source,
    target,
    sourceRange: source ? { start: 0, end: source.length } : null,
    targetRange: { start: 0, end: target.length },
    shape: `${source ? 1 : 0}-1`,
  };
}
