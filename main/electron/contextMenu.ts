/**
 * The right-click menu. Electron shows none by default, so without this an editor could not right-click
 * to copy or paste, nor fix a word the spellchecker underlines. Spelling suggestions first (as in every
 * editor), then the editing roles the focused field allows. Built as data so Node tests can check it.
 *
 * The English spellchecker follows the English variant chosen in Settings. On Windows and Linux Electron
 * fetches the Hunspell dictionary for it once from Chromium's CDN; only the dictionary file is fetched,
 * never any text of the article (macOS uses the system's own checker).
 */
import type { MenuItemConstructorOptions } from 'electron';

/** The part of Electron's ContextMenuParams the menu depends on. */
export interface ContextMenuInput {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextMenuActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

const MAX_SUGGESTIONS = 6;

export function buildContextMenuTemplate(input: ContextMenuInput, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = input.misspelledWord.trim();
  if (input.isEditable && word) {
    const suggestions = input.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const s of suggestions) items.push({ label: s, click: () => actions.replaceMisspelling(s) });
    items.push({ label: `Add “${word}” to Dictionary`, click: () => actions.addToDictionary(word) }, { type: 'separator' });
  }
  if (input.isEditable) {
    items.push(
      { role: 'cut', enabled: input.editFlags.canCut },
      { role: 'copy', enabled: input.editFlags.canCopy },
      { role: 'paste', enabled: input.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: input.editFlags.canSelectAll },
    );
  } else if (input.selectionText.trim()) {
    items.push({ role: 'copy', enabled: input.editFlags.canCopy });
  }
  return items;
}

/**
 * Dictionaries for the English the editor writes: the chosen variant when this system has it, else any
 * English one. Empty when there is none (macOS: the system checker decides by itself).
 */
export function spellCheckerLanguagesFor(variant: string, available: readonly string[]): string[] {
  if (available.includes(variant)) return [variant];
  const english = available.find((l) => l === 'en' || l.startsWith('en-'));
  return english ? [english] : [];
}
