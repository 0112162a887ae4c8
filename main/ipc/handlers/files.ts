/**
 * Files by dialog and by path. Dialogs exist only in Electron; in a browser the renderer uses
 * <input type=file> and downloads, and these channels say so. Reading and writing by path is limited
 * to what the editor chose (see PathGrants).
 */
import { promises as fs } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ApiError, ErrorCodes } from '../../../src/api/envelope.js';
import type { OpenedFile } from '../../../src/api/files.js';
import { atomicWrite } from '../../services/atomicWrite.js';
import type { Services } from '../services.js';
import type { HandlerPart } from './part.js';

/** Articles are rarely over 1 MB; anything far bigger is almost certainly the wrong file. */
export const MAX_OPEN_BYTES = 50 * 1024 * 1024;

function dialogsOf(services: Services) {
  if (!services.dialogs) {
    throw new ApiError(
      ErrorCodes.dialogUnavailable,
      'File dialogs are not available in the browser; use the file picker (or drag the file onto the window) instead.',
    );
  }
  return services.dialogs;
}

async function readOpenedFile(path: string): Promise<OpenedFile> {
  const name = basename(path);
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ApiError('file-not-found', `"${name}" is no longer at ${path}; it may have been moved or deleted.`);
    if (code === 'EACCES' || code === 'EPERM') throw new ApiError('file-unreadable', `You do not have permission to read "${name}".`);
    throw new ApiError('file-unreadable', `Tadqiq could not read "${name}" (${code ?? 'unknown error'}).`);
  }
  if (!stat.isFile()) throw new ApiError('file-unreadable', `"${name}" is a folder, not a file.`);
  if (stat.size > MAX_OPEN_BYTES) {
    const mb = (stat.size / 1024 / 1024).toFixed(0);
    throw new ApiError('file-too-large', `"${name}" is ${mb} MB; Tadqiq opens files up to ${MAX_OPEN_BYTES / 1024 / 1024} MB. Is it the right file?`);
  }
  const bytes = await fs.readFile(path);
  return { name, path, bytesBase64: bytes.toString('base64') };
}

const filesHandlers: HandlerPart = (services) => ({
  'files.openDialog': async (request) => {
    const path = await dialogsOf(services).openFile(request ?? {});
    if (path === null) return null;
    const opened = await readOpenedFile(resolve(path));
    services.grants.grantRead(opened.path);
    await services.settings.addRecentFile(opened.path);
    return opened;
  },

  // Only a path: nothing is read, and no read or write is granted (settings validate the path they keep).
  'files.choosePath': async (request) => {
    const path = await dialogsOf(services).choosePath(request ?? {});
    return path === null ? null : resolve(path);
  },

  'files.saveDialog': async (request) => {
    const path = await dialogsOf(services).saveFile(request ?? {});
    if (path === null) return null;
    services.grants.grantWrite(path);
    return resolve(path);
  },

  'files.readPath': async ({ path }) => {
    if (!services.grants.canRead(path)) {
      throw new ApiError(
        ErrorCodes.forbiddenPath,
        `Tadqiq only reopens files you opened before; open "${basename(path)}" with Open… instead.`,
      );
    }
    return readOpenedFile(resolve(path));
  },

  'files.writePath': async ({ path, bytesBase64 }) => {
    if (!services.grants.canWrite(path)) {
      throw new ApiError(ErrorCodes.forbiddenPath, `Choose where to save "${basename(path)}" with Save As… first.`);
    }
    await atomicWrite(resolve(path), Buffer.from(bytesBase64, 'base64'));
  },
});

export default filesHandlers;
