/** Where the window reopens: where it was, unless that place is no longer on any screen. */
import type { Rectangle } from 'electron';
import type { WindowState } from '../services/settings.js';

export const DEFAULT_WINDOW: WindowState = { width: 1280, height: 840, maximized: false };

function overlaps(a: Rectangle, b: Rectangle): boolean {
  const x = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x));
  const y = Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  // At least a 100×50 piece of the title bar area must be reachable to drag the window back.
  return x >= 100 && y >= 50;
}

/** Keeps the size; drops the position if a monitor was unplugged and the window would be off screen. */
export function restoreWindowState(saved: WindowState | undefined, workAreas: Rectangle[]): WindowState {
  if (!saved) return { ...DEFAULT_WINDOW };
  const { x, y } = saved;
  if (x === undefined || y === undefined) return { ...saved };
  const bounds = { x, y, width: saved.width, height: saved.height };
  if (workAreas.some((area) => overlaps(bounds, area))) return { ...saved };
  return { width: saved.width, height: saved.height, maximized: saved.maximized };
}
