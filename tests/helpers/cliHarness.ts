/** Runs `tadqiq` in-process with captured output, the way a user's terminal would see it. */
import { runCli } from '../../main/cli.js';
import type { CliIO } from '../../main/cli/command.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function tadqiq(argv: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string | undefined> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
