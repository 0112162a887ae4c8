/** Electron IPC channel of a contract channel; the prefix keeps ours apart from Electron's own. */
export const IPC_PREFIX = 'tadqiq:';

export function ipcChannelOf(name: string): string {
  return `${IPC_PREFIX}${name}`;
}
