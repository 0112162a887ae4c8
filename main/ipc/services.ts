/**
 * What the handlers work with, built once per process for either transport. Areas that need a service
 * of their own (glossary store, review files, DeepL) add a field here and build it in createServices.
 */
import type { Transport } from '../../src/api/app.js';
import type { FileFilter } from '../../src/api/files.js';
import { SettingsService } from '../services/settings.js';
import { PathGrants } from './pathGrants.js';

/** Native file dialogs; only Electron has them (the web bridge passes null). */
export interface Dialogs {
  openFile(options: { title?: string; filters?: FileFilter[] }): Promise<string | null>;
  saveFile(options: { title?: string; defaultName?: string; filters?: FileFilter[] }): Promise<string | null>;
  /** A file to use from now on (the shared glossary): an existing one, or where the platform allows, a new name. */
  choosePath(options: { title?: string; filters?: FileFilter[] }): Promise<string | null>;
}

export interface Services {
  /** The app's data folder: settings, glossary, DeepL key. Tests use a temporary folder. */
  dataDir: string;
  transport: Transport;
  version: string;
  settings: SettingsService;
  grants: PathGrants;
  dialogs: Dialogs | null;
}

export interface ServicesOptions {
  dataDir: string;
  transport: Transport;
  version: string;
  dialogs?: Dialogs | null;
}

export async function createServices(options: ServicesOptions): Promise<Services> {
  const settings = await SettingsService.open(options.dataDir);
  return {
    dataDir: options.dataDir,
    transport: options.transport,
    version: options.version,
    settings,
    grants: new PathGrants(() => settings.get().recentFiles),
    dialogs: options.dialogs ?? null,
  };
}
