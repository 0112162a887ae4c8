/**
 * Where the DeepL API key lives. In the desktop app: encrypted with Electron's safeStorage (the OS keychain,
 * DPAPI or libsecret) in a file of the data folder. Without Electron (web bridge, CLI): the DEEPL_AUTH_KEY
 * environment variable, or a file readable only by the user, clearly reported as stored unencrypted.
 *
 * The key is never logged, never part of an error message, and never written anywhere but the key file.
 * Files are written by a small owner-only writer here rather than atomicWrite(): atomicWrite keeps a `.bak`
 * copy (which would keep an old key around) and creates its temporary file with default permissions.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export type SecretStorage = 'safeStorage' | 'file' | 'env' | 'none';

export interface KeyStatus {
  present: boolean;
  /** True only when the key is encrypted at rest by the operating system. */
  encrypted: boolean;
  storage: SecretStorage;
  /** For the editor, e.g. "stored unencrypted". */
  notice?: string;
}

export interface SecretStore {
  getKey(): Promise<string | undefined>;
  setKey(key: string): Promise<KeyStatus>;
  clearKey(): Promise<KeyStatus>;
  status(): Promise<KeyStatus>;
}

/** The part of Electron's safeStorage we use (injected so this file does not import Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring was found and the "encryption" is a fixed obfuscation. */
  getSelectedStorageBackend?(): string;
}

export class SecretStoreError extends Error {
  override name = 'SecretStoreError';
  constructor(
    readonly code: 'secret-invalid' | 'secret-unreadable' | 'secret-write-failed' | 'secret-encryption-unavailable',
    message: string,
  ) {
    super(message);
  }
}

export const ENCRYPTED_KEY_FILE = 'deepl-key.enc';
export const PLAIN_KEY_FILE = 'deepl-key.txt';

const UNENCRYPTED_NOTICE =
  'The DeepL key is stored unencrypted in a file only your user account can read. Anyone with access to your account or a backup of it can read the key.';

/** Trims and checks a pasted key; refuses line breaks and spaces inside, which no DeepL key contains. */
export function normalizeKey(key: string): string {
  const trimmed = key.trim();
  if (!trimmed) throw new SecretStoreError('secret-invalid', 'The DeepL key is empty. Paste the key from your DeepL account page.');
  if (/\s/.test(trimmed)) throw new SecretStoreError('secret-invalid', 'The DeepL key contains spaces or line breaks. Paste only the key from your DeepL account page.');
  return trimmed;
}

async function writeOwnerOnly(path: string, data: string | Uint8Array): Promise<void> {
  await fs.mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(tmp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, path);
    await fs.chmod(path, 0o600).catch(() => undefined); // no-op on Windows
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new SecretStoreError('secret-write-failed', `Could not save the DeepL key in ${dirname(path)} (${code}). The previous setting is unchanged.`);
  }
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SecretStoreError('secret-unreadable', `Could not read the saved DeepL key in ${dirname(path)} (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
}

/** Plain file, owner-only permissions, with an honest "unencrypted" notice. */
export function fileSecretStore(dataDir: string): SecretStore {
  const path = join(dataDir, PLAIN_KEY_FILE);
  const status = async (): Promise<KeyStatus> => {
    const bytes = await readIfExists(path);
    const present = !!bytes && bytes.toString('utf8').trim().length > 0;
    return present ? { present, encrypted: false, storage: 'file', notice: UNENCRYPTED_NOTICE } : { present: false, encrypted: false, storage: 'none' };
  };
  return {
    async getKey() {
      const bytes = await readIfExists(path);
      const key = bytes?.toString('utf8').trim();
      return key || undefined;
    },
    async setKey(key) {
      await writeOwnerOnly(path, `${normalizeKey(key)}\n`);
      return status();
    },
    async clearKey() {
      await fs.rm(path, { force: true });
      return status();
    },
    status,
  };
}

/** Electron: encrypted with safeStorage. Falls back to the plain file store when no encryption is available. */
export function safeStorageSecretStore(safeStorage: SafeStorageLike, dataDir: string): SecretStore {
  const path = join(dataDir, ENCRYPTED_KEY_FILE);
  const plain = fileSecretStore(dataDir);
  const weak = () => safeStorage.getSelectedStorageBackend?.() === 'basic_text';
  const available = () => safeStorage.isEncryptionAvailable() && !weak();

  const status = async (): Promise<KeyStatus> => {
    if (await readIfExists(path)) {
      return weak()
        ? { present: true, encrypted: false, storage: 'safeStorage', notice: 'No system keyring was found, so the DeepL key is only obfuscated, not encrypted.' }
        : { present: true, encrypted: true, storage: 'safeStorage' };
    }
    return plain.status();
  };
  return {
    async getKey() {
      const bytes = await readIfExists(path);
      if (!bytes) return plain.getKey();
      if (!safeStorage.isEncryptionAvailable()) {
        throw new SecretStoreError('secret-encryption-unavailable', 'The saved DeepL key cannot be decrypted right now (the system keychain is unavailable). Unlock the keychain or enter the key again.');
      }
      try {
        return safeStorage.decryptString(bytes);
      } catch {
        throw new SecretStoreError('secret-unreadable', 'The saved DeepL key could not be decrypted (it may come from another computer or user). Enter the key again in Settings.');
      }
    },
    async setKey(key) {
      const normalized = normalizeKey(key);
      if (!available()) {
        const result = await plain.setKey(normalized);
        await fs.rm(path, { force: true });
        return result;
      }
      await writeOwnerOnly(path, safeStorage.encryptString(normalized));
      await plain.clearKey(); // never leave a readable copy behind
      return status();
    },
    async clearKey() {
      await fs.rm(path, { force: true });
      await plain.clearKey();
      return status();
    },
    status,
  };
}

/** DEEPL_AUTH_KEY, when set, wins over whatever is stored (CLI, web bridge, CI); it cannot be changed from the app. */
export function envSecretStore(env: Record<string, string | undefined>, fallback: SecretStore): SecretStore {
  const fromEnv = () => env.DEEPL_AUTH_KEY?.trim() || undefined;
  const envStatus: KeyStatus = {
    present: true,
    encrypted: false,
    storage: 'env',
    notice: 'The DeepL key comes from the DEEPL_AUTH_KEY environment variable; change or remove it there.',
  };
  return {
    getKey: async () => fromEnv() ?? fallback.getKey(),
    setKey: async (key) => (fromEnv() ? envStatus : fallback.setKey(key)),
    clearKey: async () => (fromEnv() ? envStatus : fallback.clearKey()),
    status: async () => (fromEnv() ? envStatus : fallback.status()),
  };
}

/** In memory only: for tests and for a session that must not touch the disk. */
export function memorySecretStore(initial?: string): SecretStore {
  let key = initial;
  const status = async (): Promise<KeyStatus> => (key ? { present: true, encrypted: false, storage: 'none', notice: 'The DeepL key is kept for this session only.' } : { present: false, encrypted: false, storage: 'none' });
  return {
    getKey: async () => key,
    setKey: async (k) => {
      key = normalizeKey(k);
      return status();
    },
    clearKey: async () => {
      key = undefined;
      return status();
    },
    status,
  };
}

/** The store for Node without Electron: environment first, then the owner-only file in the data folder. */
export function nodeSecretStore(dataDir: string, env: Record<string, string | undefined>): SecretStore {
  return envSecretStore(env, fileSecretStore(dataDir));
}

/** A store built on first use: lets the Electron store (which loads Electron) be chosen at run time. */
export function lazySecretStore(build: () => Promise<SecretStore>): SecretStore {
  let store: Promise<SecretStore> | undefined;
  const get = () => (store ??= build());
  return {
    getKey: async () => (await get()).getKey(),
    setKey: async (key) => (await get()).setKey(key),
    clearKey: async () => (await get()).clearKey(),
    status: async () => (await get()).status(),
  };
}
