/**
 * Getting files in and out: native dialogs through the API in Electron; in a browser (the web bridge
 * answers "dialog unavailable") an <input type=file> and a download instead. The editor sees the same
 * buttons either way.
 */
import type { TadqiqApi } from '../../src/api/contract.js';
import { callIfAvailable } from './api.js';

export interface PickedFile {
  name: string;
  path?: string;
  bytes: Uint8Array;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(b64: string): Uint8Array {
  const binary = atob(b64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The transport has no native dialog (the browser): the caller falls back to an input or a download. */
export function isDialogUnavailable(err: unknown): boolean {
  return !!err && typeof err === 'object' && 'code' in err && ((err as { code: unknown }).code === 'dialog-unavailable' || (err as { code: unknown }).code === 'not-available');
}

function pickWithInput(accept: string): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.className = 'visually-hidden';
    input.addEventListener('change', async () => {
      const file = input.files?.[0];
      input.remove();
      resolve(file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

export async function pickFile(api: TadqiqApi | null, title: string, filter: { name: string; extensions: string[] }): Promise<PickedFile | null> {
  try {
    const opened = await callIfAvailable<{ name: string; path: string; bytesBase64: string } | null>(api, 'files.openDialog', { title, filters: [filter] });
    if (opened === null) return null;
    if (opened) return { name: opened.name, path: opened.path, bytes: base64ToBytes(opened.bytesBase64) };
  } catch (err) {
    if (!isDialogUnavailable(err)) throw err;
  }
  return pickWithInput(filter.extensions.map((e) => `.${e}`).join(','));
}

function download(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.className = 'visually-hidden';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type SaveOutcome = { kind: 'saved'; path: string } | { kind: 'downloaded'; name: string } | { kind: 'cancelled' };

/** Save bytes: to `knownPath` if given, else where the editor chooses; a download when there is no native dialog. */
export async function saveFile(
  api: TadqiqApi | null,
  opts: { title: string; defaultName: string; filter: { name: string; extensions: string[] }; bytes: Uint8Array; type: string; knownPath?: string },
): Promise<SaveOutcome> {
  try {
    let path = opts.knownPath;
    if (!path) {
      const chosen = await callIfAvailable<string | null>(api, 'files.saveDialog', { title: opts.title, defaultName: opts.defaultName, filters: [opts.filter] });
      if (chosen === null) return { kind: 'cancelled' };
      path = chosen;
    }
    if (path) {
      await callIfAvailable(api, 'files.writePath', { path, bytesBase64: bytesToBase64(opts.bytes) });
      return { kind: 'saved', path };
    }
  } catch (err) {
    if (!isDialogUnavailable(err)) throw err;
  }
  download(opts.defaultName, opts.bytes, opts.type);
  return { kind: 'downloaded', name: opts.defaultName };
}

export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{Nd}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'review';
}
