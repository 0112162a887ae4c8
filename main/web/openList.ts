import { resolve } from 'node:path';

/** "a.ar.txt,b.en.txt" (TADQIQ_OPEN, --open) → absolute paths; empty parts are ignored. */
export function splitOpen(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => resolve(p));
}
