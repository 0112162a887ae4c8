import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/analyze.js';
import { alignDocuments } from '../../../src/align/align.js';
import { findCheck } from '../../../src/checks/registry.js';
import type { Finding } from '../../../src/model.js';

function joins(arabic: string, english: string): { findings: Finding[]; fixed: string } {
  const segments = alignDocuments(arabic, english);
  const findings = runChecks(segments, { terms: [] }).filter((f) => f.check === 'name-joins');
  const out = new Map(segments.map((s) => [s.id, s.target]));
  for (const r of [...(findings[0]?.fix ?? [])].sort((a, b) => b.start - a.start)) {
    const t = out.get(r.segment)!;
    out.set(r.segment, t.slice(0, r.start) + r.text + t.slice(r.end));
  }
  return { findings, fixed: [...out.values()].join('\n\n') };
}

const AR = 'وقالت ليندا توماس غرينفيلد إن القرار سيفشل.\n\nوأضافت توماس غرينفيلد أن المفاوضات مستمرة.\n\nوختمت توماس غرينفيلد بأن بلادها ستصوت ضده.';

test('the check is registered as a note', () => {
  assert.equal(findCheck('name-joins')?.severity, 'info');
});

test('one full name joined by a hyphen here and a space there: the join used most is the fix, written once per place', () => {
  const { findings, fixed } = joins(AR, 'Linda Thomas-Greenfield said the resolution would fail.\n\nThomas Greenfield added that talks continue.\n\nThomas-Greenfield concluded that her country would vote against it.');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.message, 'توماس غرينفيلد is written with a hyphen and with a space: "Thomas-Greenfield" (2×), "Thomas Greenfield" (1×). Use "Thomas-Greenfield", the one used most.');
  assert.deepEqual(findings[0]!.fix!.map((r) => r.text), ['-']);
  assert.match(fixed, /\nThomas-Greenfield added/);
  assert.equal(findings[0]!.occurrences.length, 3);
});

test('a tie goes to the first written; a name joined alike everywhere, or with a no-break space, is no question', () => {
  const tie = joins(AR.split('\n\n').slice(0, 2).join('\n\n'), 'Linda Thomas Greenfield said the resolution would fail.\n\nThomas-Greenfield added that talks continue.');
  assert.match(tie.findings[0]!.message, /Use "Thomas Greenfield", the first written\.$/);
  assert.match(tie.fixed, /\nThomas Greenfield added/);
  assert.deepEqual(joins(AR, 'Linda Thomas-Greenfield said the resolution would fail.\n\nThomas-Greenfield added that talks continue.\n\nThomas-Greenfield concluded that her country would vote against it.').findings, []);
  assert.deepEqual(joins(AR, 'Linda Thomas\u00A0Greenfield said the resolution would fail.\n\nThomas Greenfield added that talks continue.\n\nThomas Greenfield concluded that her country would vote against it.').findings, []);
});

test('two names side by side only in English are no full name: "the Biden-Putin summit" beside "Biden and Putin"', () => {
  const { findings } = joins('عقدت قمة بايدن وبوتين في جنيف.\n\nوالتقى بايدن بوتين مرة أخرى.', 'The Biden-Putin summit was held in Geneva.\n\nBiden Putin met again.');
  assert.deepEqual(findings, []);
});
