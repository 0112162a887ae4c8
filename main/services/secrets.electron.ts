/**
 * The desktop app's key store: Electron's safeStorage (Keychain on macOS, DPAPI on Windows, libsecret/kwallet
 * on Linux). Kept apart from secrets.ts so Node code (CLI, web bridge, tests) never loads Electron.
 * Call only after app 'ready': safeStorage is unavailable before it.
 */
import { safeStorage } from 'electron';
import { safeStorageSecretStore, type SecretStore } from './secrets.js';

export function electronSecretStore(dataDir: string): SecretStore {
  return safeStorageSecretStore(safeStorage, dataDir);
}
