/**
 * False alarms of the name checks: `npm run bench -- name-alarms <ntrex dir>`.
 * The English of NTREX (data/parallel/ntrex) is the original news text, written and edited by people, and the
 * Arabic its translation: a name spelled two ways there is, nearly always, two names. So every name-variants or
 * name-article-style finding on it is counted as a false alarm (a few are one Arabic spelling for two English
 * names, which the check reports by design). Baseline, in the same run: grouping the same capitalized words by
 * spelling alone (clusterSpellings, no Arabic, no English evidence), as a tool without anchors would.
 */
import type { Bench } from './run.js';
import { loadNtrex } from './align.bench.js';
import { analyze } from '../src/analyze.js';
import { findEnglishMentions } from '../src/names/english-mentions.js';
import { clusterSpellings } from '../src/names/cluster.js';

const NAME_CHECKS = new Set(['name-variants', 'name-article-style']);

const bench: Bench = {
  name: 'name-alarms',
  description: 'name findings on NTREX English originals (each a false alarm), beside spelling-only grouping',
  needsPath: true,
  async run([dir]) {
    if (!dir) throw new Error('usage: npm run bench -- name-alarms <path to data/parallel/ntrex>');
    const docs = loadNtrex(dir);
    let ours = 0;
    let naive = 0;
    const examples: string[] = [];
    for (const d of docs) {
      const { findings } = analyze(d.ar.join('\n'), d.en.join('\n'));
      for (const f of findings) {
        if (!NAME_CHECKS.has(f.check)) continue;
        ours++;
        examples.push(`${d.id}: ${(f.data?.forms as string[] | undefined)?.join(' / ') ?? f.message}`);
      }
      const cores = d.en.flatMap((line) => findEnglishMentions(line).filter((m) => !m.sentenceInitial).map((m) => m.core));
      naive += clusterSpellings([...new Set(cores)]).filter((g) => g.length > 1).length;
    }
    const per100 = (n: number): string => ((100 * n) / docs.length).toFixed(1);
    console.log(`${docs.length} NTREX articles (English originals)`);
    console.log(`  spelling alone (baseline)   ${String(naive).padStart(4)} name findings, ${per100(naive)} per 100 articles`);
    console.log(`  Tadqiq name checks          ${String(ours).padStart(4)} name findings, ${per100(ours)} per 100 articles (${(ours / Math.max(1, naive)).toFixed(2)}× the baseline)`);
    for (const e of examples) console.log(`    ${e}`);
  },
};

export default bench;
