/**
 * The names part of the handler table: the memory of how saved reviews spelled their names
 * (main/services/nameMemoryStore.ts), kept beside the desk's shared glossary when settings (or $TADQIQ_GLOSSARY)
 * point the glossary at one, else in the data folder; opened on first use.
 */
import { join } from 'node:path';
import type { Handlers } from '../../../src/api/contract.js';
import { NAME_MEMORY_FILE, NameMemoryStore, namesFileBeside } from '../../services/nameMemoryStore.js';
import type { Services } from '../services.js';
import type { HandlerPart } from './part.js';

export type NamesChannel = 'names.memory' | 'names.remember' | 'names.forget';

export function namesHandlers(open: () => Promise<NameMemoryStore>): Pick<Handlers, NamesChannel> {
  return {
    'names.memory': async () => (await open()).current(),
    'names.remember': async ({ record }) => ({ articles: await (await open()).remember(record) }),
    'names.forget': async (which) => ({ articles: await (await open()).forget(which) }),
  };
}

/** Where the names are kept: beside a shared glossary file, else in the data folder. */
export function nameMemoryPlace(services: Pick<Services, 'dataDir' | 'settings'>, env: NodeJS.ProcessEnv = process.env): { path: string; shared: boolean } {
  const glossary = services.settings.get().glossaryPath || env.TADQIQ_GLOSSARY;
  return glossary ? { path: namesFileBeside(glossary), shared: true } : { path: join(services.dataDir, NAME_MEMORY_FILE), shared: false };
}

/** One store per file, so switching the glossary in settings switches memories and switching back keeps state. */
const stores = new Map<string, Promise<NameMemoryStore>>();

function storeAt(place: { path: string; shared: boolean }): Promise<NameMemoryStore> {
  let s = stores.get(place.path);
  if (!s) {
    s = NameMemoryStore.open(place.path, { shared: place.shared });
    stores.set(place.path, s);
    s.catch(() => stores.delete(place.path));
  }
  return s;
}

const namesPart: HandlerPart = (services) => namesHandlers(() => storeAt(nameMemoryPlace(services)));

export default namesPart;
