// Key storage: encrypted with (a stand-in for) Electron's safeStorage, owner-only plain file with an honest
// notice, DEEPL_AUTH_KEY precedence; the key never appears in messages or in any other file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ENCRYPTED_KEY_FILE, PLAIN_KEY_FILE, SecretStoreError, envSecretStore, fileSecretStore, nodeSecretStore,
  safeStorageSecretStore, type SafeStorageLike,
} from '../../main/services/secrets.js';

const KEY = '7c1e0a55-91d2-4b6e-a3f4-2d8c9e0b1a77:fx';

async function tempDir() {
  return mkdtemp(join(tmpdir(), 'tadqiq-secrets-'));
}

/** A reversible stand-in for safeStorage that visibly changes the bytes. */
function fakeSafeStorage(options: { available?: boolean; backend?: string } = {}): SafeStorageLike {
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => options.available ?? true,
    encryptString: (s) => Buffer.concat([Buffer.from('v10'), flip(Buffer.from(s, 'utf8'))]),
    decryptString: (b) => {
      if (b.subarray(0, 3).toString() !== 'v10') throw new Error('bad ciphertext');
      return flip(b.subarray(3)).toString('utf8');
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

async function everyFileText(dir: string): Promise<string> {
  const names = await readdir(dir);
  const texts = await Promise.all(names.map((n) => readFile(join(dir, n)).then((b) => b.toString('latin1'))));
  return texts.join('\n');
}

test('safeStorage: the key is stored encrypted, read back, and no plain copy exists anywhere', async () => {
  const dir = await tempDir();
  try {
    const store = safeStorageSecretStore(fakeSafeStorage(), dir);
    assert.deepEqual(await store.status(), { present: false, encrypted: false, storage: 'none' });
    const status = await store.setKey(`  ${KEY}\n`);
    assert.deepEqual(status, { present: true, encrypted: true, storage: 'safeStorage' });
    assert.equal(await store.getKey(), KEY);
    assert.deepEqual(await readdir(dir), [ENCRYPTED_KEY_FILE]);
    assert.ok(!(await everyFileText(dir)).includes(KEY.slice(0, 8)));
    if (process.platform !== 'win32') assert.equal((await stat(join(dir, ENCRYPTED_KEY_FILE))).mode & 0o777, 0o600);
    assert.deepEqual(await store.clearKey(), { present: false, encrypted: false, storage: 'none' });
    assert.deepEqual(await readdir(dir), []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('safeStorage without a keyring (basic_text) or unavailable: honest about not being encrypted', async () => {
  const dir = await tempDir();
  try {
    const unavailable = safeStorageSecretStore(fakeSafeStorage({ available: false }), dir);
    const s1 = await unavailable.setKey(KEY);
    assert.equal(s1.encrypted, false);
    assert.equal(s1.storage, 'file');
    assert.match(s1.notice ?? '', /unencrypted/);
    assert.equal(await unavailable.getKey(), KEY);

    // Later a keyring appears: saving again encrypts and removes the plain copy.
    const keyring = safeStorageSecretStore(fakeSafeStorage(), dir);
    await keyring.setKey(KEY);
    assert.deepEqual(await readdir(dir), [ENCRYPTED_KEY_FILE]);

    const obfuscated = safeStorageSecretStore(fakeSafeStorage({ backend: 'basic_text' }), dir);
    const s2 = await obfuscated.status();
    assert.equal(s2.encrypted, false);
    assert.match(s2.notice ?? '', /only obfuscated/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a key that cannot be decrypted gives a message to re-enter it, without any key material', async () => {
  const dir = await tempDir();
  try {
    await writeFile(join(dir, ENCRYPTED_KEY_FILE), Buffer.from('garbage-from-another-machine'));
    const store = safeStorageSecretStore(fakeSafeStorage(), dir);
    await assert.rejects(store.getKey(), (e: unknown) => e instanceof SecretStoreError && e.code === 'secret-unreadable' && /Enter the key again/.test(e.message));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('plain file store: owner-only permissions and a clear "stored unencrypted" notice', async () => {
  const dir = await tempDir();
  try {
    const store = fileSecretStore(dir);
    const status = await store.setKey(KEY);
    assert.equal(status.encrypted, false);
    assert.match(status.notice ?? '', /stored unencrypted/);
    if (process.platform !== 'win32') assert.equal((await stat(join(dir, PLAIN_KEY_FILE))).mode & 0o777, 0o600);
    assert.equal(await store.getKey(), KEY);
    assert.deepEqual((await readdir(dir)).filter((n) => n !== PLAIN_KEY_FILE), [], 'no temp or backup file left with the key');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('pasted keys are checked: empty or with spaces inside is refused with a message that does not echo the key', async () => {
  const dir = await tempDir();
  try {
    const store = fileSecretStore(dir);
    await assert.rejects(store.setKey('   '), (e: unknown) => e instanceof SecretStoreError && e.code === 'secret-invalid');
    await assert.rejects(store.setKey(`${KEY} extra`), (e: unknown) => e instanceof SecretStoreError && !e.message.includes(KEY.slice(0, 8)));
    assert.deepEqual(await readdir(dir), []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('DEEPL_AUTH_KEY wins over the stored key and cannot be overwritten from the app', async () => {
  const dir = await tempDir();
  try {
    const stored = fileSecretStore(dir);
    await stored.setKey('stored-key-0000:fx');
    const store = envSecretStore({ DEEPL_AUTH_KEY: KEY }, stored);
    assert.equal(await store.getKey(), KEY);
    const status = await store.setKey('another-key:fx');
    assert.equal(status.storage, 'env');
    assert.match(status.notice ?? '', /DEEPL_AUTH_KEY/);
    assert.equal(await stored.getKey(), 'stored-key-0000:fx');
    const node = nodeSecretStore(dir, {});
    assert.equal(await node.getKey(), 'stored-key-0000:fx');
    assert.equal((await node.status()).storage, 'file');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
