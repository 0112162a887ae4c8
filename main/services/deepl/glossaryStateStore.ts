/**
 * Remembers which DeepL glossary holds our approved terms and what was uploaded (a content hash), so an
 * unchanged glossary is not re-uploaded and an edited one replaces its dictionary in place. Holds no key.
 */
import { promises as fs } from 'node:fs';
import { atomicWrite } from '../atomicWrite.js';

export interface GlossarySyncState {
  glossaryId: string;
  hash: string;
  entryCount: number;
  syncedAt: string;
}

export interface GlossaryStateStore {
  load(): Promise<GlossarySyncState | undefined>;
  save(state: GlossarySyncState | undefined): Promise<void>;
}

export function memoryGlossaryStateStore(initial?: GlossarySyncState): GlossaryStateStore {
  let state = initial;
  return {
    load: async () => state,
    save: async (next) => {
      state = next;
    },
  };
}

/** State kept as JSON in the data folder (e.g. `<data>/deepl-glossary.json`). A damaged file is treated as absent. */
export function fileGlossaryStateStore(path: string): GlossaryStateStore {
  return {
    async load() {
      try {
        const parsed = JSON.parse(await fs.readFile(path, 'utf8')) as Partial<GlossarySyncState>;
        if (typeof parsed.glossaryId === 'string' && typeof parsed.hash === 'string') {
          return { glossaryId: parsed.glossaryId, hash: parsed.hash, entryCount: Number(parsed.entryCount ?? 0), syncedAt: String(parsed.syncedAt ?? '') };
        }
        return undefined;
      } catch {
        return undefined;
      }
    },
    async save(state) {
      if (!state) {
        await fs.rm(path, { force: true });
        return;
      }
      await atomicWrite(path, `${JSON.stringify(state, null, 2)}\n`, { backup: false });
    },
  };
}
