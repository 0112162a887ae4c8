/** Review files named on a command line (file association: the system starts Tadqiq with the file's path). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isReviewFileName } from '../../src/review/file.js';

export function reviewFilesIn(argv: readonly string[], cwd: string, exists: (path: string) => boolean = existsSync): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && isReviewFileName(arg))
    .map((arg) => resolve(cwd, arg))
    .filter((path) => exists(path));
}
