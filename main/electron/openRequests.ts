/** Review files named on a command line (file association: the system starts Tadqiq with the file's path). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const REVIEW_FILE_SUFFIX = '.tadqiq.json';

export function reviewFilesIn(argv: readonly string[], cwd: string, exists: (path: string) => boolean = existsSync): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(REVIEW_FILE_SUFFIX))
    .map((arg) => resolve(cwd, arg))
    .filter((path) => exists(path));
}
