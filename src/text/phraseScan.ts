/**
 * Which of a fixed set of lower-case ASCII phrases occur in a text, ignoring ASCII case, in one pass over the
 * text (an Aho–Corasick automaton). Searching for each phrase separately reads the text once per phrase; the
 * clutter check asks about ~70 phrases in every segment of an article.
 *
 * The answer equals `text.toLowerCase().includes(phrase)` for every phrase, with one exception handled by the
 * caller: the only characters whose lower case holds an ASCII letter without being one are İ (U+0130, "i̇") and
 * the Kelvin sign (U+212A, "k"); for a text with either, `scan` says it cannot answer.
 */

/** Automaton states read one ASCII character at a time; any other character leads back to the start. */
const ALPHABET = 128;

export class PhraseScanner {
  /** Next state: delta[state * ALPHABET + char]. */
  private readonly delta: Int32Array;
  /** Phrases (by index) that end at each state, those ending in its suffixes included; null for none. */
  private readonly ends: (number[] | null)[];

  constructor(readonly phrases: readonly string[]) {
    const children: Int32Array[] = [new Int32Array(ALPHABET).fill(-1)];
    const ends: number[][] = [[]];
    phrases.forEach((phrase, k) => {
      if (!/^[\x00-\x7F]+$/.test(phrase) || phrase !== phrase.toLowerCase()) throw new Error(`not a lower-case ASCII phrase: ${phrase}`);
      let s = 0;
      for (let i = 0; i < phrase.length; i++) {
        const c = phrase.charCodeAt(i);
        let next = children[s]![c]!;
        if (next < 0) {
          next = children.length;
          children.push(new Int32Array(ALPHABET).fill(-1));
          ends.push([]);
          children[s]![c] = next;
        }
        s = next;
      }
      ends[s]!.push(k);
    });
    // Breadth first: each state's missing moves are its longest proper suffix's moves.
    const delta = new Int32Array(children.length * ALPHABET);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const next = children[0]![c]!;
      delta[c] = next < 0 ? 0 : next;
      if (next >= 0) queue.push(next);
    }
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      ends[s]!.push(...ends[fail[s]!]!);
      for (let c = 0; c < ALPHABET; c++) {
        const next = children[s]![c]!;
        if (next < 0) {
          delta[s * ALPHABET + c] = delta[fail[s]! * ALPHABET + c]!;
        } else {
          fail[next] = delta[fail[s]! * ALPHABET + c]!;
          delta[s * ALPHABET + c] = next;
          queue.push(next);
        }
      }
    }
    this.delta = delta;
    this.ends = ends.map((e) => (e.length > 0 ? [...new Set(e)] : null));
  }

  /**
   * Sets present[k] to 1 for each phrase k the text holds, ignoring ASCII case. False when the text holds a
   * character whose lower case this cannot follow (İ, the Kelvin sign): then `present` means nothing.
   */
  scan(text: string, present: Uint8Array): boolean {
    const { delta, ends } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        if (c === 0x0130 || c === 0x212a) return false;
        s = 0;
        continue;
      }
      if (c >= 65 && c <= 90) c += 32;
      s = delta[s * ALPHABET + c]!;
      const found = ends[s];
      if (found) for (const k of found) present[k] = 1;
    }
    return true;
  }
}
