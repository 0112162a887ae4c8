/**
 * A damaged data file is copied aside as `<file>.corrupt-<time>` before anything replaces it, so repairing
 * settings or starting a fresh memory never loses what the file held. Settings and the name memory share it.
 */
import { promises as fs } from 'node:fs';

/** The path of the copy, or null when it could not be made (the caller must then not replace the file). */
export async function copyAside(path: string): Promise<string | null> {
  const copy = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    await fs.copyFile(path, copy);
    return copy;
  } catch {
    return null;
  }
}
