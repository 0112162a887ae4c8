/**
 * The Arabic around one segment, sent to DeepL as `context` when that segment is retranslated alone, so a
 * name or pronoun resolves as it did in the whole-article translation. Nearest text first on each side:
 * the service caps context at 3,000 characters, and what is next to the segment matters most.
 */
import type { Segment } from '../../src/model.js';

const SIDE_CHARS = 1500;

export function retranslationContext(segments: readonly Pick<Segment, 'source'>[], index: number): string | undefined {
  if (index < 0 || index >= segments.length) return undefined;
  const before: string[] = [];
  let room = SIDE_CHARS;
  for (let i = index - 1; i >= 0 && room > 0; i--) {
    const text = segments[i]!.source.trim();
    if (!text) continue;
    // Cut at the far end, so the words next to the segment survive.
    before.unshift(text.length > room ? text.slice(text.length - room) : text);
    room -= text.length;
  }
  const after: string[] = [];
  room = SIDE_CHARS;
  for (let i = index + 1; i < segments.length && room > 0; i++) {
    const text = segments[i]!.source.trim();
    if (!text) continue;
    after.push(text.length > room ? text.slice(0, room) : text);
    room -= text.length;
  }
  const context = [...before, ...after].join('\n');
  return context || undefined;
}
