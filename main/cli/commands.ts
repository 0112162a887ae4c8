/** The `tadqiq` subcommands. Adding one is a module in main/cli/ plus one line here. */
import type { CliCommand } from './command.js';
import check from './check.js';
import translate from './translate.js';
import glossary from './glossary.js';
import exportCommand from './export.js';
import names from './names.js';

export const commands: CliCommand[] = [
  check,
  translate,
  glossary,
  exportCommand,
  names,
];
