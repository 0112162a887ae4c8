/**
 * name-article-style: a name spelled one way whose article is written several ways (al-Kadhimi,
 * Al-Kadhimi, AlKadhimi). A house-style question, reported apart from spelling variants and at lower
 * severity; the fix uses the house style, else the most frequent style.
 */
import type { Check, Finding } from '../model.js';
import { groupQuestion, preferredArticleForm, rewritesTo, writesArticle } from '../names/questions.js';
import { mentionPlaces, namesOf } from './name-variants.js';

export const nameArticleStyle: Check = {
  id: 'name-article-style',
  title: 'Name article written several ways',
  severity: 'info',
  description: 'A name is spelled consistently but its Arabic article is written in more than one style (al-, Al-, Al, el-).',
  run(ctx) {
    const findings: Finding[] = [];
    for (const g of namesOf(ctx)) {
      if (groupQuestion(g) !== 'article') continue;
      const preferred = preferredArticleForm(g, ctx.options.houseStyle);
      const articled = g.mentions.filter(writesArticle);
      const counts: Record<string, number> = {};
      for (const m of articled) counts[m.form] = (counts[m.form] ?? 0) + 1;
      const list = Object.entries(counts).map(([f, n]) => `"${f}" (${n}×)`).join(', ');
      const top = Math.max(...Object.values(counts));
      const tied = Object.values(counts).filter((n) => n === top).length > 1;
      const why = ctx.options.houseStyle.article !== 'as-is' ? 'the house style' : tied ? 'the first written of the most frequent styles' : 'the most frequent style';
      findings.push({
        key: `name-article-style:${g.key}`,
        check: 'name-article-style',
        severity: 'info',
        message: `The article of ${g.arabic ?? `"${g.mentions[0]!.core}"`} is written ${Object.keys(counts).length} ways: ${list}. Use "${preferred}", ${why}.`,
        occurrences: mentionPlaces(articled),
        fix: rewritesTo(g, preferred, writesArticle),
        data: { forms: Object.keys(counts), counts, preferred, source: g.arabic, confidence: g.confidence, groupKey: g.key },
      });
    }
    return findings;
  },
};
