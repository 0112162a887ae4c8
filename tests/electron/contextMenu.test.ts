import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildContextMenuTemplate, spellCheckerLanguagesFor, type ContextMenuInput } from '../../main/electron/contextMenu.js';

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const base: ContextMenuInput = { isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: flags };

function record() {
  const done: string[] = [];
  return { done, actions: { replaceMisspelling: (w: string) => done.push(`replace:${w}`), addToDictionary: (w: string) => done.push(`add:${w}`) } };
}

test('a misspelled word in the English editor: suggestions first, each replaces the word; then Add to Dictionary', () => {
  const { done, actions } = record();
  const menu = buildContextMenuTemplate({ ...base, isEditable: true, misspelledWord: 'embarassment', dictionarySuggestions: ['embarrassment', 'embarrassments'] }, actions);
  assert.deepEqual(menu.slice(0, 2).map((i) => i.label), ['embarrassment', 'embarrassments']);
  (menu[0]!.click as () => void)();
  const add = menu.find((i) => i.label === 'Add “embarassment” to Dictionary')!;
  (add.click as () => void)();
  assert.deepEqual(done, ['replace:embarrassment', 'add:embarassment']);
  assert.deepEqual(menu.filter((i) => i.role).map((i) => i.role), ['cut', 'copy', 'paste', 'selectAll']);
});

test('a name the dictionary does not know (Al-Kadhimi) says there are no suggestions and can still be added', () => {
  const menu = buildContextMenuTemplate({ ...base, isEditable: true, misspelledWord: 'Kadhimi', dictionarySuggestions: [] }, record().actions);
  assert.equal(menu[0]!.label, 'No spelling suggestions');
  assert.equal(menu[0]!.enabled, false);
  assert.ok(menu.some((i) => i.label === 'Add “Kadhimi” to Dictionary'));
});

test('editing roles follow what the field allows; selected Arabic outside a field can be copied; elsewhere no menu', () => {
  const editable = buildContextMenuTemplate({ ...base, isEditable: true, editFlags: { ...flags, canCut: false, canPaste: false } }, record().actions);
  assert.deepEqual(editable.filter((i) => i.role).map((i) => [i.role, i.enabled]), [['cut', false], ['copy', true], ['paste', false], ['selectAll', true]]);
  assert.equal(editable.some((i) => i.label?.includes('Dictionary')), false, 'no spelling items without a misspelled word');
  assert.deepEqual(buildContextMenuTemplate({ ...base, selectionText: 'الكاظمي' }, record().actions).map((i) => i.role), ['copy']);
  assert.deepEqual(buildContextMenuTemplate(base, record().actions), []);
});

test('the spellchecker checks the English variant chosen in Settings when the system has it', () => {
  assert.deepEqual(spellCheckerLanguagesFor('en-GB', ['ar', 'en-GB', 'en-US', 'fr']), ['en-GB']);
  assert.deepEqual(spellCheckerLanguagesFor('en-GB', ['ar', 'en-US']), ['en-US']);
  assert.deepEqual(spellCheckerLanguagesFor('en-US', ['de', 'fr']), []);
});
