import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MenuItemConstructorOptions } from 'electron';
import { menuAccelerators, menuCommands, type MenuCommand } from '../../src/api/app.js';
import { buildMenuTemplate } from '../../main/electron/menu.js';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

for (const platform of ['linux', 'win32', 'darwin'] as const) {
  test(`${platform}: every menu command is in the menu once, with its shortcut, and sends itself to the renderer`, () => {
    const sent: MenuCommand[] = [];
    const items = flatten(buildMenuTemplate({ platform, isPackaged: true, send: (c) => sent.push(c) }));
    for (const command of menuCommands) {
      const before = sent.length;
      const matching = items.filter((i) => {
        if (!i.click) return false;
        const mark = sent.length;
        (i.click as () => void)();
        const hit = sent[mark] === command;
        sent.length = mark;
        return hit;
      });
      assert.equal(matching.length, 1, `${command} appears once`);
      const expected = command === 'edit.redo' && platform === 'win32' ? 'Ctrl+Y' : menuAccelerators[command];
      assert.equal(matching[0]?.accelerator, expected, command);
      assert.equal(sent.length, before);
    }
    assert.equal(items.find((i) => i.accelerator === 'F8')?.label, '&Next Finding');
    assert.ok(items.some((i) => i.role === 'copy') && items.some((i) => i.role === 'paste'), 'copy and paste keep their native roles');
  });
}

test('developer tools are in the menu only while developing', () => {
  const roles = (isPackaged: boolean) => flatten(buildMenuTemplate({ platform: 'linux', isPackaged, send: () => undefined })).map((i) => i.role);
  assert.ok(roles(false).includes('toggleDevTools'));
  assert.ok(!roles(true).includes('toggleDevTools'));
});
