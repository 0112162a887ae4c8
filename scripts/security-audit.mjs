// Security audit run by `npm test` (and so by CI):
// 1. Electronegativity over the Electron main process and preload: no finding above LOW; every LOW finding must be
//    justified by a comment mentioning "Electronegativity" on its line or the three lines above it.
// 2. `npm audit --omit=dev`: no high or critical advisory in production dependencies, unless listed with a reason
//    in scripts/audit-exceptions.json. Where the audit service cannot be reached, says so plainly and does not fail.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
let failed = false;

async function electronegativity() {
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity');
  const { issues, errors } = await run({
    input: join(root, 'main'),
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion,
  }, false);
  let ok = true;
  for (const e of errors ?? []) {
    console.error(`electronegativity could not parse ${e.file}: ${e.message ?? e.error ?? ''}`);
    ok = false;
  }
  for (const issue of issues) {
    const where = `main/${issue.file}:${issue.location.line}`;
    const severity = issue.severity.name;
    if (severity !== 'LOW' && severity !== 'INFORMATIONAL') {
      console.error(`electronegativity: ${severity} ${issue.id} at ${where}: ${issue.description}`);
      ok = false;
      continue;
    }
    const lines = readFileSync(join(root, 'main', issue.file), 'utf8').split('\n');
    const line = issue.location.line - 1;
    const context = lines.slice(Math.max(0, line - 3), line + 1).join('\n');
    if (!/electronegativity/i.test(context)) {
      console.error(`electronegativity: ${severity} ${issue.id} at ${where} has no justifying comment ("Electronegativity: …") on or above its line`);
      ok = false;
    } else {
      console.log(`electronegativity: ${severity} ${issue.id} at ${where} (justified in place)`);
    }
  }
  console.log(`electronegativity ${ok ? 'passed' : 'FAILED'}: ${issues.length} finding(s) over main/ (Electron ${electronVersion}); none may be above LOW`);
  return ok;
}

function npmAudit() {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = null;
  }
  if (!report || report.error || !report.metadata) {
    const why = report?.error?.summary || report?.message || run.stderr.split('\n').find((l) => l.includes('error')) || 'no answer';
    console.log(`npm audit: not available from this network (${why.trim()}); production dependencies were not audited in this run.`);
    return true;
  }
  const exceptionsFile = join(root, 'scripts/audit-exceptions.json');
  const exceptions = existsSync(exceptionsFile) ? JSON.parse(readFileSync(exceptionsFile, 'utf8')) : {};
  const serious = Object.values(report.vulnerabilities ?? {}).filter((v) => v.severity === 'high' || v.severity === 'critical');
  const unexplained = serious.filter((v) => !exceptions[v.name]);
  for (const v of unexplained) console.error(`npm audit: ${v.severity} advisory in production dependency ${v.name}`);
  for (const v of serious.filter((v) => exceptions[v.name])) console.log(`npm audit: ${v.severity} in ${v.name} accepted: ${exceptions[v.name]}`);
  console.log(`npm audit ${unexplained.length ? 'FAILED' : 'passed'}: ${serious.length} high/critical advisories in production dependencies, ${unexplained.length} unexplained`);
  return unexplained.length === 0;
}

if (!(await electronegativity())) failed = true;
if (!npmAudit()) failed = true;
process.exit(failed ? 1 : 0);
