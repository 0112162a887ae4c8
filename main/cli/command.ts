/**
 * The shape of one `tadqiq` subcommand. main/cli.ts dispatches to these; each is testable in-process
 * by passing a fake CliIO.
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  cwd: string;
  env: Record<string, string | undefined>;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit status: 0 clean, 1 findings of severity error/warning, 2 usage or input error. */
  run(args: string[], io: CliIO): Promise<number>;
}

/** A mistake in how the command was called or in its input: exit 2 with one line on stderr, nothing on stdout. */
export class UsageError extends Error {
  override name = 'UsageError';
}
