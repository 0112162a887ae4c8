/**
 * The application menu: platform-standard items, and Tadqiq's own commands (New review, Save, Next
 * finding...) sent to the renderer as menu commands. Built as data from a `send` function so it can be
 * checked in Node without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { menuAccelerators, type MenuCommand } from '../../src/api/app.js';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools only in development builds. */
  isPackaged: boolean;
  send(command: MenuCommand): void;
}

export function buildMenuTemplate({ platform, isPackaged, send }: MenuOptions): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
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
        item('&New Review…', 'review.new'),
        item('&Open…', 'review.open'),
        { type: 'separator' },
        item('&Save', 'review.save'),
        item('Save &As…', 'review.saveAs'),
        item('&Export…', 'review.export'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo and Redo go to the review's own history (edits and fixes), not the text field's.
        item('&Undo', 'edit.undo'),
        { ...item('&Redo', 'edit.redo'), accelerator: platform === 'win32' ? 'Ctrl+Y' : menuAccelerators['edit.redo'] },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('&Find…', 'edit.find'),
      ],
    },
    {
      label: '&Review',
      submenu: [
        item('&Next Finding', 'finding.next'),
        item('&Previous Finding', 'finding.previous'),
        { type: 'separator' },
        item('Retranslate Segment with &DeepL', 'segment.retranslate'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Zoom &In', 'view.zoomIn'),
        item('Zoom &Out', 'view.zoomOut'),
        item('&Actual Size', 'view.zoomReset'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
      ],
    },
    { role: 'windowMenu' },
  );
  return template;
}
