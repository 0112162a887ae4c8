/**
 * Bidi control characters (embeddings, overrides, isolates) can reorder text so that what an editor
 * reads is not what is there. We never let them act: each is drawn as a visible, named token instead.
 */
const NAMES: Record<string, string> = {
  '\u202A': 'LRE', '\u202B': 'RLE', '\u202C': 'PDF', '\u202D': 'LRO', '\u202E': 'RLO',
  '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI',
};

const LONG_NAMES: Record<string, string> = {
  LRE: 'left-to-right embedding', RLE: 'right-to-left embedding', PDF: 'pop directional formatting',
  LRO: 'left-to-right override', RLO: 'right-to-left override', LRI: 'left-to-right isolate',
  RLI: 'right-to-left isolate', FSI: 'first strong isolate', PDI: 'pop directional isolate',
};

export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

export type TextPart = { kind: 'text'; text: string } | { kind: 'control'; code: string; short: string; description: string };

export function splitBidiControls(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(BIDI_CONTROL)) {
    const i = m.index ?? 0;
    if (i > last) parts.push({ kind: 'text', text: text.slice(last, i) });
    const ch = m[0];
    const short = NAMES[ch] ?? '?';
    const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    parts.push({ kind: 'control', code, short, description: `Hidden direction control ${code} (${LONG_NAMES[short] ?? 'unknown'})` });
    last = i + ch.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

export function countBidiControls(text: string): number {
  return (text.match(BIDI_CONTROL) ?? []).length;
}
