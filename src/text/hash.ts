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

/**
 * Finding keys must be unique within one analysis, yet content-based: the second identical piece of
 * text (two "Log Out / Change" lines) gets ":2", the third ":3", in document order.
 */
export function keyDeduper(): (key: string) => string {
  const seen = new Map<string, number>();
  return (key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}:${count}`;
  };
}

/** Whitespace-insensitive hash: re-spacing a text does not change the keys derived from it. */
export function textHash(s: string): string {
  return contentHash(s.replace(/\s+/g, ' ').trim());
}
