import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_WINDOW, restoreWindowState } from '../../main/electron/windowState.js';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

test('a first start opens a comfortable default window', () => {
  assert.deepEqual(restoreWindowState(undefined, [laptop]), DEFAULT_WINDOW);
});

test('the window reopens where it was when that place is still on a screen', () => {
  const saved = { x: 1600, y: 100, width: 1800, height: 1100, maximized: false };
  assert.deepEqual(restoreWindowState(saved, [laptop, external]), saved);
});

test('after the external monitor is unplugged, the size is kept but the window comes back on screen', () => {
  const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: true };
  assert.deepEqual(restoreWindowState(saved, [laptop]), { width: 1200, height: 800, maximized: true });
});

test('a window with only a sliver on screen is brought back too', () => {
  const saved = { x: 1420, y: 100, width: 1200, height: 800, maximized: false };
  assert.equal(restoreWindowState(saved, [laptop]).x, undefined);
});
