/**
 * The application menu: platform-standard items, and Tadqiq's own commands (New review, Save, Next
 * finding...) sent to the renderer as menu commands. Built as data from a `send` function so it can be
 * checked in Node without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { menuAccelerators, menuLabels, type MenuCommand } from '../../src/api/app.js';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools only in development builds. */
  isPackaged: boolean;
  send(command: MenuCommand): void;
}

export function buildMenuTemplate({ platform, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const item = (command: MenuCommand): MenuItemConstructorOptions => ({
    label: menuLabels[command],
    accelerator: menuAccelerators[command],
    click: () => send(command),
  });
  const isMac = platform === 'darwin';

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        item('review.new'),
        item('review.open'),
        { type: 'separator' },
        item('review.save'),
        item('review.saveAs'),
        item('review.export'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo and Redo go to the review's own history (edits and fixes), not the text field's.
        item('edit.undo'),
        { ...item('edit.redo'), accelerator: platform === 'win32' ? 'Ctrl+Y' : menuAccelerators['edit.redo'] },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('edit.find'),
      ],
    },
    {
      label: '&Review',
      submenu: [
        item('finding.next'),
        item('finding.previous'),
        { type: 'separator' },
        item('segment.retranslate'),
        item('segment.reviewed'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('view.zoomIn'),
        item('view.zoomOut'),
        item('view.zoomReset'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', label: '&Help', submenu: [item('help.shortcuts')] },
  );
  return template;
}
