// Channels of the "app" area, plus the one main→renderer event: menu commands.
import { z } from 'zod';
import { channel } from './channel.js';

export type Transport = 'electron' | 'web';

export interface AppInfo {
  version: string;
  /** Node's platform name of the machine running main ('win32', 'darwin', 'linux'...). */
  platform: string;
  /** How the renderer reaches main: Electron IPC, or the local web bridge in a browser. */
  transport: Transport;
  /** Things the editor should know from startup, e.g. "your settings file was unreadable; a copy was kept". */
  notices: string[];
}

export const appChannels = {
  'app.info': channel<AppInfo>()('Version, platform, transport, and notices for the editor from startup.', z.object({}).strict().optional()),
} as const;

/**
 * Commands the application menu (and its shortcuts) sends to the renderer: the only main→renderer
 * message. Electron delivers them through the preload's `onMenuCommand`; in a browser there is no
 * native menu and the renderer binds the same shortcuts itself.
 */
export const menuCommands = [
  'review.new',
  'review.open',
  'review.save',
  'review.saveAs',
  'review.export',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'finding.next',
  'finding.previous',
  'segment.retranslate',
  'segment.reviewed',
  'view.zoomIn',
  'view.zoomOut',
  'view.zoomReset',
  'help.shortcuts',
] as const;

export type MenuCommand = (typeof menuCommands)[number];

/**
 * Each command's shortcut, in Electron's accelerator syntax. The Electron menu uses these; in a browser
 * the web transport listens for the same keys, so the renderer handles shortcuts only through
 * onMenuCommand, never by binding keys itself. Browsers reserve Ctrl+N, so New review has no shortcut there.
 */
export const menuAccelerators: Readonly<Record<MenuCommand, string>> = {
  'review.new': 'CmdOrCtrl+N',
  'review.open': 'CmdOrCtrl+O',
  'review.save': 'CmdOrCtrl+S',
  'review.saveAs': 'CmdOrCtrl+Shift+S',
  'review.export': 'CmdOrCtrl+E',
  'edit.undo': 'CmdOrCtrl+Z',
  'edit.redo': 'CmdOrCtrl+Shift+Z',
  'edit.find': 'CmdOrCtrl+F',
  'finding.next': 'F8',
  'finding.previous': 'Shift+F8',
  // D for DeepL; Ctrl+Shift+T and Ctrl+Shift+R belong to the browser, Ctrl+Alt+T to many Linux desktops.
  'segment.retranslate': 'CmdOrCtrl+Shift+D',
  // As in CAT tools: confirm the segment and go on to the next.
  'segment.reviewed': 'CmdOrCtrl+Enter',
  'view.zoomIn': 'CmdOrCtrl+=',
  'view.zoomOut': 'CmdOrCtrl+-',
  'view.zoomReset': 'CmdOrCtrl+0',
  'help.shortcuts': 'F1',
};

/**
 * Each command's name as the menu shows it; "&" marks the Windows/Linux access key (Alt+letter) and is dropped
 * wherever else the name is shown (the keyboard shortcuts list).
 */
export const menuLabels: Readonly<Record<MenuCommand, string>> = {
  'review.new': '&New Review…',
  'review.open': '&Open…',
  'review.save': '&Save',
  'review.saveAs': 'Save &As…',
  'review.export': '&Export…',
  'edit.undo': '&Undo',
  'edit.redo': '&Redo',
  'edit.find': '&Find and Replace…',
  'finding.next': '&Next Finding',
  'finding.previous': '&Previous Finding',
  'segment.retranslate': 'Retranslate Segment with &DeepL',
  'segment.reviewed': 'Mark Segment &Reviewed and Go to Next',
  'view.zoomIn': 'Zoom &In',
  'view.zoomOut': 'Zoom &Out',
  'view.zoomReset': '&Actual Size',
  'help.shortcuts': '&Keyboard Shortcuts',
};

/** The IPC event name main sends menu commands on (never exposed to the page; the preload wraps it). */
export const MENU_COMMAND_EVENT = 'tadqiq:menu-command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}

/**
 * Files the operating system asks the running app to open (a .tadqiq review double-clicked while Tadqiq
 * is open, or dropped on its Dock icon): main grants them for reading and sends their paths; the
 * renderer reads them with 'files.readPath' (or 'review.open'). Exposed by the preload as onOpenFiles.
 */
export const OPEN_FILES_EVENT = 'tadqiq:open-files';

export function isPathList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((p) => typeof p === 'string' && p.length > 0);
}

/** Events main sends to the renderer; the contract's other direction. */
export const mainToRendererEvents = [MENU_COMMAND_EVENT, OPEN_FILES_EVENT] as const;
