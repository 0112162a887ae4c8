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
import { glossaryPlace } from './glossary.js';
import { onePerPath } from './onePerPath.js';

export type NamesChannel = 'names.memory' | 'names.remember' | 'names.forget';

export function namesHandlers(open: () => Promise<NameMemoryStore>): Pick<Handlers, NamesChannel> {
  return {
    'names.memory': async () => (await open()).current(),
    'names.remember': async ({ record }) => ({ articles: await (await open()).remember(record) }),
    'names.forget': async (which) => ({ articles: await (await open()).forget(which) }),
  };
}

/** Where the names are kept: beside a shared glossary file (glossaryPlace), else in the data folder. */
export function nameMemoryPlace(services: Pick<Services, 'dataDir' | 'settings'>, env: NodeJS.ProcessEnv = process.env): { path: string; shared: boolean } {
  const glossary = glossaryPlace(services, env);
  return glossary.shared ? { path: namesFileBeside(glossary.path), shared: true } : { path: join(services.dataDir, NAME_MEMORY_FILE), shared: false };
}

/** One store per file, so switching the glossary in settings switches memories and switching back keeps state. */
const storeAt = onePerPath((path, shared: boolean) => NameMemoryStore.open(path, { shared }));

const namesPart: HandlerPart = (services) =>
  namesHandlers(() => {
    const place = nameMemoryPlace(services);
    return storeAt(place.path, place.shared);
  });

export default namesPart;
