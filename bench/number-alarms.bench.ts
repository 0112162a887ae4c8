/**
 * Number findings on human translations: `npm run bench -- number-alarms <ntrex dir>`.
 * NTREX's Arabic is a professional translation of its English, so most number-mismatch findings on it are false
 * alarms; the rest are real slips of the translator (a dropped "million", 30 for 30,000), listed for reading.
 * Baseline, in the same run: comparing the digit strings of each aligned pair (Arabic-Indic digits made Latin),
 * as a QA tool without number normalization does.
 */
import type { Bench } from './run.js';
import { loadNtrex } from './align.bench.js';
import { analyze } from '../src/analyze.js';

const digitsOf = (s: string): string[] =>
  [...s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => m[0]).sort();

const bench: Bench = {
  name: 'number-alarms',
  description: 'number-mismatch findings on NTREX human translations, beside raw digit comparison',
  needsPath: true,
  async run([dir]) {
    if (!dir) throw new Error('usage: npm run bench -- number-alarms <path to data/parallel/ntrex>');
    const docs = loadNtrex(dir);
    let ours = 0;
    let naive = 0;
    const examples: string[] = [];
    for (const d of docs) {
      const { segments, findings } = analyze(d.ar.join('\n'), d.en.join('\n'));
      for (const f of findings) {
        if (f.check !== 'number-mismatch') continue;
        ours++;
        examples.push(`${d.id}: ${f.message}`);
      }
      for (const s of segments) {
        if (s.source.trim() && s.target.trim() && digitsOf(s.source).join(' ') !== digitsOf(s.target).join(' ')) naive++;
      }
    }
    console.log(`${docs.length} NTREX articles (professional translations)`);
    console.log(`  raw digit strings (baseline)  ${String(naive).padStart(4)} segments flagged`);
    console.log(`  Tadqiq number-mismatch        ${String(ours).padStart(4)} findings (${(ours / Math.max(1, naive)).toFixed(2)}× the baseline)`);
    for (const e of examples) console.log(`    ${e}`);
  },
};

export default bench;
