// Channels of the "files" area: native open/save dialogs in Electron and reading files opened before.
// In a browser (the web bridge) there are no native dialogs: the dialog channels answer a
// "not available in the browser" error (code ErrorCodes.dialogUnavailable from ./envelope.ts) and the
// renderer uses <input type=file> and downloads instead.
import { z } from 'zod';
import { channel } from './channel.js';

export interface OpenedFile {
  /** File name without folders, for display. */
  name: string;
  /** Absolute path, for "recent files" and saving back. */
  path: string;
  /** The raw bytes; decoding (UTF-8, Windows-1256...) is the engine's job, not the transport's. */
  bytesBase64: string;
}

/** A file-type filter shown in a native dialog: "Arabic article" → ['txt', 'docx', 'html']. */
export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[A-Za-z0-9.]{1,20}$|^\*$/, 'an extension such as "txt", without the dot')).min(1).max(20),
}).strict();

export type FileFilter = z.output<typeof fileFilterSchema>;

export const openDialogSchema = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilterSchema).max(10).optional(),
}).strict().optional();

export const saveDialogSchema = z.object({
  title: z.string().max(200).optional(),
  /** Suggested file name, e.g. "article.corrected.txt". */
  defaultName: z.string().max(255).optional(),
  filters: z.array(fileFilterSchema).max(10).optional(),
}).strict().optional();

export const choosePathSchema = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilterSchema).max(10).optional(),
}).strict().optional();

export const readPathSchema = z.object({ path: z.string().min(1, 'path: give the path of a file') }).strict();

export const writePathSchema = z.object({
  path: z.string().min(1, 'path: give the path chosen in the save dialog'),
  bytesBase64: z.string(),
}).strict();

export const filesChannels = {
  'files.openDialog': channel<OpenedFile | null>()('Ask the editor to pick a file (native dialog); null if they cancel.', openDialogSchema),
  'files.choosePath': channel<string | null>()('Ask the editor to pick a file to use from now on, such as the shared glossary (native dialog): its path, not its contents; null if they cancel.', choosePathSchema),
  'files.saveDialog': channel<string | null>()('Ask the editor where to save (native dialog); the chosen path, or null if they cancel.', saveDialogSchema),
  'files.readPath': channel<OpenedFile>()('Read a file the editor opened before (recent files).', readPathSchema),
  'files.writePath': channel<void>()('Write bytes to a path the editor chose in the save dialog (atomic, keeps a backup).', writePathSchema),
} as const;
