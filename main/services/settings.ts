/**
 * The editor's settings, one JSON file in the data folder. Reading never fails: a missing file means
 * defaults; a field with a bad value falls back to its default; an unreadable file is copied aside
 * (`settings.json.corrupt-<time>`) before defaults replace it, and `notices` says so in plain words.
 * Every write goes through atomicWrite, one at a time.
 */
import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import {
  MAX_RECENT_FILES,
  settingsUpdateSchema,
  userSettingsSchema,
  type SettingsUpdate,
  type UserSettings,
} from '../../src/api/settings.js';
import { atomicWrite } from './atomicWrite.js';
import { copyAside } from './copyAside.js';

export const SETTINGS_FILE = 'settings.json';

/** Main-only: where the window was, so it reopens there. */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.output<typeof windowStateSchema>;

interface StoredSettings extends UserSettings {
  window?: WindowState;
}

export class SettingsService {
  private writes: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<(settings: UserSettings) => void>();

  private constructor(
    readonly path: string,
    private current: StoredSettings,
    /** Messages for the editor about what happened while reading the file. */
    readonly notices: string[],
  ) {}

  static async open(dataDir: string): Promise<SettingsService> {
    await fs.mkdir(dataDir, { recursive: true });
    const path = join(dataDir, SETTINGS_FILE);
    const { settings, notices } = await load(path);
    return new SettingsService(path, settings, notices);
  }

  get(): UserSettings {
    const { window: _window, ...user } = this.current;
    return structuredClone(user);
  }

  windowState(): WindowState | undefined {
    return this.current.window ? { ...this.current.window } : undefined;
  }

  /** Validates like the IPC channel does, so a caller in main cannot store what the renderer could not. */
  async update(patch: SettingsUpdate): Promise<UserSettings> {
    const valid = settingsUpdateSchema.parse(patch);
    await this.save({ ...this.current, ...stripUndefined(valid) });
    const now = this.get();
    for (const listener of this.listeners) listener(now);
    return now;
  }

  /** Called after each saved change of the editor's settings (e.g. the spellchecker follows the English variant). */
  onChange(listener: (settings: UserSettings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async saveWindowState(state: WindowState): Promise<void> {
    await this.save({ ...this.current, window: windowStateSchema.parse(state) });
  }

  /** Most recent first, no duplicates, at most MAX_RECENT_FILES. */
  async addRecentFile(path: string): Promise<void> {
    const recentFiles = [path, ...this.current.recentFiles.filter((p) => p !== path)].slice(0, MAX_RECENT_FILES);
    await this.save({ ...this.current, recentFiles });
  }

  private save(next: StoredSettings): Promise<void> {
    this.current = next;
    const text = `${JSON.stringify(next, null, 2)}\n`;
    // Serialize writes so an older state can never land on disk after a newer one.
    const write = this.writes.then(() => atomicWrite(this.path, text));
    this.writes = write.catch(() => undefined);
    return write;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function load(path: string): Promise<{ settings: StoredSettings; notices: string[] }> {
  const defaults: StoredSettings = userSettingsSchema.parse({});
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { settings: defaults, notices: [] };
    return {
      settings: defaults,
      notices: [`Tadqiq could not read your settings (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}); default settings are in use for now.`],
    };
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const kept = await replaceKeepingCopy(path, defaults);
    return { settings: defaults, notices: [`Your settings file was unreadable, so default settings are in use. ${kept}`] };
  }

  // Salvage field by field: one bad value should not cost the editor every other choice.
  const record = raw as Record<string, unknown>;
  const settings: StoredSettings = { ...defaults };
  const reset: string[] = [];
  for (const [key, schema] of Object.entries(userSettingsSchema.shape)) {
    if (!(key in record)) continue;
    const parsed = schema.safeParse(record[key]);
    if (parsed.success) (settings as unknown as Record<string, unknown>)[key] = parsed.data;
    else reset.push(key);
  }
  if ('window' in record) {
    const parsed = windowStateSchema.safeParse(record.window);
    if (parsed.success) settings.window = parsed.data;
    else reset.push('window');
  }
  if (reset.length === 0) return { settings, notices: [] };

  const kept = await replaceKeepingCopy(path, settings);
  return {
    settings,
    notices: [`Some settings had values Tadqiq could not use (${reset.join(', ')}) and were reset to their defaults. ${kept}`],
  };
}

/** Copies the bad file aside, then writes the repaired settings; answers a sentence saying where the copy is. */
async function replaceKeepingCopy(path: string, settings: StoredSettings): Promise<string> {
  const copy = await copyAside(path);
  // Without a copy the old file must not be replaced: leave it as it is and work from memory.
  if (!copy) return 'The old file could not be copied, so it was left untouched.';
  try {
    await atomicWrite(path, `${JSON.stringify(settings, null, 2)}\n`, { backup: false });
  } catch {
    return `A copy of the old file was kept as ${copy}; the repaired settings could not be saved yet.`;
  }
  return `A copy of the old file was kept as ${copy}.`;
}

/**
 * The data folder both transports use unless told otherwise: the same place Electron's userData would
 * be for an app named "Tadqiq", so the browser and the desktop app share settings and glossary.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Tadqiq');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Tadqiq');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Tadqiq');
}
