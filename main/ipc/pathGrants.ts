/**
 * Which files the renderer may read or write by path. A renderer never names an arbitrary path: it may
 * read what the editor picked in an open dialog (or opened before: the recent files), and write only
 * where the editor chose in a save dialog. A compromised page therefore cannot read ~/.ssh or
 * overwrite a system file through the files channels.
 */
import { resolve } from 'node:path';

export class PathGrants {
  private readonly readable = new Set<string>();
  private readonly writable = new Set<string>();

  constructor(private readonly recentFiles: () => readonly string[] = () => []) {}

  grantRead(path: string): void {
    this.readable.add(resolve(path));
  }

  grantWrite(path: string): void {
    this.writable.add(resolve(path));
  }

  canRead(path: string): boolean {
    const p = resolve(path);
    return this.readable.has(p) || this.writable.has(p) || this.recentFiles().some((r) => resolve(r) === p);
  }

  canWrite(path: string): boolean {
    return this.writable.has(resolve(path));
  }
}
