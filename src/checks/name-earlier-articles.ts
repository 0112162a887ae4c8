/**
 * name-earlier-articles: a name this article spells one way and earlier articles of the desk spelled another
 * (Al-Kazemi here, Kadhimi in last week's stories). The article alone is consistent, so name-variants has
 * nothing to say; the memory of saved reviews (AnalyzeOptions.earlierArticles) does. Where the article mixes
 * spellings, name-variants already proposes the earlier articles' spelling, so it is not reported twice.
 */
import type { Check, Finding } from '../model.js';
import { groupQuestion, rewritesTo, spellingKey } from '../names/questions.js';
import { earlierArticles, groupData, mentionPlaces, namesOf } from './name-variants.js';

export const nameEarlierArticles: Check = {
  id: 'name-earlier-articles',
  title: 'Name spelled differently in earlier articles',
  severity: 'warning',
  description: 'A name is spelled one way here and another way in articles reviewed and saved before; the fix uses the earlier spelling.',
  run(ctx) {
    const findings: Finding[] = [];
    for (const g of namesOf(ctx)) {
      if (!g.earlier || groupQuestion(g) === 'spelling') continue;
      const desk = spellingKey({ core: g.earlier.spelling });
      if (g.mentions.every((m) => spellingKey(m) === desk)) continue;
      const here = g.forms.map((f) => `"${f.text}"`).join(', ');
      const fix = rewritesTo(g, g.preferred);
      if (fix.length === 0) continue;
      findings.push({
        key: `name-earlier-articles:${g.key}`,
        check: 'name-earlier-articles',
        severity: 'warning',
        // A foreign name is found by its full name, which says who it is: غرينفيلد (in ليندا توماس غرينفيلد).
        message: `${g.arabic ?? 'This name'}${g.earlier.person ? ` (in ${g.earlier.person})` : ''} is written ${here} here but "${g.earlier.spelling}" in ${earlierArticles(g.earlier)}. Use "${g.preferred}", or approve the spelling you want in the glossary.`,
        occurrences: mentionPlaces(g.mentions),
        fix,
        // The earlier spelling is one of the forms to choose from, though this article never writes it.
        data: groupData(g, [...new Set([...g.forms.map((f) => f.text), g.preferred])]),
      });
    }
    return findings;
  },
};
