/**
 * Finding glossary terms in text, on both sides. A matcher is compiled once per glossary and indexed by the
 * first word of each term, so matching an article costs about one lookup per word whatever the glossary's size.
 * Every match carries offsets into the original text (what the editor sees), not the normalized one.
 */
import type { Term } from '../model.js';
import { toOriginalRange } from '../text/normalize.js';
import { brokenPluralSingulars } from './brokenPlurals.js';
import { compileArabic, firstWordKeys, joinedBySpace, laterWordKeys, prepareArabic, singularStems, suffixStems, type CompiledArabic } from './arabic.js';
import { compileEnglish, joinedLoosely, pluralForm, prepareEnglish, type CompiledForm } from './english.js';

export interface SourceMatch {
  term: Term;
  /** Offsets into the original Arabic; the range covers whole written words, clitics included (والكاظمي). */
  start: number;
  end: number;
  text: string;
}

export type FormRole = 'target' | 'variant' | 'forbidden';

export interface TargetMatch {
  term: Term;
  /** The glossary form that matched, as the glossary writes it. */
  form: string;
  role: FormRole;
  /** Offsets into the original English; an Arabic article written before the words (Al-, el-) is included. */
  start: number;
  end: number;
  text: string;
  /** The article as written in the text when the match begins with one ("Al-", "el-", "al "), else ''. */
  article: string;
}

interface ArabicEntry {
  term: Term;
  compiled: CompiledArabic;
}

interface EnglishEntry {
  term: Term;
  role: FormRole;
  compiled: CompiledForm;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

interface Ranked {
  start: number;
  end: number;
  words: number;
  /** Tie-break between equally long matches, lower wins (see matchTarget). */
  rank?: number;
}

/** Longest match wins: a term inside a longer matched term is not reported separately. */
export function longestFirst<T extends Ranked>(matches: T[]): T[] {
  const ranked = [...matches].sort(
    (a, b) => b.words - a.words || b.end - b.start - (a.end - a.start) || (a.rank ?? 0) - (b.rank ?? 0) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const m of ranked) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export interface TargetMatchOptions {
  /** Which roles to look for (default all). */
  roles?: readonly FormRole[];
  /** Keep overlapping matches instead of letting the longest win (default false). */
  overlapping?: boolean;
}

export class GlossaryMatcher {
  readonly terms: readonly Term[];
  private readonly arabic = new Map<string, ArabicEntry[]>();
  private readonly english = new Map<string, EnglishEntry[]>();
  /** Only terms of kind "term" inflect (pronoun, plural); without any, those look-ups are skipped. */
  private readonly inflecting: boolean;

  constructor(terms: readonly Term[]) {
    this.terms = terms;
    this.inflecting = terms.some((t) => t.kind === 'term');
    for (const term of terms) {
      const compiled = compileArabic(term.source);
      if (compiled) pushTo(this.arabic, compiled.keys[0]!, { term, compiled });
      const forms: [string, FormRole][] = [
        [term.target, 'target'],
        ...term.variants.map((v): [string, FormRole] => [v, 'variant']),
        ...term.forbidden.map((f): [string, FormRole] => [f, 'forbidden']),
      ];
      for (const [form, role] of forms) {
        const c = compileEnglish(form);
        if (!c) continue;
        pushTo(this.english, c.words[0]!, { term, role, compiled: c });
        // A term (not a name) is also found in the plural: "militias" satisfies "militia".
        const plural = term.kind === 'term' ? pluralForm(c) : null;
        if (plural) pushTo(this.english, plural.words[0]!, { term, role, compiled: plural });
      }
    }
  }

  /** Terms whose Arabic occurs in `text`; where terms overlap, the longest wins. */
  matchSource(text: string): SourceMatch[] {
    const { normalized, tokens } = prepareArabic(text);
    const found: (SourceMatch & Ranked)[] = [];
    tokens.forEach((tok, i) => {
      const candidates = new Set<ArabicEntry>();
      for (const key of firstWordKeys(tok.text)) {
        for (const entry of this.arabic.get(key) ?? []) candidates.add(entry);
        if (!this.inflecting) continue;
        // A pronoun goes on the head noun, the first word: حكومته (حكومة), أجهزتها الأمنية (الأجهزة الأمنية).
        const stems = suffixStems(key);
        for (const stem of stems) {
          for (const entry of this.arabic.get(stem) ?? []) if (entry.term.kind === 'term') candidates.add(entry);
        }
        // A broken plural of the head noun, with or without a pronoun: وزراء الخارجية (وزير الخارجية), قادتها (قائد).
        // In a phrase only the head changes in a genitive (إضافة); an adjective would change too and not match.
        for (const form of [key, ...stems]) {
          for (const singular of brokenPluralSingulars(form)) {
            for (const entry of this.arabic.get(singular) ?? []) if (entry.term.kind === 'term') candidates.add(entry);
          }
        }
        // A one-word term in the plural or dual: الميليشيات (ميليشيا). In a phrase the adjective would change too.
        for (const stem of singularStems(key)) {
          for (const entry of this.arabic.get(stem) ?? []) if (entry.term.kind === 'term' && entry.compiled.keys.length === 1) candidates.add(entry);
        }
      }
      for (const entry of candidates) {
        const keys = entry.compiled.keys;
        let ok = true;
        for (let j = 1; j < keys.length && ok; j++) {
          const t = tokens[i + j];
          ok = t !== undefined && joinedBySpace(normalized.text, tokens[i + j - 1]!, t) && laterWordKeys(t.text).has(keys[j]!);
        }
        if (!ok) continue;
        const last = tokens[i + keys.length - 1]!;
        const r = toOriginalRange(normalized, tok.start, last.end);
        found.push({ term: entry.term, start: r.start, end: r.end, text: text.slice(r.start, r.end), words: keys.length });
      }
    });
    return longestFirst(found).map(({ term, start, end, text: t }) => ({ term, start, end, text: t }));
  }

  /** Glossary forms (approved targets, variants, forbidden renderings) occurring in English `text`. */
  matchTarget(text: string, options: TargetMatchOptions = {}): TargetMatch[] {
    const roles = new Set(options.roles ?? ['target', 'variant', 'forbidden']);
    const { normalized, words } = prepareEnglish(text);
    const found: (TargetMatch & Ranked)[] = [];
    words.forEach((w, i) => {
      for (const entry of this.english.get(w.text) ?? []) {
        if (!roles.has(entry.role)) continue;
        const fw = entry.compiled.words;
        let ok = true;
        for (let j = 1; j < fw.length && ok; j++) {
          const t = words[i + j];
          ok = t !== undefined && t.text === fw[j] && joinedLoosely(normalized.text, words[i + j - 1]!, t);
        }
        if (!ok) continue;
        const last = words[i + fw.length - 1]!;
        const startN = w.articleStart ?? w.start;
        const r = toOriginalRange(normalized, startN, last.end);
        const articleEnd = w.articleStart === undefined ? r.start : toOriginalRange(normalized, w.start, w.start).start;
        found.push({
          term: entry.term,
          form: entry.compiled.form,
          role: entry.role,
          start: r.start,
          end: r.end,
          text: text.slice(r.start, r.end),
          article: text.slice(r.start, articleEnd),
          words: fw.length,
          // The form written most like the text wins (article present in both or absent in both), then an
          // accepted form over a forbidden one: forbidding "Kadhimi" beside an approved "Al-Kadhimi" flags
          // bare "Kadhimi" but never "Al-Kadhimi".
          rank: ((w.articleStart !== undefined) === entry.compiled.hasArticle ? 0 : 2) + (entry.role === 'forbidden' ? 1 : 0),
        });
      }
    });
    const kept = options.overlapping ? found.sort((a, b) => a.start - b.start) : longestFirst(found);
    return kept.map(({ words: _w, rank: _r, ...m }) => m);
  }

  /** Whether `term`'s approved target or one of its accepted variants occurs in `text`. */
  targetSatisfied(text: string, term: Term): boolean {
    return this.matchTarget(text, { roles: ['target', 'variant'], overlapping: true }).some((m) => m.term === term);
  }
}

/** One-shot helpers; compile a GlossaryMatcher yourself when matching many texts. */
export function matchSource(text: string, terms: readonly Term[]): SourceMatch[] {
  return new GlossaryMatcher(terms).matchSource(text);
}

export function matchTarget(text: string, terms: readonly Term[], options?: TargetMatchOptions): TargetMatch[] {
  return new GlossaryMatcher(terms).matchTarget(text, options);
}
