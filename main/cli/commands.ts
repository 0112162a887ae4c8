/** The `tadqiq` subcommands. Adding one is a module in main/cli/ plus one line here. */
import type { CliCommand } from './command.js';
import translate from './translate.js';

export const commands: CliCommand[] = [
  translate,
];
