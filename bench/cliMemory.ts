/**
 * Runs one `tadqiq` command in this process exactly as the CLI does, discards its output, and prints the
 * process's peak resident memory (MB) on stderr as "maxrss=<MB>". Used by the scale benchmark.
 */
import { runCli } from '../main/cli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: () => undefined,
  stderr: (t) => process.stderr.write(t),
  readStdin: async () => '',
  cwd: process.cwd(),
  env: process.env,
});
process.stderr.write(`maxrss=${(process.resourceUsage().maxRSS / 1024).toFixed(1)} exit=${code}\n`);
