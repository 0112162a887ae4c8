/**
 * In a browser there is no application menu: listen for the menu's shortcuts (src/api/app.ts) and turn
 * them into the same menu commands Electron sends, so the UI has one code path for both.
 */
import { menuAccelerators, menuCommands, type MenuCommand } from '../../src/api/app.js';

interface Shortcut {
  command: MenuCommand;
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

/** Shortcuts a browser keeps for itself (new window); listening for them would only confuse. */
export const browserReserved: ReadonlySet<MenuCommand> = new Set<MenuCommand>(['review.new']);

/** An accelerator as people read it: "Ctrl+Shift+S" on Windows and Linux, "⇧⌘S" on a Mac. */
export function acceleratorLabel(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const shown = key.length === 1 ? key.toUpperCase() : key;
  if (mac) {
    const glyph: Record<string, string> = { Shift: '⇧', Alt: '⌥', CmdOrCtrl: '⌘', Ctrl: '⌃' };
    // Apple's order: Control, Option, Shift, Command.
    const order = ['Ctrl', 'Alt', 'Shift', 'CmdOrCtrl'];
    return parts.sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((p) => glyph[p] ?? p).join('') + shown;
  }
  return [...parts.map((p) => (p === 'CmdOrCtrl' ? 'Ctrl' : p)), shown].join('+');
}

export function parseAccelerator(command: MenuCommand, accelerator: string): Shortcut {
  const parts = accelerator.split('+');
  // "CmdOrCtrl+=" splits fine; "CmdOrCtrl++" would not, which is why the table writes "=".
  const key = (parts.pop() ?? '').toLowerCase();
  return {
    command,
    mod: parts.includes('CmdOrCtrl'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key,
  };
}

const shortcuts: Shortcut[] = menuCommands
  .filter((c) => !browserReserved.has(c))
  .map((c) => parseAccelerator(c, menuAccelerators[c]));

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function commandForKey(event: KeyLike): MenuCommand | null {
  const key = event.key.toLowerCase();
  const mod = event.ctrlKey || event.metaKey;
  for (const s of shortcuts) {
    // Shift+= is "+" on most layouts: accept both for zoom in.
    const keyMatches = s.key === key || (s.key === '=' && key === '+');
    const shiftMatches = s.shift === event.shiftKey || (s.key === '=' && key === '+');
    if (keyMatches && s.mod === mod && s.alt === event.altKey && shiftMatches) return s.command;
  }
  // Windows habit: Ctrl+Y redoes.
  if (mod && !event.shiftKey && !event.altKey && key === 'y') return 'edit.redo';
  return null;
}

/** Commands that stay with a focused text field in the browser (its own undo, find is the page's). */
const textFieldCommands = new Set<MenuCommand>(['edit.undo', 'edit.redo']);

export function listenForShortcuts(target: Window, listener: (command: MenuCommand) => void): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const command = commandForKey(event);
    if (!command) return;
    const el = event.target as HTMLElement | null;
    const inPlainField = !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && !el.closest('[data-review-editor]');
    if (inPlainField && textFieldCommands.has(command)) return;
    event.preventDefault();
    listener(command);
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
