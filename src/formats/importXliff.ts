/**
 * Bilingual XLIFF (1.2 and 2.x) to an Arabic source text and an English target text, paragraph for
 * paragraph. Units inside one <group> form one paragraph when the group holds only units (that is how
 * Tadqiq's own export keeps paragraphs); otherwise each unit is a paragraph. Inline codes are dropped,
 * their text kept.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from './importError.js';

export interface XliffUnit {
  id: string;
  source: string;
  target: string;
  /** The translation was reviewed or signed off in the tool that wrote the file (2.x reviewed/final, 1.2 signed-off/final). */
  reviewed: boolean;
}

/** States that say a person has checked the translation: XLIFF 2.x segment states and XLIFF 1.2 target states. */
const REVIEWED_STATES = new Set(['reviewed', 'final', 'signed-off']);

export interface ImportedXliff {
  version: string;
  sourceLang: string;
  targetLang: string;
  /** Source paragraphs joined with "\n". */
  source: string;
  /** Target paragraphs joined with "\n"; '' when the file has no translations yet. */
  target: string;
  units: XliffUnit[];
}

/** preserveOrder output: each node is { tag: children[], ':@'?: attributes } or { '#text': text }. */
type XNode = Record<string, unknown>;

function tagOf(node: XNode): string | null {
  for (const k of Object.keys(node)) if (k !== ':@') return k;
  return null;
}

function childrenOf(node: XNode): XNode[] {
  const tag = tagOf(node);
  const c = tag ? node[tag] : undefined;
  return Array.isArray(c) ? (c as XNode[]) : [];
}

function attr(node: XNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, unknown> | undefined;
  const v = attrs?.[name];
  return v === undefined ? undefined : String(v);
}

function elements(nodes: XNode[], tag: string): XNode[] {
  return nodes.filter((n) => tagOf(n) === tag);
}

/** Inline codes whose content is native markup, not text. */
const CODE_WITH_CONTENT = new Set(['ph', 'bpt', 'ept', 'it', 'sub', 'originalData']);

function textOf(nodes: XNode[]): string {
  let out = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') out += String(n['#text']);
    else if (tag === 'cp') {
      const hex = attr(n, 'hex');
      if (hex && /^[0-9A-Fa-f]{1,6}$/.test(hex)) out += String.fromCodePoint(parseInt(hex, 16));
    } else if (tag && !CODE_WITH_CONTENT.has(tag)) out += textOf(childrenOf(n));
  }
  return out;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Collected {
  units: XliffUnit[];
  /** Paragraph index of each unit. */
  paragraphOf: number[];
  paragraphCount: number;
}

function walk(nodes: XNode[], v2: boolean, acc: Collected, groupParagraph: number | null): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'group') {
      const kids = childrenOf(node);
      const onlyUnits = kids.every((k) => ['unit', 'trans-unit', 'notes', 'note', '#text'].includes(tagOf(k) ?? ''));
      const para = onlyUnits ? nextParagraph(acc) : null;
      walk(kids, v2, acc, para);
    } else if (tag === 'body') {
      walk(childrenOf(node), v2, acc, null);
    } else if ((v2 && tag === 'unit') || (!v2 && tag === 'trans-unit')) {
      const kids = childrenOf(node);
      let source = '';
      let target = '';
      let reviewed: boolean;
      if (v2) {
        const segments = kids.filter((k) => tagOf(k) === 'segment');
        for (const part of kids.filter((k) => tagOf(k) === 'segment' || tagOf(k) === 'ignorable')) {
          const src = textOf(childrenOf(elements(childrenOf(part), 'source')[0] ?? {}));
          const trgNode = elements(childrenOf(part), 'target')[0];
          source += src;
          // An ignorable without target is whitespace or punctuation that reads the same in both languages.
          target += trgNode ? textOf(childrenOf(trgNode)) : tagOf(part) === 'ignorable' ? src : '';
        }
        reviewed = segments.length > 0 && segments.every((seg) => REVIEWED_STATES.has(attr(seg, 'state') ?? ''));
      } else {
        source = textOf(childrenOf(elements(kids, 'source')[0] ?? {}));
        const trg = elements(kids, 'target')[0];
        target = trg ? textOf(childrenOf(trg)) : '';
        reviewed = trg !== undefined && REVIEWED_STATES.has(attr(trg, 'state') ?? '');
      }
      acc.units.push({ id: attr(node, 'id') ?? String(acc.units.length + 1), source: clean(source), target: clean(target), reviewed: reviewed && target.trim() !== '' });
      acc.paragraphOf.push(groupParagraph ?? nextParagraph(acc));
    }
  }
}

function nextParagraph(acc: Collected): number {
  return acc.paragraphCount++;
}

function paragraphs(acc: Collected, side: 'source' | 'target'): string {
  const byPara = new Map<number, string[]>();
  acc.units.forEach((u, i) => {
    const p = acc.paragraphOf[i] as number;
    if (!byPara.has(p)) byPara.set(p, []);
    if (u[side] !== '') byPara.get(p)!.push(u[side]);
  });
  return [...byPara.values()].map((parts) => parts.join(' ')).filter((p) => p !== '').join('\n');
}

export function importXliff(xml: string, fileName: string): ImportedXliff {
  // XLIFF never needs entity declarations; refusing them rules out entity-expansion bombs.
  if (/<!ENTITY/i.test(xml)) {
    throw new ImportError(fileName, 'unreadable', `"${fileName}" declares XML entities, which XLIFF files do not use; Tadqiq does not open it for safety.`);
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ImportError(fileName, 'unreadable', `"${fileName}" is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}). It may be damaged or cut off.`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
  });
  const doc = parser.parse(xml) as XNode[];
  const root = doc.find((n) => tagOf(n) === 'xliff');
  if (!root) throw new ImportError(fileName, 'unknown-kind', `"${fileName}" is XML but not XLIFF.`);
  const version = attr(root, 'version') ?? '';
  const v2 = version.startsWith('2');
  if (!v2 && !version.startsWith('1.')) {
    throw new ImportError(fileName, 'unknown-kind', `"${fileName}" is XLIFF version "${version}", which Tadqiq cannot read (it reads 1.2 and 2.x).`);
  }
  const files = elements(childrenOf(root), 'file');
  const acc: Collected = { units: [], paragraphOf: [], paragraphCount: 0 };
  for (const f of files) walk(childrenOf(f), v2, acc, null);
  if (acc.units.length === 0) throw new ImportError(fileName, 'empty', `"${fileName}" contains no text to review.`);
  const first = files[0] ?? {};
  const sourceLang = (v2 ? attr(root, 'srcLang') : attr(first, 'source-language')) ?? '';
  const targetLang = (v2 ? attr(root, 'trgLang') : attr(first, 'target-language')) ?? '';
  return { version, sourceLang, targetLang, source: paragraphs(acc, 'source'), target: paragraphs(acc, 'target'), units: acc.units };
}
