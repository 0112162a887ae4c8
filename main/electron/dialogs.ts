/** Native open/save dialogs for the files channels, attached to the app window. */
import { dialog, type BrowserWindow, type FileFilter as ElectronFilter } from 'electron';
import type { FileFilter } from '../../src/api/files.js';
import type { Dialogs } from '../ipc/services.js';

const anyFile: ElectronFilter = { name: 'All files', extensions: ['*'] };

export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  const filtersOf = (filters: FileFilter[] | undefined): ElectronFilter[] => (filters && filters.length > 0 ? [...filters, anyFile] : [anyFile]);
  return {
    async openFile({ title, filters }) {
      const options = { title: title ?? 'Open', properties: ['openFile' as const], filters: filtersOf(filters) };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    // An open dialog, not a save dialog: choosing the desk's existing glossary must not ask to replace it.
    // Windows also offers to create a file name typed in (promptToCreate); elsewhere a new one is typed in Settings.
    async choosePath({ title, filters }) {
      const options = { title: title ?? 'Choose a file', properties: ['openFile' as const, 'promptToCreate' as const], filters: filtersOf(filters) };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveFile({ title, defaultName, filters }) {
      const options = { title: title ?? 'Save', defaultPath: defaultName, filters: filtersOf(filters), properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const win = window();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
