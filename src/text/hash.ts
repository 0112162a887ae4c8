/**
 * A short content hash for stable finding keys ("number-mismatch:<hash>:..."): the same text gives
 * the same key in every run and on every machine. FNV-1a over UTF-16 units; not for security.
 */
export function contentHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}
