/**
 * The names part of the handler table: the memory of how saved reviews spelled their Arabic names, kept in
 * the data folder (main/services/nameMemoryStore.ts) and opened on first use.
 */
import type { Handlers } from '../../../src/api/contract.js';
import { NameMemoryStore } from '../../services/nameMemoryStore.js';
import type { Services } from '../services.js';
import type { HandlerPart } from './part.js';

export type NamesChannel = 'names.memory' | 'names.remember' | 'names.forget';

export function namesHandlers(open: () => Promise<NameMemoryStore>): Pick<Handlers, NamesChannel> {
  return {
    'names.memory': async () => (await open()).state(),
    'names.remember': async ({ record }) => ({ articles: await (await open()).remember(record) }),
    'names.forget': async (which) => ({ articles: await (await open()).forget(which) }),
  };
}

const stores = new WeakMap<Services, Promise<NameMemoryStore>>();

const namesPart: HandlerPart = (services) =>
  namesHandlers(() => {
    let store = stores.get(services);
    if (!store) {
      store = NameMemoryStore.open(services.dataDir);
      stores.set(services, store);
    }
    return store;
  });

export default namesPart;
