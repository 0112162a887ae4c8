/**
 * Every write of an editor's data goes through here: write a temporary file beside the target, flush it
 * to disk, keep the previous version as `<file>.bak`, then rename over the target. A failure at any step
 * (full disk, read-only folder, locked file) leaves the old file intact and surfaces as WriteFailedError.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export class WriteFailedError extends Error {
  override name = 'WriteFailedError';
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    cause: unknown,
  ) {
    super(describe(path, code), { cause });
  }
}

function describe(path: string, code: string | undefined): string {
  const where = `"${basename(path)}" in ${dirname(path)}`;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `Could not save ${where}: the disk is full. The previous version is unchanged; free some space or save elsewhere.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Could not save ${where}: the folder or file is read-only or you lack permission. The previous version is unchanged; save elsewhere.`;
    case 'EBUSY':
      return `Could not save ${where}: the file is locked by another program. The previous version is unchanged.`;
    case 'ENOENT':
      return `Could not save ${where}: the folder does not exist.`;
    default:
      return `Could not save ${where} (${code ?? 'unknown error'}). The previous version is unchanged.`;
  }
}

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<path>.bak` (default true). */
  backup?: boolean;
}

export async function atomicWrite(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup !== false) {
      await fs.copyFile(path, `${path}.bak`).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    }
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    throw new WriteFailedError(path, code, e);
  }
}
