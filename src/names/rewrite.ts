/** The text that replaces one mention when a group is fixed to its preferred form. */
import { splitArticle } from './article.js';
import type { NameMention } from './types.js';

/**
 * A mention written without the article keeps going without it ("Mustafa Kazemi" → "Mustafa Kadhimi",
 * not "Mustafa al-Kadhimi"), and a sentence keeps its capital ("al-Kadhimi" at a sentence start is
 * written "Al-Kadhimi").
 */
export function rewriteMention(m: Pick<NameMention, 'article' | 'sentenceInitial'>, preferred: string): string {
  const split = splitArticle(preferred);
  let text = m.article === '' && split.article !== '' ? split.core : preferred;
  if (m.sentenceInitial && /^\p{Ll}/u.test(text)) text = text[0]!.toUpperCase() + text.slice(1);
  return text;
}
